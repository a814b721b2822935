import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Spinner } from "@/components/ui/spinner";
import { BackupPanel, preference } from "@/features/backup";
import { NetworkSettings } from "@/features/network";
import { TimeLeftSettings } from "@/features/deployments";
import { ReasonSettings } from "@/features/receipts";
import { WalletSettingsSection } from "@/features/wallet";
import { PresenterSettings } from "../PresenterSettings";
import { ThemeSettings } from "../ThemeSettings";
import { themeStore } from "../theme";

const APP_PREFERENCES = [preference("Theme", themeStore)];

export function Component() {
  return (
    <>
      <PageHeader
        title="Settings"
        description="Network, endpoints and preferences. Stored in this browser only; export them to move to another."
      />
      <div className="grid gap-4">
        <NetworkSettings />
        <WalletSettingsSection />
        <ThemeSettings />
        <PresenterSettings />
        <ReasonSettings />
        <TimeLeftSettings />
        <Suspense fallback={<Spinner />}>
          <BackupPanel preferences={APP_PREFERENCES} />
        </Suspense>
      </div>
    </>
  );
}
