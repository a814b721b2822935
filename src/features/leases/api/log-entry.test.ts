import { describe, expect, it } from "vitest";
import { levelOf, parseFrame, timeOf } from "./log-entry";

describe("log lines", () => {
  it("finds the level in the common formats", () => {
    expect(
      levelOf('10.42.0.3 - - [03/Dec/2026:13:48:38 +0000] "GET / HTTP/1.1" 200 612 "-" "curl/8.5.0"'),
    ).toBe("info");
    expect(levelOf('10.42.0.3 - - [03/Dec/2026:13:48:38 +0000] "GET /x HTTP/1.1" 404 153 "-" "curl"')).toBe(
      "warn",
    );
    expect(levelOf('x - - [03/Dec/2026:13:48:38 +0000] "GET /x HTTP/1.1" 502 153 "-" "curl"')).toBe("error");
    expect(levelOf("2026-12-03 13:48:38 UTC [1] FATAL:  password authentication failed")).toBe("error");
    expect(levelOf('time=2026-12-03T13:48:38Z level=WARN msg="slow"')).toBe("warn");
    expect(levelOf('{"level":"debug","msg":"tick"}')).toBe("debug");
    expect(levelOf("Warning BackOff: Back-off restarting failed container")).toBe("warn");
    expect(levelOf("listening on 0.0.0.0:8080")).toBe("info");
  });

  it("reads the time a line states, or none", () => {
    expect(timeOf("2026-12-03T13:48:38.250Z INFO ok")).toBe(Date.UTC(2026, 11, 3, 13, 48, 38, 250));
    expect(timeOf("2026-12-03 13:48:38 UTC [1] LOG: x")).toBe(Date.UTC(2026, 11, 3, 13, 48, 38));
    expect(timeOf('1.2.3.4 - - [03/Dec/2026:14:48:38 +0100] "GET /"')).toBe(
      Date.UTC(2026, 11, 3, 13, 48, 38),
    );
    expect(timeOf("no time here")).toBeNull();
  });

  it("reads provider frames: logs by pod, events by object with their type", () => {
    expect(parseFrame("logs", '{"name":"web-0","message":"hi"}')).toEqual({ source: "web-0", text: "hi" });
    expect(
      parseFrame(
        "kubeevents",
        '{"type":"Normal","reason":"Pulled","note":"ok","object":{"kind":"Pod","name":"web-0"}}',
      ),
    ).toEqual({ source: "web-0", text: "Normal Pulled: ok" });
    expect(parseFrame("logs", "not json")).toEqual({ source: "", text: "not json" });
  });
});
