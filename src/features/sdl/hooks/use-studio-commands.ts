// Save, download, share and deploy, for the toolbar, the editor shortcuts and the page-level
// shortcuts (Ctrl/Cmd+S and Ctrl/Cmd+Enter also work when focus is outside the editor).
import { useEffect, useRef, useState } from "react";
import type { useToast } from "@/components/ui/toast";
import type { StudioDocument } from "./use-studio-document";
import { redactSecrets } from "../utils/redact";
import { encodeShareFragment } from "../utils/share-link";

interface Options {
  doc: StudioDocument;
  errors: number;
  pending: boolean;
  onDeploy?: (sdl: string, name: string) => void;
  toast: ReturnType<typeof useToast>;
}

function fileNameFor(name: string): string {
  const base =
    name
      .trim()
      .replace(/[^\w.-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "deploy";
  return `${base}.yaml`;
}

export function useStudioCommands({ doc, errors, pending, onDeploy, toast }: Options) {
  const [shareLink, setShareLink] = useState<{ url: string; redacted: number } | null>(null);

  const save = () => {
    if (doc.saveNow()) toast.push({ tone: "success", title: "Draft saved in this browser" });
    else
      toast.push({
        tone: "error",
        title: "The draft was not saved",
        description: doc.draftsError ?? undefined,
      });
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([doc.text], { type: "application/yaml" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = fileNameFor(doc.current?.name ?? "deploy");
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };

  const share = () => {
    const { text, redacted } = redactSecrets(doc.text);
    const url = `${window.location.origin}${window.location.pathname}#${encodeShareFragment(text)}`;
    setShareLink({ url, redacted });
  };

  const deploy = () => {
    if (pending) return toast.push({ tone: "info", title: "Still checking the SDL; try again in a moment." });
    if (errors > 0)
      return toast.push({
        tone: "error",
        title: `Fix ${errors} ${errors === 1 ? "error" : "errors"} before deploying`,
        description: "Each one is listed under Problems with its line.",
      });
    if (!onDeploy)
      return toast.push({ tone: "info", title: "Deploying from the studio comes with the deploy flow." });
    onDeploy(doc.text, doc.current?.name.trim() ?? "");
  };

  const latest = useRef({ save, deploy });
  useEffect(() => {
    latest.current = { save, deploy };
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey)) return;
      if (e.key === "s" || e.key === "S") {
        e.preventDefault();
        latest.current.save();
      } else if (e.key === "Enter") {
        e.preventDefault();
        latest.current.deploy();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return { save, download, share, deploy, shareLink, closeShare: () => setShareLink(null) };
}
