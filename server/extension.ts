// What a part of the server plugs in: its routes, its websocket upgrades, and its work in flight
// to finish on a drain. Its own module so the server (app.ts) and the drain (drain.ts) both
// import it without importing each other.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<boolean>;
export type UpgradeHandler = (
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  pathname: string,
) => boolean;

/** A part of the server with routes of its own and work in flight to finish on a drain. */
export interface ServerExtension {
  route?: RouteHandler;
  upgrade?: UpgradeHandler;
  drain?(): Promise<void>;
  endAll?(): void;
}
