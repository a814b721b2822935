import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { APPROVAL_TIMEOUT_MS, WalletConnectActivity, WalletRequestAbandoned } from "./activity";

function setup() {
  const activity = new WalletConnectActivity();
  const phases: (string | null)[] = [];
  activity.subscribe(() => phases.push(activity.getSnapshot().request?.phase ?? null));
  let answer!: (v: string) => void;
  let refuse!: (e: Error) => void;
  const call = () =>
    new Promise<string>((res, rej) => {
      answer = res;
      refuse = rej;
    });
  return { activity, phases, call, answer: (v: string) => answer(v), refuse: (e: Error) => refuse(e) };
}

describe("WalletConnectActivity", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("goes open-app → waiting → approved, then clears", async () => {
    const t = setup();
    const result = t.activity.track("Keplr Mobile", "intent://wcV2", t.call);
    expect(t.activity.getSnapshot().request).toMatchObject({ walletName: "Keplr Mobile", phase: "open-app" });
    t.activity.openedApp();
    t.answer("signed");
    await expect(result).resolves.toBe("signed");
    await vi.advanceTimersByTimeAsync(2_000);
    expect(t.phases).toEqual(["open-app", "waiting", "approved", null]);
  });

  it("waits straight away when there is no app to open (desktop, scanned)", () => {
    const t = setup();
    void t.activity.track("Leap Mobile", null, t.call);
    expect(t.activity.getSnapshot().request?.phase).toBe("waiting");
  });

  it("passes the wallet's rejection through and clears the request", async () => {
    const t = setup();
    const result = t.activity.track("Keplr Mobile", null, t.call);
    t.refuse(new Error("Request rejected"));
    await expect(result).rejects.toThrow("Request rejected");
    expect(t.activity.getSnapshot().request).toBeNull();
  });

  it("gives up after the approval timeout, saying nothing was signed", async () => {
    const t = setup();
    const result = t.activity.track("Keplr Mobile", null, t.call);
    const check = expect(result).rejects.toThrow(/did not answer within 5 minutes, so nothing was signed/);
    await vi.advanceTimersByTimeAsync(APPROVAL_TIMEOUT_MS);
    await check;
    expect(t.activity.getSnapshot().request).toBeNull();
  });

  it("lets the user stop waiting", async () => {
    const t = setup();
    const result = t.activity.track("Keplr Mobile", null, t.call);
    t.activity.stopWaiting("You stopped waiting.");
    await expect(result).rejects.toBeInstanceOf(WalletRequestAbandoned);
  });
});
