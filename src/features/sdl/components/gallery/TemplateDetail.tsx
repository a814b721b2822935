// A template's detail: what it runs (each service's image, replicas, resources, GPU, ports) and what
// it costs: the hourly price it states, per month, and the per-block amount the studio will write
// on the selected network. Everything shown is read from the template's SDL; links are http(s) only.
import { useEffect, useRef } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useBlockTime, useNetwork } from "@/features/network";
import { formatBytes, formatMicro, formatMicroRaw, formatUsdForMicro } from "@/lib/format";
import { actToUact, perHourToPerBlock } from "../../templates/hourly-price";
import type { PlanPort, PlanService } from "../../templates/template-plan";
import type { GalleryItem } from "./gallery-model";

function portText(p: PlanPort): string {
  const where =
    p.to.length === 0 ? "not exposed" : p.to.map((t) => (t === "global" ? "public" : `to ${t}`)).join(", ");
  return `${p.port}${p.as !== p.port ? ` → ${p.as}` : ""}/${p.proto} (${where})`;
}

function ServiceRow({ s }: { s: PlanService }) {
  return (
    <li
      data-testid="detail-service"
      className="rounded-lg border border-zinc-200 p-2 text-xs dark:border-zinc-800"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-medium">{s.name}</span>
        <Badge>
          {s.replicas} {s.replicas === 1 ? "replica" : "replicas"}
        </Badge>
      </div>
      <div className="font-mono break-all text-zinc-600 dark:text-zinc-400">{s.image}</div>
      <ul className="mt-1 space-y-0.5 text-zinc-600 dark:text-zinc-400">
        <li>
          {s.cpu ?? "?"} CPU · {s.memoryBytes === null ? "?" : formatBytes(s.memoryBytes)} memory
        </li>
        {s.storage.map((v) => (
          <li key={v.name}>
            {v.bytes === null ? "?" : formatBytes(v.bytes)}{" "}
            {v.persistent ? `persistent (${v.storageClass ?? "default"})` : "ephemeral"} storage
          </li>
        ))}
        {s.gpu && (
          <li data-testid="detail-gpu">
            {s.gpu.units} × GPU: {s.gpu.models.join(" or ")}
          </li>
        )}
        {s.ports.length > 0 && <li>Ports: {s.ports.map(portText).join("; ")}</li>}
      </ul>
    </li>
  );
}

function safeLink(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

export function TemplateDetail({
  item,
  busy,
  onUse,
  onBack,
}: {
  item: GalleryItem;
  busy: boolean;
  onUse(): void;
  onBack(): void;
}) {
  const { network } = useNetwork();
  const blockTime = useBlockTime();
  const t = item.template;
  const link = safeLink(t.homepage);
  // Opened from far down a long list (a phone): start reading at its top.
  const top = useRef<HTMLElement>(null);
  // (A block body: newer Chromium returns a promise from scrollIntoView, which React would call.)
  useEffect(() => {
    top.current?.scrollIntoView?.({ block: "nearest" });
  }, []);
  const profiles = Object.entries(t.pricePerHour);
  return (
    <section
      ref={top}
      aria-label={`Template: ${t.title}`}
      data-testid="template-detail"
      className="flex flex-col gap-3"
    >
      <div>
        <Button variant="ghost" size="sm" onClick={onBack}>
          ← All templates
        </Button>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs font-medium text-brand-600">{t.category}</span>
        {item.source && <Badge tone="info">from {item.source}</Badge>}
        {t.tags.map((tag) => (
          <Badge key={tag}>{tag}</Badge>
        ))}
      </div>
      <h3 className="text-base font-semibold">{t.title}</h3>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t.description}</p>
      {link && (
        <a
          href={link}
          target="_blank"
          rel="noopener noreferrer nofollow"
          className="text-sm text-brand-600 underline break-all"
        >
          {new URL(link).host}
        </a>
      )}
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm" data-testid="detail-price">
        <dt className="text-zinc-500">Max per hour</dt>
        <dd>{formatMicro(item.perHourUact, "uact")}</dd>
        <dt className="text-zinc-500">Max per month</dt>
        <dd>
          {formatMicro(item.perMonthUact, "uact")}{" "}
          <span className="text-zinc-500">≈ {formatUsdForMicro(item.perMonthUact, "uact")}</span>
        </dd>
        <dt className="text-zinc-500">On {network.name}</dt>
        <dd data-testid="detail-per-block">
          {profiles
            .map(
              ([profile, act]) =>
                `${formatMicroRaw(Number(perHourToPerBlock(actToUact(act) ?? 0n, blockTime.seconds)), "uact")}${profiles.length > 1 ? ` (${profile})` : ""}`,
            )
            .join(", ")}{" "}
          per block
          <span className="text-zinc-500">
            {" "}
            · blocks every {blockTime.seconds.toFixed(2)} s ({blockTime.measured ? "measured" : "configured"})
          </span>
        </dd>
      </dl>
      <h4 className="text-xs font-semibold text-zinc-500 uppercase">Runs</h4>
      {item.plan ? (
        <ul className="flex flex-col gap-2">
          {item.plan.services.map((s) => (
            <ServiceRow key={s.name} s={s} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-amber-700 dark:text-amber-400">This template's SDL cannot be read.</p>
      )}
      <div>
        <Button onClick={onUse} disabled={busy} aria-label={`Use template: ${t.title}`}>
          {busy ? "Opening…" : "Open in the studio"}
        </Button>
      </div>
    </section>
  );
}
