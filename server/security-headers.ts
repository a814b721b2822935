// Owns the HTTP security headers of every response the console server sends.
// The CSP allows no inline script and no third-party origin except chain endpoints the user
// may add at runtime (any https/wss host, and loopback for local networks).
import type { ServerResponse } from "node:http";

const CSP = [
  "default-src 'self'",
  // wasm-unsafe-eval: cosmjs' hashing ships WebAssembly; no 'unsafe-eval' for JS.
  "script-src 'self' 'wasm-unsafe-eval'",
  // Monaco injects <style> elements at runtime; styles cannot exfiltrate or run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' https: wss: http://127.0.0.1:* ws://127.0.0.1:* http://localhost:* ws://localhost:*",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
