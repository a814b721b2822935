// Error boundaries: one at the top of the app and one per panel, so a failing panel says what
// broke and offers a retry while the rest of the page keeps working.
import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button } from "./button";

interface Props {
  /** what the panel is, for the message ("Bids", "Lease status") */
  name: string;
  children: ReactNode;
  fullPage?: boolean;
}

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`[${this.props.name}] crashed:`, error.message, info.componentStack?.split("\n")[1]?.trim());
  }

  private reset = () => this.setState({ error: null });

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div
        role="alert"
        className={
          this.props.fullPage
            ? "mx-auto mt-16 max-w-lg rounded-xl border border-red-300 bg-red-50 p-6 dark:border-red-900 dark:bg-red-950/40"
            : "rounded-xl border border-red-300 bg-red-50 p-4 dark:border-red-900 dark:bg-red-950/40"
        }
      >
        <p className="font-semibold text-red-800 dark:text-red-300">{this.props.name} stopped working.</p>
        <p className="mt-1 text-sm break-words text-red-700 dark:text-red-400">{error.message}</p>
        <div className="mt-3 flex gap-2">
          <Button size="sm" variant="secondary" onClick={this.reset}>
            Try again
          </Button>
          {this.props.fullPage && (
            <Button size="sm" variant="ghost" onClick={() => window.location.reload()}>
              Reload the page
            </Button>
          )}
        </div>
      </div>
    );
  }
}
