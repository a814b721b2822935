import { describe, expect, it } from "vitest";
import { keplrMobileInfo } from "@cosmos-kit/keplr-mobile";
import { LeapMobileInfo } from "@cosmos-kit/leap-mobile";
import { appLink } from "./deep-link";

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
});
