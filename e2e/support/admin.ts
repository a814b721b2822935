// The local network's admin endpoint (faults, blocks), for specs that need the chain to misbehave.
export async function localnetAdmin(base: string, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${base}${path}`, { method: "POST", body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`admin ${path}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}
