// The form's plain fields, as data: where each one lives in the SDL, how it reads and writes.
// The form renders these; the round-trip tests write every one of them back to prove a form
// pass changes nothing it was not asked to.
import type { ExposeView, PlacementView, ServiceView, StorageView } from "./form-model";
import {
  setOptional,
  setScalar,
  setStringList,
  textAt,
  typed,
  valueAt,
  type Path,
  type SdlDoc,
} from "./yaml-edit";

export type FieldKind =
  /** a scalar the SDL needs: emptied, it stays as "" so the checker says it is missing */
  | "required"
  /** a scalar that may be left out: emptied, it is removed */
  | "optional"
  /** a list of strings, one per line */
  | "list";

export interface FieldSpec {
  path: Path;
  label: string;
  kind: FieldKind;
  /** a registry password: masked, and never kept anywhere but the text (see utils/redact.ts) */
  secret?: boolean;
  hint?: string;
  placeholder?: string;
  numeric?: boolean;
}

export function readField(doc: SdlDoc, field: FieldSpec): string {
  if (field.kind !== "list") return textAt(doc, field.path);
  const v = valueAt(doc, field.path);
  return Array.isArray(v) ? v.map((x) => (x === null ? "" : String(x))).join("\n") : "";
}

export function writeField(doc: SdlDoc, field: FieldSpec, text: string): void {
  if (field.kind === "list") return setStringList(doc, field.path, text === "" ? [] : text.split("\n"));
  if (field.kind === "optional") return setOptional(doc, field.path, text);
  if (text === "" && !doc.hasIn(field.path)) return;
  setScalar(doc, field.path, field.secret ? text : typed(text));
}

export function serviceFields(s: ServiceView): FieldSpec[] {
  const p = s.path;
  const cred = [...p, "credentials"];
  return [
    { path: [...p, "image"], label: "Image", kind: "required", placeholder: "nginx:1.27" },
    ...(s.hasCredentials
      ? ([
          { path: [...cred, "host"], label: "Registry host", kind: "required", placeholder: "ghcr.io" },
          { path: [...cred, "username"], label: "Registry user", kind: "required" },
          {
            path: [...cred, "password"],
            label: "Registry password or token",
            kind: "required",
            secret: true,
            hint: "Secret: sent to the provider in the manifest only. Drafts, share links, receipts and exports leave it out.",
          },
          { path: [...cred, "email"], label: "Registry email", kind: "optional" },
        ] satisfies FieldSpec[])
      : []),
  ];
}

export function resourceFields(s: ServiceView): FieldSpec[] {
  const r = [...s.profilePath, "resources"];
  return [
    {
      path: [...r, "cpu", "units"],
      label: "CPU",
      kind: "required",
      numeric: true,
      hint: "cores, e.g. 0.5 or 2",
    },
    { path: [...r, "memory", "size"], label: "Memory", kind: "required", placeholder: "512Mi" },
  ];
}

export function storageFields(item: StorageView): FieldSpec[] {
  const size: FieldSpec = {
    path: [...item.path, "size"],
    label: "Size",
    kind: "required",
    placeholder: "10Gi",
  };
  if (!item.persistent) return [size];
  return [
    size,
    { path: [...item.paramsPath, "mount"], label: "Mount path", kind: "required", placeholder: "/data" },
  ];
}

export function commandFields(s: ServiceView): FieldSpec[] {
  const p = s.path;
  return [
    {
      path: [...p, "env"],
      label: "Environment",
      kind: "list",
      placeholder: "NAME=value",
      hint: "one NAME=value per line",
    },
    { path: [...p, "command"], label: "Command", kind: "list", hint: "one part per line" },
    { path: [...p, "args"], label: "Arguments", kind: "list", hint: "one per line" },
  ];
}

export function portFields(port: ExposeView): FieldSpec[] {
  return [
    { path: [...port.path, "port"], label: "Container port", kind: "required", numeric: true },
    {
      path: [...port.path, "as"],
      label: "Exposed as",
      kind: "optional",
      numeric: true,
      hint: "the port outside",
    },
    { path: [...port.path, "accept"], label: "Accept hosts", kind: "list", placeholder: "www.example.com" },
  ];
}

export function placementFields(pl: PlacementView): FieldSpec[] {
  return [
    ...pl.attributes.map((a): FieldSpec => ({
      path: [...pl.path, "attributes", a.key],
      label: a.key,
      kind: "required",
    })),
    ...pl.pricing.flatMap((pr): FieldSpec[] => [
      { path: [...pr.path, "amount"], label: `Max price for ${pr.profile}`, kind: "required", numeric: true },
      { path: [...pr.path, "denom"], label: "Denom", kind: "required" },
    ]),
  ];
}

/** Every plain field of the form for this document (what a no-op pass writes back). */
export function allFields(view: { services: ServiceView[]; placements: PlacementView[] }): FieldSpec[] {
  return [
    ...view.services.flatMap((s) => [
      ...serviceFields(s),
      ...resourceFields(s),
      ...s.storage.flatMap(storageFields),
      ...(s.gpu
        ? [
            {
              path: [...s.profilePath, "resources", "gpu", "units"],
              label: "GPUs",
              kind: "required" as const,
            },
          ]
        : []),
      ...commandFields(s),
      ...s.expose.flatMap(portFields),
      ...s.deployments.map((d): FieldSpec => ({
        path: [...d.path, "count"],
        label: "Count",
        kind: "required",
        numeric: true,
      })),
    ]),
    ...view.placements.flatMap(placementFields),
  ];
}
