import { describe, expect, it } from "vitest";
import type { WalletSession } from "./session";
import { combinedState, type KitSnapshot, type LocalKeySnapshot } from "./wallet-state";

function setup() {
  const session = (walletName: string, address: string): WalletSession => ({
    address,
    walletName,
    accountName: "main",
    signMode: "direct",
    getSigner: () => Promise.reject(new Error("unused")),
    signArbitrary: () => Promise.reject(new Error("unused")),
  });
  const idle: LocalKeySnapshot = { status: "idle", session: null, error: null };
  const kit = (status: KitSnapshot["status"], extra: Partial<KitSnapshot> = {}): KitSnapshot => ({
    status,
    walletName: "Keplr",
    message: null,
    session: null,
    ...extra,
  });
  return { session, idle, kit };
}

describe("combinedState", () => {
  it("is connected only once the signing session for the address exists", () => {
    const { idle, kit, session } = setup();
    expect(combinedState(idle, kit("Connected")).status).toBe("connecting");
    expect(combinedState(idle, kit("Connected", { session: session("Keplr", "akash1a") }))).toEqual({
      status: "connected",
      address: "akash1a",
      walletName: "Keplr",
      accountName: "main",
      signMode: "direct",
      error: null,
    });
  });

  it("turns rejections, missing extensions and failures into sentences", () => {
    const { idle, kit } = setup();
    expect(combinedState(idle, kit("Rejected")).error).toBe("The connection was rejected in Keplr.");
    expect(combinedState(idle, kit("NotExist")).error).toMatch(/^Keplr is not installed in this browser/);
    expect(combinedState(idle, kit("Error", { message: "boom" })).error).toBe(
      "Keplr could not connect: boom.",
    );
    expect(combinedState(idle, kit("Disconnected"))).toMatchObject({ status: "disconnected", address: null });
  });

  it("lets the local key speak while it is in use, whatever cosmos-kit says", () => {
    const { kit, session } = setup();
    const local: LocalKeySnapshot = {
      status: "connected",
      session: session("Local key", "akash1l"),
      error: null,
    };
    expect(combinedState(local, kit("Disconnected"))).toMatchObject({
      status: "connected",
      address: "akash1l",
    });
    const failed: LocalKeySnapshot = {
      status: "error",
      session: null,
      error: "The local key is unavailable: x",
    };
    expect(combinedState(failed, kit("Disconnected"))).toMatchObject({
      status: "error",
      walletName: "Local key",
    });
  });
});
