// The studio's deploy slot: the create step in a dialog over the editor, so "Back to the
// editor" loses nothing. The draft's name goes with its SDL: the deployment keeps it.
import { Dialog } from "@/components/ui/dialog";
import { CreateDeployment } from "./CreateDeployment";

export interface DeployRequest {
  sdl: string;
  /** the open draft's name */
  name: string;
}

export function DeployDialog({ draft, onClose }: { draft: DeployRequest | null; onClose(): void }) {
  return (
    <Dialog open={draft !== null} onClose={onClose} title="Deploy">
      {draft !== null && <CreateDeployment sdl={draft.sdl} name={draft.name} onCancel={onClose} />}
    </Dialog>
  );
}
