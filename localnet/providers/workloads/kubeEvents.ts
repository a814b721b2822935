// Kubernetes events as the provider's /kubeevents stream reports them (chain-sdk LeaseEvent shape).
export interface KubeEvent {
  type: "Normal" | "Warning";
  reportingController: string;
  reportingInstance: string;
  reason: string;
  note: string;
  object: { kind: string; namespace: string; name: string };
}

export function podEvents(
  namespace: string,
  pod: string,
  image: string,
  node: string,
): { afterMs: number; event: KubeEvent }[] {
  const ev = (reason: string, note: string, controller = "kubelet"): KubeEvent => ({
    type: "Normal",
    reportingController: controller,
    reportingInstance: controller === "kubelet" ? node : "",
    reason,
    note,
    object: { kind: "Pod", namespace, name: pod },
  });
  const service = pod.replace(/-[a-z0-9]+-[a-z0-9]+$/, "");
  return [
    {
      afterMs: 0,
      event: ev("Scheduled", `Successfully assigned ${namespace}/${pod} to ${node}`, "default-scheduler"),
    },
    { afterMs: 150, event: ev("Pulling", `Pulling image "${image}"`) },
    {
      afterMs: 700,
      event: ev("Pulled", `Successfully pulled image "${image}" in 512ms (512ms including waiting)`),
    },
    { afterMs: 800, event: ev("Created", `Created container ${service}`) },
    { afterMs: 900, event: ev("Started", `Started container ${service}`) },
  ];
}

export function deploymentEvents(
  namespace: string,
  service: string,
  replicaSet: string,
  pods: string[],
  count: number,
): KubeEvent[] {
  const base = { type: "Normal" as const, reportingInstance: "" };
  return [
    {
      ...base,
      reportingController: "deployment-controller",
      reason: "ScalingReplicaSet",
      note: `Scaled up replica set ${replicaSet} to ${count}`,
      object: { kind: "Deployment", namespace, name: service },
    },
    ...pods.map((pod) => ({
      ...base,
      reportingController: "replicaset-controller",
      reason: "SuccessfulCreate",
      note: `Created pod: ${pod}`,
      object: { kind: "ReplicaSet", namespace, name: replicaSet },
    })),
  ];
}

/** The end of a rollout: the old ReplicaSet scales to zero and the kubelet stops its pods. */
export function scaleDownEvents(
  namespace: string,
  service: string,
  replicaSet: string,
  pods: string[],
): KubeEvent[] {
  return [
    {
      type: "Normal",
      reportingController: "deployment-controller",
      reportingInstance: "",
      reason: "ScalingReplicaSet",
      note: `Scaled down replica set ${replicaSet} to 0 from ${pods.length}`,
      object: { kind: "Deployment", namespace, name: service },
    },
    ...pods.map((pod) => ({
      type: "Normal" as const,
      reportingController: "kubelet",
      reportingInstance: "",
      reason: "Killing",
      note: `Stopping container ${service}`,
      object: { kind: "Pod", namespace, name: pod },
    })),
  ];
}
