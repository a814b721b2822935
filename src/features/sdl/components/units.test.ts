import { describe, expect, it } from "vitest";
import { formatBytes, formatDuration } from "./units";

describe("units", () => {
  it("formats byte sizes in binary units", () => {
    expect(formatBytes(512 * 1024 ** 2)).toBe("512 MiB");
    expect(formatBytes(16 * 1024 ** 3)).toBe("16 GiB");
    expect(formatBytes(1.5 * 1024 ** 3)).toBe("1.5 GiB");
  });

  it("formats durations", () => {
    expect(formatDuration(600)).toBe("10 minutes");
    expect(formatDuration(3 * 3600)).toBe("3 hours");
    expect(formatDuration(10 * 86400)).toBe("10 days");
  });
});
