// The backup file: one JSON object. Its header (format, version, when, and the KDF parameters
// when encrypted) is always readable; the data is either in `data` or, encrypted, in `ciphertext`.
// Version 1. A file from a newer version is refused before anything is read or changed.
import * as z from "zod/mini";
import { decryptText, encryptText, encryptionSchema, newEncryption, type Encryption } from "./crypto";

export const BACKUP_FORMAT = "akash-console-backup";
export const BACKUP_VERSION = 1;

const draft = z.object({ id: z.string(), name: z.string(), sdl: z.string(), updatedAt: z.number() });

export const backupDataSchema = z.object({
  /** env values and deployment records (manifests) included: only ever in an encrypted file */
  secrets: z.boolean(),
  /** storage key → value, for the simple preferences (theme, presenter, reasons, time-left) */
  preferences: z.record(z.string(), z.unknown()),
  /** custom endpoints per network */
  endpoints: z.record(z.string(), z.object({ rpc: z.array(z.string()), rest: z.array(z.string()) })),
  names: z.array(
    z.object({ networkId: z.string(), owner: z.string(), names: z.record(z.string(), z.string()) }),
  ),
  drafts: z.array(draft),
  topUps: z.array(z.object({ networkId: z.string(), settings: z.unknown() })),
  alertRules: z.array(z.unknown()),
  records: z.array(
    z.object({ networkId: z.string(), owner: z.string(), dseq: z.string(), record: z.unknown() }),
  ),
  /** the receipts chain, oldest first (verified on import) */
  receipts: z.array(z.unknown()),
});
export type BackupData = z.infer<typeof backupDataSchema>;
export type BackupDraft = z.infer<typeof draft>;

const header = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  exportedAt: z.string(),
  encryption: z.nullable(encryptionSchema),
});
type Header = z.infer<typeof header>;

export class BackupFileError extends Error {
  override name = "BackupFileError";
}

/** The additional data of the encryption: the header, in a fixed field order. */
function headerText(h: Header): string {
  return JSON.stringify({
    format: h.format,
    version: h.version,
    exportedAt: h.exportedAt,
    encryption: h.encryption,
  });
}

export async function writeBackup(
  data: BackupData,
  exportedAt: string,
  passphrase: string | null,
): Promise<string> {
  if (data.secrets && !passphrase)
    throw new BackupFileError("Secrets are only ever exported in an encrypted file.");
  const encryption: Encryption | null = passphrase ? newEncryption() : null;
  const h: Header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, encryption };
  const body = passphrase
    ? { ciphertext: await encryptText(JSON.stringify(data), passphrase, encryption!, headerText(h)) }
    : { data };
  return `${JSON.stringify({ ...h, ...body }, null, 2)}\n`;
}

export interface OpenedHeader {
  exportedAt: string;
  encrypted: boolean;
}

function parseHeader(text: string): { h: Header; raw: Record<string, unknown> } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BackupFileError("This file is not JSON: it is not a console backup, or it was cut short.");
  }
  const rec = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  if (rec?.format !== BACKUP_FORMAT) throw new BackupFileError("This file is not a console backup.");
  if (typeof rec.version === "number" && rec.version > BACKUP_VERSION)
    throw new BackupFileError(
      `This backup was made by a newer console (format version ${rec.version}); this one reads up to version ${BACKUP_VERSION}. Update the console, then import it.`,
    );
  const parsed = header.safeParse(rec);
  if (!parsed.success || parsed.data.version < 1)
    throw new BackupFileError(
      "The backup's header is damaged (its version or encryption fields are not valid).",
    );
  return { h: parsed.data, raw: rec };
}

/** What can be said before the passphrase: whether it is encrypted, and when it was made. */
export function peekBackup(text: string): OpenedHeader {
  const { h } = parseHeader(text);
  return { exportedAt: h.exportedAt, encrypted: h.encryption !== null };
}

/** Reads and checks a backup; throws BackupFileError or WrongPassphraseError with a sentence. */
export async function readBackup(text: string, passphrase: string | null): Promise<BackupData> {
  const { h, raw } = parseHeader(text);
  let data: unknown = raw.data;
  if (h.encryption) {
    if (!passphrase) throw new BackupFileError("This backup is encrypted: enter its passphrase.");
    if (typeof raw.ciphertext !== "string")
      throw new BackupFileError("The encrypted backup has no ciphertext.");
    let plain: string;
    try {
      plain = await decryptText(raw.ciphertext, passphrase, h.encryption, headerText(h));
    } catch (err) {
      if (err instanceof DOMException)
        throw new BackupFileError("The backup's encryption fields are damaged.");
      throw err;
    }
    try {
      data = JSON.parse(plain);
    } catch {
      throw new BackupFileError("The decrypted backup is not JSON.");
    }
  }
  const parsed = backupDataSchema.safeParse(data);
  if (!parsed.success)
    throw new BackupFileError("The backup's contents are damaged: some of its data has the wrong shape.");
  if (parsed.data.secrets && !h.encryption)
    throw new BackupFileError(
      "This backup claims to hold secrets but is not encrypted: it was not made by the console.",
    );
  return parsed.data;
}
