// One lease's workloads on the simulated cluster: its services come up over a couple of seconds
// (image pulled, containers started, replicas 0 → ready), expose loopback URIs, and produce logs
// and Kubernetes events that the gateway streams. Stopping it (lease closed) tears all of it down.
// A manifest update is applied as the provider's kube client does (cluster/kube/client.go Deploy):
// the namespace, Services (their NodePorts, builder/service.go Update) and ingress hosts stay, and
// each changed Deployment rolls to a new ReplicaSet; old pods serve until the new ones are ready.
import { createHash } from "node:crypto";
import { ContainerFs } from "./container-fs.ts";
import { imageSeed } from "./container-image.ts";
import { ContainerShell } from "./container-shell.ts";
import { imageKind } from "./imageKind.ts";
import { deploymentEvents, type KubeEvent, podEvents, scaleDownEvents } from "./kubeEvents.ts";
import { type LogContext, accessLine, seededRandom, startupLines, steadyLine } from "./logLines.ts";
import type { ManifestGroup, ManifestService } from "./manifest.ts";
import { gpuUnits } from "./manifest.ts";
import { type OpenPort, openServicePort } from "./ingress.ts";
import { type LeaseStatusBody, type ServiceState, serviceStatus } from "./status.ts";

export interface LogEntry {
  service: string;
  name: string;
  message: string;
}

export interface WorkloadIdentity {
  owner: string;
  dseq: string;
  gseq: number;
  oseq: number;
  provider: string;
  gpuModel: string;
}

type Listener<T> = (item: T) => void;

export interface WorkloadOptions {
  /** while true the services write nothing on their own (requests served are still logged) */
  quiet?: () => boolean;
}

/** A replica the lease shell can enter, or the provider's answer why not. */
export type ShellTarget =
  | { message: string }
  | { pod: string; shell: (size: () => { cols: number; rows: number }) => ContainerShell };
const POD_READY_MS = 1300;
const MAX_LOGS = 2000;

const shortHash = (seed: string, len: number): string =>
  createHash("sha256")
    .update(seed)
    .digest("hex")
    .replace(/[0-9]/g, (d) => "bcdfghjklm"[Number(d)] ?? "x")
    .slice(0, len);

