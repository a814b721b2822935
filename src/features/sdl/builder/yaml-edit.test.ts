import { describe, expect, it } from "vitest";
import { editText, openDocOrRefusal, setOptional, setScalar, setStringList } from "./yaml-edit";

describe("yaml-edit", () => {
  it("opens an empty text as an empty document the form can start from", () => {
    expect(typeof openDocOrRefusal("")).toBe("object");
    expect(editText("", (d) => setScalar(d, ["version"], "2.0"))).toBe('version: "2.0"\n');
  });

  it("leaves text the checker refuses, and anchors with aliases, to the YAML editor", () => {
    expect(openDocOrRefusal("a: " + "[".repeat(3_000) + "]".repeat(3_000))).toBe("unreadable");
    expect(openDocOrRefusal("a: [unclosed")).toBe("unreadable");
    expect(openDocOrRefusal("- a\n- b\n")).toBe("unreadable");
    expect(openDocOrRefusal("x: &t { global: true }\ny: *t\n")).toBe("aliases");
  });

  it("keeps a quoted number a string, and writes into an emptied value plainly", () => {
    expect(editText('cpu: "1" # one\n', (d) => setScalar(d, ["cpu"], 2))).toBe('cpu: "2" # one\n');
    expect(editText('image: ""\n', (d) => setScalar(d, ["image"], "nginx"))).toBe("image: nginx\n");
  });

  it("removes an emptied optional field with the maps it leaves empty", () => {
    expect(editText("a:\n  b:\n    c: 1\nd: 2\n", (d) => setOptional(d, ["a", "b", "c"], ""))).toBe("d: 2\n");
  });

  it("changes list items in place so their comments stay", () => {
    const text = "env:\n  - A=1 # first\n  - B=2\n";
    expect(editText(text, (d) => setStringList(d, ["env"], ["A=1", "B=3", "C=4"]))).toBe(
      "env:\n  - A=1 # first\n  - B=3\n  - C=4\n",
    );
    expect(editText(text, (d) => setStringList(d, ["env"], []))).toBe("{}\n");
  });
});
