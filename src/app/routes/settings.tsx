import { PageHeader } from "@/components/ui/page-header";
import { NetworkSettings } from "@/features/network";
import { TimeLeftSettings } from "@/features/deployments";
import { ReasonSettings } from "@/features/receipts";
import { WalletSettingsSection } from "@/features/wallet";
import { PresenterSettings } from "../PresenterSettings";
import { ThemeSettings } from "../ThemeSettings";

export function Component() {
  return (
    <>
      <PageHeader
        title="Settings"
        description="Network, endpoints and preferences. Stored in this browser only."
      />
      <div className="grid gap-4">
        <NetworkSettings />
        <WalletSettingsSection />
        <ThemeSettings />
        <PresenterSettings />
        <ReasonSettings />
        <TimeLeftSettings />
      </div>
    </>
  );
}
