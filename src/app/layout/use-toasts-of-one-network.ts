// Toasts are about the network they were raised on ("could not reach rpc.example.com", "lease
// closed"): after a switch to another network they would describe something that is not on the
// screen, so a switch clears them. The first render is not a switch.
import { useEffect, useRef } from "react";
import { useToast } from "@/components/ui/toast";

export function useToastsOfOneNetwork(networkId: string): void {
  const toast = useToast();
  const shownFor = useRef(networkId);
  useEffect(() => {
    if (shownFor.current === networkId) return;
    shownFor.current = networkId;
    toast.clear();
  }, [networkId, toast]);
}
