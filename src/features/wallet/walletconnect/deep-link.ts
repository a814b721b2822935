// The link that opens a phone wallet: with the pairing URI to connect, without it to bring the
// app forward for a pending request. Built from the wallet's own registry entry (cosmos-kit's
// walletconnect.mobile + formatNativeUrl), for the phone's OS; none on a desktop (scan instead).
import type { Wallet } from "@cosmos-kit/core";

type Os = "android" | "ios" | "macos" | "windows" | "linux" | undefined;

/** The phone OS this page runs on, from the user agent (iPadOS reports a Mac with touch). */
export function phoneOs(nav: Pick<Navigator, "userAgent" | "maxTouchPoints"> = navigator): Os {
  if (/Android/i.test(nav.userAgent)) return "android";
  if (/iPhone|iPad|iPod/i.test(nav.userAgent)) return "ios";
  if (/Macintosh/i.test(nav.userAgent) && nav.maxTouchPoints > 1) return "ios";
  return undefined;
}

export function appLink(info: Wallet, os: Os, pairingUri: string | null): string | null {
  const wc = info.walletconnect;
  const native = wc?.mobile?.native;
  if (os !== "android" && os !== "ios") return null;
  const base = typeof native === "string" ? native : native?.[os];
  if (!base) return null;
  const format =
    wc?.formatNativeUrl ??
    ((app: string, uri: string) => `${app.split(":")[0] ?? ""}://wc?uri=${encodeURIComponent(uri)}`);
  const link = format(base, pairingUri ?? "", os, info.name);
  // Without a URI, "wcV2?#Intent…" / "wcV2?" just opens the app.
  return pairingUri ? link : link.replace(/\?(?=#|$)/, "");
}
