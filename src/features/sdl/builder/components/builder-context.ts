// What every part of the form needs: the open document, the checker's current diagnostics, and
// the one way to change the text (an edit on a fresh parse of the newest text).
import { createContext, useContext } from "react";
import type { Diagnostic } from "../../checker/types";
import type { GpuOffer } from "../../utils/gpu-offers";
import type { SdlDoc } from "../yaml-edit";

export interface BuilderContext {
  doc: SdlDoc;
  diagnostics: readonly Diagnostic[];
  edit(change: (doc: SdlDoc) => void): void;
  gpuOffers: readonly GpuOffer[] | null;
  blockTimeSec: number;
}

export const Builder = createContext<BuilderContext | null>(null);

export function useBuilder(): BuilderContext {
  const ctx = useContext(Builder);
  if (!ctx) throw new Error("useBuilder outside <SdlBuilder>");
  return ctx;
}
