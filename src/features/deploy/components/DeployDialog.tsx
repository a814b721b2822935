// The studio's deploy slot: the create step in a dialog over the editor, so "Back to the
// editor" loses nothing.
import { Dialog } from "@/components/ui/dialog";
import { CreateDeployment } from "./CreateDeployment";

export function DeployDialog({ sdl, onClose }: { sdl: string | null; onClose(): void }) {
  return (
    <Dialog open={sdl !== null} onClose={onClose} title="Deploy">
      {sdl !== null && <CreateDeployment sdl={sdl} onCancel={onClose} />}
    </Dialog>
  );
}
