// A QR code as one SVG path (no canvas, no image request): dark modules on a white square with
// a quiet zone, so phone cameras read it in dark mode too.
import { useMemo } from "react";
import encodeQR from "qr";

export function QrCode({ value, label, size = 208 }: { value: string; label: string; size?: number }) {
  const { path, n } = useMemo(() => {
    const grid = encodeQR(value, "raw", { ecc: "medium", border: 2 });
    let d = "";
    grid.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
    return { path: d, n: grid.length };
  }, [value]);
  return (
    <svg
      role="img"
      aria-label={label}
      data-testid="walletconnect-qr"
      viewBox={`0 0 ${n} ${n}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      className="rounded-md bg-white"
    >
      <path d={path} fill="#000" />
    </svg>
  );
}
