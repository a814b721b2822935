// A detail-page panel: a titled card in its own error boundary, with loading and error states,
// so one failing query never blanks the rest of the page.
import type { ReactNode } from "react";
import { Card, CardTitle } from "@/components/ui/card";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { Spinner } from "@/components/ui/spinner";

export function Panel({
  title,
  children,
  actions,
  className,
  testId,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <ErrorBoundary name={title}>
      <Card className={className} data-testid={testId}>
        <CardTitle actions={actions}>{title}</CardTitle>
        {children}
      </Card>
    </ErrorBoundary>
  );
}

export function QueryState({
  isPending,
  error,
  what,
}: {
  isPending: boolean;
  error: Error | null;
  what: string;
}) {
  if (isPending) return <Spinner label={`Loading ${what}`} />;
  if (error)
    return (
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        {what[0]?.toUpperCase()}
        {what.slice(1)} could not be loaded: {error.message}
      </p>
    );
  return null;
}

export function Dl({ children }: { children: ReactNode }) {
  return <dl className="grid gap-1 text-sm">{children}</dl>;
}

export function Dt({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="grid grid-cols-[8rem_minmax(0,1fr)] gap-2">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="min-w-0 break-words" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
