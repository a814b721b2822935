// A shell into one replica of a lease's service, and a file download from it. Picking the
// service and the replica is all that loads up front; the terminal (xterm.js) loads when the
// shell opens. Every session and download uses the lease's own shell token (shell scope only).
import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { DownloadError, downloadFile, pathProblem, saveName } from "../api/download-file";
import type { LeaseStatus } from "../api/lease-status";
import type { JwtCache } from "../api/provider-jwt";
import type { ProxyTarget } from "../api/proxy-client";
import { INTERACTIVE_SHELL, type ShellState } from "../api/shell-connection";

const ShellTerminal = lazy(() => import("./ShellTerminal"));

const STATE_TEXT: Record<ShellState, string> = {
  connecting: "Connecting…",
  open: "Connected",
  exited: "The shell ended",
  closed: "Disconnected",
  failed: "Could not open the shell",
};

function save(bytes: Uint8Array<ArrayBuffer>, name: string) {
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/octet-stream" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

export function ShellPanel(props: {
  lease: { dseq: string; gseq: number; oseq: number; provider: string };
  target: ProxyTarget | null;
  jwt: JwtCache | null;
  services: LeaseStatus["services"];
}) {
  const { lease, target, jwt, services } = props;
  const [service, setService] = useState(services[0]?.name ?? "");
  const [podIndex, setPodIndex] = useState(0);
  const [session, setSession] = useState(0);
  const [state, setState] = useState<{ state: ShellState; detail: string | null } | null>(null);
  const [path, setPath] = useState("");
  const [download, setDownload] = useState<{ busy: boolean; message: string | null }>({
    busy: false,
    message: null,
  });
  const replicas = services.find((s) => s.name === service)?.total ?? 0;
  const names = services.map((s) => s.name);
  const token = (fresh: boolean) => {
    if (!jwt) return Promise.reject(new Error("Connect the wallet that owns this deployment."));
    return jwt.shellToken(lease.provider, lease, names, { fresh });
  };
  const where = { lease, service, podIndex };

  const fetchFile = async () => {
    if (!target) return;
    setDownload({ busy: true, message: null });
    try {
      const bytes = await downloadFile({ ...where, target, path, token });
      save(bytes as Uint8Array<ArrayBuffer>, saveName(path));
      setDownload({ busy: false, message: `Downloaded ${saveName(path)} (${bytes.length} bytes).` });
    } catch (err) {
      const message = err instanceof DownloadError || err instanceof Error ? err.message : String(err);
      setDownload({ busy: false, message });
    }
  };

  if (!target) return <p className="text-sm text-zinc-600">The provider's host is not known yet.</p>;
  const open = session > 0;
  return (
    <section aria-label="Shell" className="min-w-0 space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <Select
          aria-label="Shell service"
          value={service}
          onChange={(e) => (setService(e.target.value), setPodIndex(0))}
          className="w-auto min-w-32"
        >
          {services.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
            </option>
          ))}
        </Select>
        <Select
          aria-label="Replica"
          value={podIndex}
          onChange={(e) => setPodIndex(Number(e.target.value))}
          className="w-auto"
        >
          {Array.from({ length: Math.max(1, replicas) }, (_, i) => (
            <option key={i} value={i}>
              Replica {i + 1} of {Math.max(1, replicas)}
            </option>
          ))}
        </Select>
        <Button size="sm" onClick={() => (setState(null), setSession((n) => n + 1))} disabled={!service}>
          {open ? "Open a new shell" : "Open shell"}
        </Button>
        {state && (
          <span role="status" className="text-sm" data-testid="shell-state">
            {STATE_TEXT[state.state]}
            {state.detail ? `: ${state.detail}` : ""}
          </span>
        )}
      </div>
      {open && (
        <Suspense fallback={<Spinner label="Loading the terminal" />}>
          <ShellTerminal
            key={session}
            target={target}
            request={{ ...where, argv: INTERACTIVE_SHELL, tty: true, stdin: true }}
            token={token}
            onState={(s, detail) => setState({ state: s, detail })}
          />
        </Suspense>
      )}
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void fetchFile();
        }}
      >
        <Input
          aria-label="File path in the container"
          placeholder="/path/to/file"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          className="w-56 min-w-0 flex-1 font-mono"
        />
        <Button
          size="sm"
          variant="secondary"
          type="submit"
          disabled={download.busy || !path || !!pathProblem(path)}
        >
          {download.busy ? "Downloading…" : "Download file"}
        </Button>
        {(download.message || (path && pathProblem(path))) && (
          <span
            role="status"
            className="text-xs text-zinc-600 dark:text-zinc-400"
            data-testid="download-state"
          >
            {download.message ?? pathProblem(path)}
          </span>
        )}
      </form>
    </section>
  );
}
