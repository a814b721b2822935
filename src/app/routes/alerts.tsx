import { PageHeader } from "@/components/ui/page-header";
import { AlertsPage } from "@/features/alerts";

export function Component() {
  return (
    <>
      <PageHeader
        title="Alerts"
        description="Runway, balance, lease and bid alerts. Kept in this browser; checked while a console tab is open."
      />
      <AlertsPage />
    </>
  );
}
