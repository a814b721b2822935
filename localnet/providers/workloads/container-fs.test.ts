import { describe, expect, it } from "vitest";
import { ContainerFs, resolvePath } from "./container-fs.ts";

function setup() {
  return new ContainerFs({ "/etc/hostname": "pod\n", "/tmp/": "" }, { maxFiles: 8, maxBytes: 64 });
}

describe("the container's in-memory file system", () => {
  it("resolves paths inside its own tree: .. never climbs above /", () => {
    expect(resolvePath("/tmp", "../../../etc/./hostname")).toBe("/etc/hostname");
    expect(resolvePath("/", "a//b/")).toBe("/a/b");
    expect(setup().read("/../../etc/hostname").toString()).toBe("pod\n");
  });

  it("lists, writes, appends and removes with the errors a shell prints", () => {
    const fs = setup();
    expect(fs.list("/")).toEqual(["etc", "tmp"]);
    fs.write("/tmp/a", Buffer.from("1"));
    fs.write("/tmp/a", Buffer.from("2"), true);
    expect(fs.read("/tmp/a").toString()).toBe("12");
    expect(() => fs.read("/tmp")).toThrow("Is a directory");
    expect(() => fs.write("/nope/a", Buffer.from(""))).toThrow("No such file or directory");
    expect(() => fs.remove("/tmp")).toThrow("Is a directory");
    fs.remove("/tmp", true);
    expect(fs.stat("/tmp/a")).toBeUndefined();
  });

  it("refuses to grow past its files and bytes, and frees what is removed", () => {
    const fs = setup();
    expect(() => fs.write("/tmp/big", Buffer.alloc(100))).toThrow("No space left on device");
    fs.write("/tmp/half", Buffer.alloc(50));
    expect(() => fs.write("/tmp/more", Buffer.alloc(20))).toThrow("No space left on device");
    fs.remove("/tmp/half");
    fs.write("/tmp/more", Buffer.alloc(20));
    for (let i = 0; i < 3; i++) fs.mkdir(`/d${i}`);
    expect(() => fs.mkdir("/d9")).toThrow("No space left on device");
  });
});
