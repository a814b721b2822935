// The alert log this browser keeps: which conditions have fired (so each fires once per
// crossing), which leases were last seen running (so a closed one is noticed once), and the
// alerts themselves (the in-app list, newest first). Shared by every tab through one store.
import * as z from "zod/mini";
import { ALERT_KINDS } from "./rules";

export const MAX_ENTRIES = 200;

export const alertEntrySchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  networkId: z.string(),
  owner: z.string(),
  dseq: z.nullable(z.string()),
  kind: z.enum(ALERT_KINDS),
  title: z.string(),
  body: z.string(),
  at: z.string(),
  /** when the deployment runs out, for "Add to calendar" (escrow alerts) */
  runsOutAt: z.nullable(z.string()),
  read: z.boolean(),
});
export type AlertEntry = z.infer<typeof alertEntrySchema>;

const firedSchema = z.object({ asOf: z.number(), entry: z.string() });
export type Fired = z.infer<typeof firedSchema>;

export const alertLogSchema = z.object({
  /** condition key → the data time it fired at; removed (re-armed) when the condition clears */
  fired: z.record(z.string(), firedSchema),
  /** `network|owner` → the leases running as of `asOf` */
  seenLeases: z.record(z.string(), z.object({ asOf: z.number(), leases: z.array(z.string()) })),
  entries: z.array(alertEntrySchema),
});
export type AlertLog = z.infer<typeof alertLogSchema>;

export const EMPTY_LOG: AlertLog = Object.freeze({ fired: {}, seenLeases: {}, entries: [] });