export class LeaseWorkload {
  readonly namespace: string;
  readonly createdAt = Date.now();
  readonly services: ServiceState[] = [];
  readonly logs: LogEntry[] = [];
  readonly events: (KubeEvent & { service: string })[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly ports: OpenPort[] = [];
  private readonly logListeners = new Set<Listener<LogEntry>>();
  private readonly eventListeners = new Set<Listener<KubeEvent & { service: string }>>();
  private readonly closeListeners = new Set<() => void>();
  private readonly filesystems = new Map<string, ContainerFs>();
  private readonly podsGoneListeners = new Set<Listener<string[]>>();
  /** pods that exist now (a rollout removes the old ones): only they keep logging */
  private readonly livePods = new Set<string>();
  /** each service's manifest entry as last applied, to tell a changed service from an unchanged one */
  private readonly applied = new Map<string, string>();
  private stopped = false;

  constructor(
    readonly id: WorkloadIdentity,
    private group: ManifestGroup,
    private readonly options: WorkloadOptions = {},
  ) {
    this.namespace = shortHash(`${id.owner}/${id.dseq}/${id.gseq}/${id.oseq}/${id.provider}`, 45);
  }

  async start(): Promise<void> {
    for (const svc of this.group.services) this.services.push(await this.startService(svc));
  }

  get manifestGroup(): ManifestGroup {
    return this.group;
  }

  /** Same services, new manifest: roll every service whose entry changed; URIs and ports stay. */
  async update(group: ManifestGroup): Promise<void> {
    this.group = group;
    for (const svc of group.services) {
      const state = this.services.find((s) => s.name === svc.name);
      if (state && this.applied.get(svc.name) !== JSON.stringify(svc)) this.rollOut(state, svc);
    }
  }

  private replicaSet(svc: ManifestService, generation: number): { rs: string; pods: string[] } {
    const rs = `${svc.name}-${shortHash(`${this.namespace}${svc.name}${generation > 1 ? `/${generation}` : ""}`, 10)}`;
    return { rs, pods: Array.from({ length: svc.count }, (_, i) => `${rs}-${shortHash(`${rs}/${i}`, 5)}`) };
  }

  private async startService(svc: ManifestService): Promise<ServiceState> {
    const { rs, pods } = this.replicaSet(svc, 1);
    this.applied.set(svc.name, JSON.stringify(svc));
    const state: ServiceState = {
      name: svc.name,
      image: svc.image,
      count: svc.count,
      ready: 0,
      pods,
      generation: 1,
      updated: 0,
      uris: [],
      forwarded: [],
    };
    const ctx = this.logContext(svc);
    for (const exp of svc.expose ?? []) {
      if (!exp.global) continue;
      const open = await openServicePort({
        provider: this.id.provider,
        owner: this.id.owner,
        dseq: this.id.dseq,
        service: svc.name,
        // The page names the image its current pods run: it changes with a rollout, the port does not.
        get image() {
          return state.image;
        },
        ready: () => state.ready > 0,
        onRequest: (path, status, bytes) => {
          if (ctx.kind === "nginx")
            this.log(svc.name, state.pods[0] ?? rs, accessLine(ctx, path, status, bytes));
        },
      });
      this.ports.push(open);
      const externalPort = exp.externalPort || exp.port;
      if (externalPort === 80) state.uris.push(`127.0.0.1:${open.port}`);
      else
        state.forwarded.push({
          host: "127.0.0.1",
          port: exp.port,
          externalPort: open.port,
          proto: exp.proto,
          name: svc.name,
        });
    }
    for (const e of deploymentEvents(this.namespace, svc.name, rs, pods, svc.count)) this.emit(svc.name, e);
    pods.forEach((pod, i) =>
      this.schedulePod(svc, pod, i, ctx, () => {
        state.ready = Math.min(state.count, state.ready + 1);
        state.updated = state.ready;
      }),
    );
    return state;
  }

  /** A pod's life: events, startup lines, ready (then `onReady`), steady lines while it is live. */
  private schedulePod(
    svc: ManifestService,
    pod: string,
    index: number,
    ctx: LogContext,
    onReady: () => void,
  ): void {
    const offset = index * 350;
    this.livePods.add(pod);
    for (const { afterMs, event } of podEvents(this.namespace, pod, svc.image, `node-${(index % 3) + 1}`)) {
      this.after(offset + afterMs, () => this.emit(svc.name, event));
    }
    this.after(offset + 950, () => {
      for (const line of startupLines(ctx)) this.log(svc.name, pod, line);
    });
    this.after(offset + POD_READY_MS, () => {
      onReady();
      let n = 0;
      const tick = (): void => {
        if (!this.livePods.has(pod)) return; // replaced by a rollout
        if (!this.options.quiet?.()) this.log(svc.name, pod, steadyLine(ctx, n++));
        this.after(600 + Math.floor(ctx.rand() * 900), tick);
      };
      this.after(400 + Math.floor(ctx.rand() * 600), tick);
    });
  }

  /** A Deployment update: a new ReplicaSet with the new pod template scales up, then the old one down. */
  private rollOut(state: ServiceState, svc: ManifestService): void {
    const old = this.replicaSet({ ...svc, count: state.count }, state.generation);
    state.generation += 1;
    state.updated = 0;
    const next = this.replicaSet(svc, state.generation);
    this.applied.set(svc.name, JSON.stringify(svc));
    for (const e of deploymentEvents(this.namespace, svc.name, next.rs, next.pods, svc.count))
      this.emit(svc.name, e);
    const ctx = this.logContext(svc);
    next.pods.forEach((pod, i) =>
      this.schedulePod(svc, pod, i, ctx, () => (state.updated = Math.min(svc.count, state.updated + 1))),
    );
    // Once the last new pod is ready (its timer was set first, so it runs first), the old ones go.
    this.after((svc.count - 1) * 350 + POD_READY_MS, () => {
      const gone = state.pods;
      Object.assign(state, { image: svc.image, count: svc.count, pods: next.pods, ready: state.updated });
      for (const pod of gone) this.livePods.delete(pod);
      for (const e of scaleDownEvents(this.namespace, svc.name, old.rs, gone)) this.emit(svc.name, e);
      for (const l of this.podsGoneListeners) l(gone);
    });
  }

  private logContext(svc: ManifestService): LogContext {
    const firstPort = svc.expose?.[0]?.port ?? 8080;
    return {
      kind: imageKind(svc.image),
      image: svc.image,
      service: svc.name,
      port: firstPort,
      gpuUnits: gpuUnits(svc),
      gpuModel: this.id.gpuModel,
      rand: seededRandom(`${this.namespace}/${svc.name}`),
      now: () => new Date(),
    };
  }

  private after(ms: number, fn: () => void): void {
    if (this.stopped) return;
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.stopped) fn();
    }, ms);
    this.timers.add(t);
  }

  private log(service: string, pod: string, message: string): void {
    const entry = { service, name: pod, message };
    this.logs.push(entry);
    if (this.logs.length > MAX_LOGS) this.logs.splice(0, this.logs.length - MAX_LOGS);
    for (const l of this.logListeners) l(entry);
  }

  private emit(service: string, event: KubeEvent): void {
    const e = { ...event, service };
    this.events.push(e);
    for (const l of this.eventListeners) l(e);
  }

  onLog(l: Listener<LogEntry>): () => void {
    this.logListeners.add(l);
    return () => this.logListeners.delete(l);
  }

  onEvent(l: Listener<KubeEvent & { service: string }>): () => void {
    this.eventListeners.add(l);
    return () => this.eventListeners.delete(l);
  }

  /** Pods a rollout replaced: a log stream that followed only them ends, as a pod's log does. */
  onPodsGone(l: Listener<string[]>): () => void {
    this.podsGoneListeners.add(l);
    return () => this.podsGoneListeners.delete(l);
  }

  onClose(l: () => void): () => void {
    this.closeListeners.add(l);
    return () => this.closeListeners.delete(l);
  }

  /**
   * The replica `podIndex` of a service for the lease shell, checked in the provider's order:
   * the service (ServiceStatus), a ready replica, then the index among the pods sorted by name.
   */
  container(service: string, podIndex: number): ShellTarget {
    const svc = this.services.find((s) => s.name === service);
    if (!svc) return { message: "kube: no service for that lease" };
    if (svc.ready === 0) return { message: "no active replicase for service" };
    const pods = [...svc.pods].sort();
    const pod = pods[podIndex];
    if (pod === undefined)
      return {
        message: `remote command execute error: pod index out of range: valid range is [0, ${pods.length - 1}]`,
      };
    const spec = this.group.services.find((s) => s.name === service);
    const env = spec?.env ?? [];
    let fs = this.filesystems.get(pod);
    if (!fs) {
      const port = spec?.expose?.[0]?.port ?? 8080;
      fs = new ContainerFs(imageSeed({ kind: imageKind(svc.image), image: svc.image, service, pod, port }));
      this.filesystems.set(pod, fs);
    }
    const files = fs;
    const startedAt = this.createdAt;
    return {
      pod,
      shell: (size) =>
        new ContainerShell({ fs: files, pod, image: svc.image, service, startedAt, env, size }),
    };
  }

  status(): LeaseStatusBody {
    const services: LeaseStatusBody["services"] = {};
    const forwarded: LeaseStatusBody["forwarded_ports"] = {};
    for (const s of this.services) {
      services[s.name] = serviceStatus(s);
      if (s.forwarded.length > 0) forwarded[s.name] = s.forwarded;
    }
    return { services, forwarded_ports: forwarded, ips: {} };
  }

  isStopped(): boolean {
    return this.stopped;
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.filesystems.clear();
    for (const l of this.closeListeners) l();
    await Promise.all(this.ports.map((p) => p.close()));
  }
}
