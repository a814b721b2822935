// A modal dialog on the native <dialog> element: focus trap, Escape and backdrop for free.
import { useEffect, useRef, type ReactNode } from "react";

export function Dialog({
  open,
  onClose,
  title,
  children,
  footer,
  wide = false,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  footer?: ReactNode;
  /** room for a grid (the template gallery) instead of a form's width */
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      // React passes a nested dialog's close event up to this one's onClose (it bubbles in React's
      // tree though not in the DOM): closing a transaction review must not close the dialog under it.
      onClose={(e) => e.target === e.currentTarget && onClose()}
      aria-label={title}
      className={`m-auto w-[calc(100%-2rem)] ${wide ? "max-w-5xl" : "max-w-lg"} rounded-xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-black/50 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100`}
    >
      {open && (
        <div className="flex max-h-[85vh] flex-col">
          <h2 className="border-b border-zinc-200 px-5 py-3 text-base font-semibold dark:border-zinc-800">
            {title}
          </h2>
          <div className="overflow-y-auto px-5 py-4">{children}</div>
          {footer && (
            <div className="flex flex-wrap justify-end gap-2 border-t border-zinc-200 px-5 py-3 dark:border-zinc-800">
              {footer}
            </div>
          )}
        </div>
      )}
    </dialog>
  );
}
