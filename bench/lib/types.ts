export interface BenchResult {
  bench: string;
  value: number;
  unit: string;
  target: number;
  [extra: string]: unknown;
}

/** A benchmark module's default export. */
export type Bench = () => Promise<BenchResult[]>;
