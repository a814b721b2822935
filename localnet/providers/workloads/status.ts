// Lease and service status bodies, in the provider's JSON shape (chain-sdk go/provider/client types.go).
export interface ForwardedPort {
  host: string;
  port: number;
  externalPort: number;
  proto: string;
  name: string;
}

export interface ServiceState {
  name: string;
  image: string;
  count: number;
  ready: number;
  pods: string[];
  /** the Deployment's generation: 1, then one more per manifest update that changed this service */
  generation: number;
  /** replicas already running the current pod template (less than count during a rollout) */
  updated: number;
  uris: string[];
  forwarded: ForwardedPort[];
}

export interface ServiceStatusBody {
  name: string;
  available: number;
  total: number;
  uris: string[] | null;
  observed_generation: number;
  replicas: number;
  updated_replicas: number;
  ready_replicas: number;
  available_replicas: number;
}

export interface LeaseStatusBody {
  services: Record<string, ServiceStatusBody>;
  forwarded_ports: Record<string, ForwardedPort[]>;
  ips: Record<string, never[]>;
}

export function serviceStatus(s: ServiceState): ServiceStatusBody {
  return {
    name: s.name,
    available: s.ready,
    total: s.count,
    uris: s.uris.length > 0 ? s.uris : null,
    observed_generation: s.generation,
    replicas: s.count,
    updated_replicas: s.updated,
    ready_replicas: s.ready,
    available_replicas: s.ready,
  };
}
