import { act, render, screen } from "@testing-library/react";
import { useEffect } from "react";
import { describe, expect, it } from "vitest";
import { ToastProvider, useToast } from "@/components/ui/toast";
import { useToastsOfOneNetwork } from "./use-toasts-of-one-network";

/** Shows a toast about the network it was first rendered on, and follows network switches. */
function Page({ networkId }: { networkId: string }) {
  useToastsOfOneNetwork(networkId);
  const toast = useToast();
  useEffect(() => {
    toast.push({ tone: "error", title: "rpc.first.example did not answer" });
  }, [toast]);
  return null;
}

describe("toasts of one network", () => {
  it("keeps a toast while the network stays, and clears it on a switch", () => {
    const view = render(
      <ToastProvider>
        <Page networkId="first" />
      </ToastProvider>,
    );
    expect(screen.getByRole("alert").textContent).toContain("rpc.first.example did not answer");

    view.rerender(
      <ToastProvider>
        <Page networkId="first" />
      </ToastProvider>,
    );
    expect(screen.getAllByRole("alert")).toHaveLength(1);

    act(() =>
      view.rerender(
        <ToastProvider>
          <Page networkId="second" />
        </ToastProvider>,
      ),
    );
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
