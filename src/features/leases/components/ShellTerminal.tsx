// The terminal of a lease shell: xterm.js (loaded with this module, only when a shell opens),
// fitted to its box and re-fitted when the box changes (each change sent as a resize), with copy
// and paste by buttons and Ctrl+Shift+C / Ctrl+Shift+V (Ctrl+C stays the shell's interrupt).
import { useEffect, useRef, useState } from "react";
import { Terminal } from "@xterm/xterm";
import { FitAddon } from "@xterm/addon-fit";
import "@xterm/xterm/css/xterm.css";
import { Button } from "@/components/ui/button";
import { ShellConnection, type ShellRequest, type ShellState } from "../api/shell-connection";
import type { ProxyTarget } from "../api/proxy-client";

export interface ShellTerminalProps {
  target: ProxyTarget;
  request: ShellRequest;
  token(fresh: boolean): Promise<string>;
  onState(state: ShellState, detail: string | null): void;
}

export default function ShellTerminal({ target, request, token, onState }: ShellTerminalProps) {
  const box = useRef<HTMLDivElement>(null);
  const term = useRef<Terminal | null>(null);
  const [copied, setCopied] = useState(false);
  // The session starts once per mount; the parent remounts (a new key) to start another.
  const first = useRef({ target, request, token, onState });

  useEffect(() => {
    const { target: t, request: r, token: tk, onState: report } = first.current;
    const el = box.current;
    if (!el) return;
    const xterm = new Terminal({
      cursorBlink: true,
      fontSize: 13,
      fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
      scrollback: 5000,
      theme: { background: "#09090b", foreground: "#f4f4f5" },
    });
    const fit = new FitAddon();
    xterm.loadAddon(fit);
    xterm.open(el);
    fit.fit();
    term.current = xterm;
    const conn = new ShellConnection({
      target: t,
      request: r,
      token: tk,
      size: () => ({ cols: xterm.cols, rows: xterm.rows }),
      events: {
        output: (data) => xterm.write(data),
        state: (state, detail) => {
          if (state === "exited" || state === "closed" || state === "failed")
            xterm.write(`\r\n\u001b[2m[${detail ?? state}]\u001b[0m\r\n`);
          report(state, detail);
        },
      },
    });
    xterm.attachCustomKeyEventHandler((e) => {
      if (e.type !== "keydown" || !e.ctrlKey || !e.shiftKey) return true;
      if (e.code === "KeyC") {
        void navigator.clipboard?.writeText(xterm.getSelection());
        return false;
      }
      // Ctrl+Shift+V: let the browser's paste event reach the terminal.
      return e.code !== "KeyV";
    });
    const input = xterm.onData((d) => conn.write(d));
    const resized = xterm.onResize(({ cols, rows }) => conn.resize(cols, rows));
    const observer = new ResizeObserver(() => fit.fit());
    observer.observe(el);
    void conn.open();
    // The terminal opens below the pickers, often under the fold (a phone): bring it into view,
    // where it is typed into (xterm also pauses drawing while it is off screen).
    el.scrollIntoView?.({ block: "nearest" });
    xterm.focus();
    return () => {
      observer.disconnect();
      input.dispose();
      resized.dispose();
      conn.close();
      xterm.dispose();
      term.current = null;
    };
  }, []);

  const copy = async () => {
    const text = term.current?.getSelection() ?? "";
    if (!text) return;
    await navigator.clipboard.writeText(text);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  const paste = async () => {
    const text = await navigator.clipboard.readText();
    term.current?.paste(text);
    term.current?.focus();
  };

  return (
    <div className="space-y-2">
      <div
        ref={box}
        data-testid="shell-terminal"
        className="h-80 w-full overflow-hidden rounded-lg bg-zinc-950 p-1"
      />
      <div className="flex gap-2">
        <Button size="sm" variant="secondary" onClick={() => void copy()}>
          {copied ? "Copied" : "Copy selection"}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => void paste()}>
          Paste
        </Button>
      </div>
    </div>
  );
}
