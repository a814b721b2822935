import { describe, expect, it } from "vitest";
import { WrongPassphraseError } from "./crypto";
import { BackupFileError, peekBackup, readBackup, writeBackup, type BackupData } from "./format";

const DATA: BackupData = {
  secrets: false,
  preferences: { "akash-console:theme": "dark" },
  endpoints: {},
  names: [{ networkId: "local", owner: "akash1o", names: { "12": "web" } }],
  drafts: [{ id: "d1", name: "web", sdl: "version: '2.0'\n", updatedAt: 5 }],
  topUps: [],
  alertRules: [],
  records: [],
  receipts: [],
};
const AT = "2026-12-03T18:00:00.000Z";

describe("backup file", () => {
  it("round-trips a plain file, and says it is not encrypted", async () => {
    const text = await writeBackup(DATA, AT, null);
    expect(peekBackup(text)).toEqual({ exportedAt: AT, encrypted: false });
    expect(await readBackup(text, null)).toEqual(DATA);
  });

  it("encrypts with PBKDF2 parameters in the header and round-trips with the passphrase", async () => {
    const text = await writeBackup({ ...DATA, secrets: true }, AT, "correct horse battery");
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file.data).toBeUndefined();
    expect(file.encryption).toMatchObject({
      cipher: "AES-256-GCM",
      kdf: "PBKDF2-SHA-256",
      iterations: 600_000,
    });
    expect(text).not.toContain("web");
    expect(peekBackup(text).encrypted).toBe(true);
    expect(await readBackup(text, "correct horse battery")).toEqual({ ...DATA, secrets: true });
    await expect(readBackup(text, "wrong horse battery")).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(readBackup(text, null)).rejects.toThrow(/encrypted: enter its passphrase/);
  });

  it("uses a new salt and IV each time", async () => {
    const a = JSON.parse(await writeBackup(DATA, AT, "correct horse battery")) as {
      encryption: { salt: string; iv: string };
    };
    const b = JSON.parse(await writeBackup(DATA, AT, "correct horse battery")) as {
      encryption: { salt: string; iv: string };
    };
    expect(a.encryption.salt).not.toBe(b.encryption.salt);
    expect(a.encryption.iv).not.toBe(b.encryption.iv);
  });

  it("refuses a changed header of an encrypted file (it is the additional data)", async () => {
    const file = JSON.parse(await writeBackup(DATA, AT, "correct horse battery")) as Record<string, unknown>;
    const text = JSON.stringify({ ...file, exportedAt: "2020-01-01T00:00:00.000Z" });
    await expect(readBackup(text, "correct horse battery")).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it("refuses secrets in a plain file, a newer version, a hostile KDF, corrupt JSON and damaged data", async () => {
    await expect(writeBackup({ ...DATA, secrets: true }, AT, null)).rejects.toBeInstanceOf(BackupFileError);
    const plain = JSON.parse(await writeBackup(DATA, AT, null)) as Record<string, unknown>;
    await expect(readBackup(JSON.stringify({ ...plain, version: 2 }), null)).rejects.toThrow(
      /newer console \(format version 2\)/,
    );
    const enc = JSON.parse(await writeBackup(DATA, AT, "correct horse battery")) as { encryption: object };
    const hostile = { ...enc, encryption: { ...enc.encryption, iterations: 1e12 } };
    await expect(readBackup(JSON.stringify(hostile), "x")).rejects.toThrow(/header is damaged/);
    const text = await writeBackup(DATA, AT, null);
    await expect(readBackup(text.slice(0, 40), null)).rejects.toThrow(/not JSON/);
    await expect(
      readBackup(JSON.stringify({ ...plain, data: { ...DATA, drafts: [{ id: 1 }] } }), null),
    ).rejects.toThrow(/contents are damaged/);
    await expect(readBackup("{}", null)).rejects.toThrow(/not a console backup/);
  });
});
