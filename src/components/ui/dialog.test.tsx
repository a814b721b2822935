import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { Dialog } from "./dialog";

function Nested({ onOuterClose }: { onOuterClose(): void }) {
  const [inner, setInner] = useState(true);
  return (
    <Dialog open title="Deploy" onClose={onOuterClose}>
      <p>outer content</p>
      <Dialog open={inner} title="Review" onClose={() => setInner(false)}>
        <button onClick={() => setInner(false)}>Close review</button>
      </Dialog>
    </Dialog>
  );
}

describe("Dialog", () => {
  afterEach(cleanup);

  it("closing a dialog opened over another leaves the one under it open", async () => {
    const onOuterClose = vi.fn();
    render(<Nested onOuterClose={onOuterClose} />);
    const review = await screen.findByRole("dialog", { name: "Review" });
    // As Escape does: the browser closes the top dialog and fires its close event.
    act(() => (review as HTMLDialogElement).close());
    expect(screen.queryByText("Close review")).toBeNull();
    expect(onOuterClose).not.toHaveBeenCalled();
    expect(screen.getByRole("dialog", { name: "Deploy" })).toHaveProperty("open", true);
  });

  it("reports its own close", async () => {
    const onClose = vi.fn();
    render(
      <Dialog open title="Deploy" onClose={onClose}>
        <p>content</p>
      </Dialog>,
    );
    const dialog = await screen.findByRole("dialog", { name: "Deploy" });
    fireEvent(dialog, new Event("close"));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
