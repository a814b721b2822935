import { describe, expect, it } from "vitest";
import { keplrMobileInfo } from "@cosmos-kit/keplr-mobile";
import { LeapMobileInfo } from "@cosmos-kit/leap-mobile";
import { appLink, phoneOs } from "./deep-link";

const URI = "wc:ab12@2?relay-protocol=irn&symKey=cd34";

describe("appLink", () => {
  it("opens Keplr on Android with an intent that carries the pairing URI", () => {
    const link = appLink(keplrMobileInfo, "android", URI);
    expect(link).toBe(
      `intent://wcV2?${encodeURIComponent(URI)}#Intent;package=com.chainapsis.keplr;scheme=keplrwallet;end;`,
    );
    expect(decodeURIComponent(link!.slice("intent://wcV2?".length).split("#")[0]!)).toBe(URI);
  });

  it("brings Keplr or Leap forward without a URI for a pending request", () => {
    expect(appLink(keplrMobileInfo, "android", null)).toBe(
      "intent://wcV2#Intent;package=com.chainapsis.keplr;scheme=keplrwallet;end;",
    );
    expect(appLink(keplrMobileInfo, "ios", null)).toBe("keplrwallet://wcV2");
    expect(appLink(LeapMobileInfo, "ios", URI)).toBe(`leapcosmos://wcV2?${encodeURIComponent(URI)}`);
  });

  it("offers no app link on a desktop: the QR code is the way there", () => {
    expect(appLink(keplrMobileInfo, "macos", URI)).toBeNull();
    expect(appLink(keplrMobileInfo, undefined, URI)).toBeNull();
  });

  it("tells Android and iPhone apart from desktops by the user agent", () => {
    const ua = (userAgent: string, maxTouchPoints = 0) => phoneOs({ userAgent, maxTouchPoints });
    expect(ua("Mozilla/5.0 (Linux; Android 14; Pixel 7) Chrome/120 Mobile")).toBe("android");
    expect(ua("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)")).toBe("ios");
    expect(ua("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)", 5)).toBe("ios");
    expect(ua("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)")).toBeUndefined();
    expect(ua("Mozilla/5.0 (X11; Linux x86_64) Chrome/120")).toBeUndefined();
  });
});
