import { describe, expect, it } from "vitest";
import { describeRestart, updateRestarts } from "./update-restarts";

function manifest(services: Record<string, unknown>[]): string {
  return JSON.stringify([{ name: "akash", services }]);
}

function setup() {
  const web = { name: "web", image: "nginx:1.27", count: 1, env: ["A=1"] };
  const db = { name: "db", image: "postgres:16", count: 1 };
  return { web, db, deployed: manifest([web, db]) };
}

describe("what an update restarts", () => {
  it("names the services whose manifest entry changed, with the image change", () => {
    const { web, db, deployed } = setup();
    const restarts = updateRestarts(deployed, manifest([{ ...web, image: "nginx:1.28" }, db]));
    expect(restarts).toEqual([{ service: "web", image: { before: "nginx:1.27", after: "nginx:1.28" } }]);
    expect(restarts!.map(describeRestart)).toEqual(["web: nginx:1.27 → nginx:1.28"]);
  });

  it("counts a settings change (env, command) as a restart without an image change", () => {
    const { web, db, deployed } = setup();
    expect(updateRestarts(deployed, manifest([web, { ...db, env: ["PGDATA=/data"] }]))).toEqual([
      { service: "db", image: null },
    ]);
  });

  it("restarts nothing when the manifests are equal, and says it cannot tell when one is unreadable", () => {
    const { deployed } = setup();
    expect(updateRestarts(deployed, deployed)).toEqual([]);
    expect(updateRestarts("{not json", deployed)).toBeNull();
  });
});
