import { describe, expect, it } from "vitest";
import { LogResync } from "./log-resync";

/** Feeds lines of one pod; returns what the page shows and the counts. */
function setup(keep = 100) {
  const resync = new LogResync(keep);
  const shown: string[] = [];
  let repeats = 0;
  let unmatched = false;
  const feed = (pod: string, lines: string[]) => {
    for (const l of lines) {
      const step = resync.push(pod, l);
      shown.push(...step.show.map((s) => `${pod}:${s}`));
      repeats += step.repeats;
      unmatched ||= step.unmatched;
    }
  };
  return { resync, shown, feed, counts: () => ({ repeats, unmatched }) };
}

/** What the provider re-sends with tail=k: the last k lines of the pod's whole log. */
const tail = (log: string[], k: number) => log.slice(Math.max(0, log.length - k));

describe("resuming a log stream", () => {
  it("shows the lines written during the drop once, and none of the re-sent tail twice", () => {
    const { resync, shown, feed, counts } = setup();
    const log = Array.from({ length: 30 }, (_, i) => `12:00:${String(i).padStart(2, "0")} GET /${i}`);
    feed("web-0", log.slice(0, 20));
    resync.reconnecting();
    feed("web-0", tail(log, 15)); // 5 repeats, then the 10 written while away
    feed("web-0", ["12:00:30 GET /30"]);
    expect(shown).toEqual([...log, "12:00:30 GET /30"].map((l) => `web-0:${l}`));
    expect(counts()).toEqual({ repeats: 5, unmatched: false });
    expect(resync.resyncing).toBe(false);
  });

  it("holds a re-sent line only while it could be a repeat, and releases it once a new one arrives", () => {
    const { resync, shown, feed } = setup();
    feed("db-0", ["a", "b", "c"]);
    resync.reconnecting();
    feed("db-0", ["b", "c"]); // quiet pod: nothing new in the tail
    expect(shown).toEqual(["db-0:a", "db-0:b", "db-0:c"]);
    expect(resync.resyncing).toBe(true);
    feed("db-0", ["d"]);
    expect(shown).toEqual(["db-0:a", "db-0:b", "db-0:c", "db-0:d"]);
  });

  it("keeps a line that repeats an earlier one's text when it comes after the overlap", () => {
    const { resync, shown, feed } = setup();
    feed("p", ["a", "b", "c"]);
    resync.reconnecting();
    feed("p", ["a", "b", "c", "a", "b"]); // the app wrote "a", "b" again while we were away
    expect(shown).toEqual(["p:a", "p:b", "p:c", "p:a", "p:b"]);
  });

  it("lines up each pod on its own, whatever the interleaving", () => {
    const { resync, shown, feed } = setup();
    feed("web-0", ["w1", "w2"]);
    feed("web-1", ["v1"]);
    resync.reconnecting();
    feed("web-1", ["v1"]);
    feed("web-0", ["w1"]);
    feed("web-1", ["v2"]);
    feed("web-0", ["w2", "w3"]);
    feed("web-2", ["n1"]); // a replica that started while we were away
    expect(shown).toEqual(["web-0:w1", "web-0:w2", "web-1:v1", "web-1:v2", "web-0:w3", "web-2:n1"]);
  });

  it("says so when the tail shares nothing with what was shown (more written than the tail holds)", () => {
    const { resync, shown, feed, counts } = setup();
    feed("p", ["1", "2", "3"]);
    resync.reconnecting();
    feed("p", ["8", "9"]);
    expect(shown).toEqual(["p:1", "p:2", "p:3", "p:8", "p:9"]);
    expect(counts().unmatched).toBe(true);
  });

  it("survives a second drop in the middle of a resync", () => {
    const { resync, shown, feed } = setup();
    feed("p", ["1", "2", "3"]);
    resync.reconnecting();
    feed("p", ["2"]);
    resync.reconnecting();
    feed("p", ["2", "3", "4"]);
    expect(shown).toEqual(["p:1", "p:2", "p:3", "p:4"]);
  });

  it("remembers only `keep` lines per pod, enough to line up a tail of that size", () => {
    const { resync, shown, feed } = setup(5);
    const log = Array.from({ length: 42 }, (_, i) => `line ${i}`);
    feed("p", log.slice(0, 40));
    resync.reconnecting();
    feed("p", tail(log, 5)); // lines 37-41: three repeats, two new
    expect(shown).toEqual(log.map((l) => `p:${l}`));
  });
});
