// What the mint offer can promise: the oracle price and the BME parameters together, or the
// plain reason it cannot predict the ACT (no oracle on this network, a failed read, a stale feed).
import { AllEndpointsFailedError } from "@/lib/endpoint-pool";
import { HttpError } from "@/lib/http";
import { useAktPrice } from "../api/akt-price";
import type { AktPrice, BmeParams, BmeStatus } from "../api/bme-json";
import { useBmeParams } from "../api/bme-params";
import { useBmeStatus } from "../api/bme-status";

export type MintQuote =
  | { kind: "loading" }
  | { kind: "unavailable"; reason: string }
  | { kind: "ready"; price: AktPrice; params: BmeParams };

/**
 * A gateway without the route answers 404 (grpc NotFound) or 501 (Unimplemented); 501 counts as
 * an endpoint failure, so it arrives wrapped once every endpoint has said it.
 */
function isMissingRoute(err: unknown): boolean {
  if (err instanceof AllEndpointsFailedError)
    return err.causes.length > 0 && err.causes.every(isMissingRoute);
  return err instanceof HttpError && (err.status === 404 || err.status === 501);
}

function reasonFor(subject: "AKT price" | "BME parameters", err: unknown): string {
  if (isMissingRoute(err))
    return `This network does not serve the ${subject} (it has no oracle or BME module), so the amount of ACT cannot be predicted.`;
  const detail = err instanceof Error ? err.message : String(err);
  return `The ${subject} could not be read (${detail}), so the amount of ACT cannot be predicted.`;
}

export function useMintQuote(): { quote: MintQuote; params: BmeParams | null; status: BmeStatus | null } {
  const price = useAktPrice();
  const params = useBmeParams();
  const status = useBmeStatus();
  const extra = { params: params.data ?? null, status: status.data ?? null };
  if (price.error)
    return { quote: { kind: "unavailable", reason: reasonFor("AKT price", price.error) }, ...extra };
  if (params.error)
    return {
      quote: { kind: "unavailable", reason: reasonFor("BME parameters", params.error) },
      ...extra,
    };
  if (!price.data || !params.data) return { quote: { kind: "loading" }, ...extra };
  if (!price.data.healthy) {
    const why = price.data.problems.length > 0 ? ` (${price.data.problems.join("; ")})` : "";
    const reason = `The oracle's AKT price is not healthy${why}; the chain refuses mints until it recovers.`;
    return { quote: { kind: "unavailable", reason }, ...extra };
  }
  return { quote: { kind: "ready", price: price.data, params: params.data }, ...extra };
}
