// Share links carry the SDL itself, deflated and base64url-encoded in the URL fragment: the
// fragment never reaches any server, so handing a demo an SDL needs no backend. Decoding caps
// the inflated size so a crafted link cannot exhaust memory.
import { Inflate, deflateSync, strFromU8, strToU8 } from "fflate";
import { MAX_SDL_BYTES } from "../checker/parse";

const PREFIX = "sdl=";

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment (without "#") for an SDL. */
export function encodeShareFragment(sdl: string): string {
  return PREFIX + toBase64Url(deflateSync(strToU8(sdl), { level: 9 }));
}

export type DecodedShare = { ok: true; sdl: string } | { ok: false; error: string } | null;

function inflateCapped(data: Uint8Array, cap: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) throw new RangeError("too large");
    chunks.push(chunk);
  });
  inflater.push(data, true);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** Reads a location hash; null when it carries no SDL. */
export function decodeShareFragment(hash: string): DecodedShare {
  const fragment = hash.replace(/^#/, "");
  if (!fragment.startsWith(PREFIX)) return null;
  try {
    return {
      ok: true,
      sdl: strFromU8(inflateCapped(fromBase64Url(fragment.slice(PREFIX.length)), MAX_SDL_BYTES)),
    };
  } catch (err) {
    const tooLarge = err instanceof RangeError;
    return {
      ok: false,
      error: tooLarge
        ? `This share link expands past ${MAX_SDL_BYTES / 1024} KiB, more than any SDL; it was not opened.`
        : "This share link is damaged (it may have been cut off when copied). Ask for the link again.",
    };
  }
}
