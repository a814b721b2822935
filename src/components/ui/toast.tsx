// Toasts: short confirmations and errors that do not block. A tiny store plus one viewport;
// callers push from anywhere with useToast().
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { cn } from "@/lib/cn";

export type ToastTone = "success" | "error" | "info";

export interface Toast {
  id: number;
  tone: ToastTone;
  title: string;
  description?: string;
}

interface ToastApi {
  push(toast: Omit<Toast, "id">): void;
  /** Removes every toast shown, e.g. when what they were about (the network) changed. */
  clear(): void;
}

const ToastContext = createContext<ToastApi | null>(null);
let nextId = 1;

const TONE_CLASS: Record<ToastTone, string> = {
  success: "border-emerald-300 dark:border-emerald-800",
  error: "border-red-300 dark:border-red-800",
  info: "border-zinc-300 dark:border-zinc-700",
};

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const api = useMemo<ToastApi>(
    () => ({
      push(toast) {
        const id = nextId++;
        setToasts((all) => [...all.slice(-3), { ...toast, id }]);
        setTimeout(() => dismiss(id), toast.tone === "error" ? 10_000 : 5_000);
      },
      clear() {
        setToasts([]);
      },
    }),
    [dismiss],
  );
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-20 z-50 flex flex-col items-center gap-2 px-4 md:bottom-4 md:items-end"
      >
        {toasts.map((t) => (
          <div
            key={t.id}
            role={t.tone === "error" ? "alert" : "status"}
            className={cn(
              "pointer-events-auto w-full max-w-sm rounded-lg border bg-white p-3 shadow-lg dark:bg-zinc-900",
              TONE_CLASS[t.tone],
            )}
          >
            <div className="flex items-start justify-between gap-2">
              <p className="text-sm font-semibold">{t.title}</p>
              <button className="text-xs text-zinc-500" onClick={() => dismiss(t.id)} aria-label="Dismiss">
                ✕
              </button>
            </div>
            {t.description && (
              <p className="mt-1 text-sm break-words text-zinc-600 dark:text-zinc-400">{t.description}</p>
            )}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast needs a <ToastProvider> above it.");
  return api;
}
