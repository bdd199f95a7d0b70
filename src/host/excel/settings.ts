import { isPairAt, utf8Length } from "./utf8-length";
import type { XlContext } from "./xl-types";
import type { Batch } from "./batch";

/**
 * Workbook settings (Excel.SettingCollection, ExcelApi 1.4): values stored in the workbook as JSON, so
 * the scheme and the output registry travel with the file. Keys are prefixed to stay out of other
 * add-ins' way.
 *
 * Settings are small by design: Excel keeps about 2 MB of them in all
 * (https://learn.microsoft.com/javascript/api/office/office.settings, quoted in
 * https://github.com/OfficeDev/office-js/issues/621), and users report InvalidArgument near 1 MB
 * (https://github.com/OfficeDev/office-js/issues/3957). A value is refused above SETTING_MAX_BYTES; the
 * last-run snapshot, which can be several MB, lives in custom XML parts (snapshot-store.ts) with only a
 * small head here.
 *
 * Earlier versions stored large values in pieces under "<key>#a1", "<key>#a2", … with a manifest (piece
 * count, length, FNV-1a hash) under the key itself, alternating generations "a" and "b". Such workbooks
 * still read (resolvePieces), and the next write of the key deletes the pieces (planSettingWrite's
 * stale keys). With SETTING_MAX_BYTES below SETTING_PIECE_BYTES no new pieces are written; the piece
 * writer stays for its callers' generic paths and its own tests.
 */
export const SETTING_PREFIX = "TierLadder.";
/** Largest piece of a chunked setting: UTF-8 bytes of the piece's JSON string. */
export const SETTING_PIECE_BYTES = 1_000_000;
/** Request or response bytes counted per piece on top of its text (key, framing). */
const PIECE_OVERHEAD = 1024;
/** Values larger than this (UTF-8 bytes of the JSON) are not stored (the caller gets a warning or a HostError). */
export const SETTING_MAX_BYTES = 512 * 1024;

/** What the key itself holds when the value is stored in pieces. */
export interface PiecesManifest {
  readonly format: "tierladder-pieces";
  readonly generation: "a" | "b";
  readonly pieces: number;
  /** UTF-8 bytes of each piece's JSON (to read them back in responses under the budget). */
  readonly bytes: readonly number[];
  /** Length of the whole JSON text in UTF-16 code units, and its FNV-1a hash. */
  readonly chars: number;
  readonly hash: string;
}

/** How saving one setting goes: pieces first, then the key itself (value or manifest), then stale pieces deleted. */
export interface SettingWrite {
  readonly key: string;
  readonly pieces: readonly { readonly key: string; readonly value: string; readonly bytes: number }[];
  readonly head: { readonly value: unknown; readonly bytes: number };
  /** Full keys of pieces of an earlier value, deleted with the head. */
  readonly stale: readonly string[];
}

/** Queues loading one setting; read the value after the next sync (undefined when absent). A manifest is returned as is: see resolvePieces. */
export function queueLoadSetting<T>(ctx: XlContext, key: string): () => T | undefined {
  const item = ctx.workbook.settings.getItemOrNullObject(SETTING_PREFIX + key);
  item.load("value");
  // Read by the caller after its next sync: the lint rule cannot see across the returned closure.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  return () => (item.isNullObject ? undefined : (item.value as T));
}

/** Queues storing one small setting (replaces any earlier value). The value must be JSON-serialisable. */
export function queueSaveSetting(ctx: XlContext, key: string, value: unknown): void {
  // Round-trip through JSON so Dates, undefined and class instances are stored exactly as they will be read back.
  ctx.workbook.settings.add(SETTING_PREFIX + key, JSON.parse(JSON.stringify(value ?? null)));
}

/** Queues listing the keys of all settings (keys only, not values); read after the next sync. */
export function queueListSettingKeys(ctx: XlContext): () => string[] {
  const all = ctx.workbook.settings.load("items/key");
  return () => all.items.map((s) => s.key);
}

export function isPiecesManifest(value: unknown): value is PiecesManifest {
  const m = value as Partial<PiecesManifest> | null | undefined;
  return (
    !!m &&
    typeof m === "object" &&
    m.format === "tierladder-pieces" &&
    (m.generation === "a" || m.generation === "b") &&
    typeof m.pieces === "number" &&
    Array.isArray(m.bytes) &&
    m.bytes.length === m.pieces &&
    typeof m.chars === "number" &&
    typeof m.hash === "string"
  );
}

/** Full keys of the pieces stored for `key`, among all setting keys. */
export function piecesOf(key: string, existingKeys: readonly string[]): string[] {
  const pieceOf = new RegExp(`^${escapeRegExp(SETTING_PREFIX + key)}#[ab]\\d+$`);
  return existingKeys.filter((k) => pieceOf.test(k));
}

/**
 * True when both generations of pieces exist (an earlier write failed midway): only the manifest the key
 * holds says which is live, so it must be loaded before planning the next write.
 */
export function needsCurrentHead(key: string, existingKeys: readonly string[]): boolean {
  const pieces = piecesOf(key, existingKeys).map((k) => k.charAt(SETTING_PREFIX.length + key.length + 1));
  return pieces.includes("a") && pieces.includes("b");
}

/**
 * Plans saving `value` under `key`, given every setting key in the workbook and — when needsCurrentHead —
 * what the key holds now. Returns `{ tooBig: bytes }` when the JSON is larger than `maxBytes`.
 */
export function planSettingWrite(
  key: string,
  value: unknown,
  workbook: { readonly keys: readonly string[]; readonly current?: unknown },
  limits: { readonly pieceBytes?: number; readonly maxBytes?: number } = {},
): SettingWrite | { tooBig: number } {
  const { keys: existingKeys, current } = workbook;
  const { pieceBytes = SETTING_PIECE_BYTES, maxBytes = SETTING_MAX_BYTES } = limits;
  const text = JSON.stringify(value ?? null);
  const existingPieces = piecesOf(key, existingKeys);
  const whole = utf8Length(text);
  if (whole > maxBytes) return { tooBig: whole };
  if (whole <= pieceBytes)
    return {
      key,
      pieces: [],
      head: { value: JSON.parse(text), bytes: whole + key.length + 64 },
      stale: existingPieces,
    };
  // The generation not in use: the other one than the manifest's, or than the pieces present.
  const live = isPiecesManifest(current)
    ? current.generation
    : existingPieces.length > 0
      ? existingPieces[0].charAt(SETTING_PREFIX.length + key.length + 1)
      : "b";
  const generation = live === "a" ? "b" : "a";
  const texts = splitByBytes(text, pieceBytes);
  const pieces = texts.map((t, i) => ({
    key: `${SETTING_PREFIX}${key}#${generation}${i + 1}`,
    value: t.text,
    bytes: t.bytes,
  }));
  const manifest: PiecesManifest = {
    format: "tierladder-pieces",
    generation,
    pieces: pieces.length,
    bytes: pieces.map((p) => p.bytes),
    chars: text.length,
    hash: fnv1a(text),
  };
  const keep = new Set(pieces.map((p) => p.key));
  return {
    key,
    pieces,
    head: { value: manifest, bytes: JSON.stringify(manifest).length + key.length + 64 },
    stale: existingPieces.filter((k) => !keep.has(k)),
  };
}

/** Request bytes of writing one piece (for packing steps). */
export function pieceRequestBytes(piece: SettingWrite["pieces"][number]): number {
  return piece.bytes + PIECE_OVERHEAD;
}

/** Queues writing one piece. */
export function queueWritePiece(ctx: XlContext, piece: SettingWrite["pieces"][number]): void {
  ctx.workbook.settings.add(piece.key, piece.value);
}

/** Queues the head (value or manifest) and deleting stale pieces; goes after (or with) the last piece. */
export function queueWriteHead(ctx: XlContext, write: SettingWrite): void {
  ctx.workbook.settings.add(SETTING_PREFIX + write.key, write.head.value);
  for (const k of write.stale) ctx.workbook.settings.getItem(k).delete();
}

/**
 * Turns what a key holds into the stored value: a manifest's pieces are read (as many per sync as fit
 * the response budget), joined, checked against the manifest's length and hash, and parsed. Pieces that
 * are missing or do not add up give undefined.
 */
export async function resolvePieces<T>(io: Batch, key: string, head: unknown): Promise<T | undefined> {
  const { ctx, sync, budget } = io;
  if (!isPiecesManifest(head)) return head as T | undefined;
  const texts: string[] = [];
  let i = 0;
  while (i < head.pieces) {
    const batch: (() => string | undefined)[] = [];
    let bytes = 0;
    while (i < head.pieces && (batch.length === 0 || bytes + head.bytes[i] + PIECE_OVERHEAD <= budget)) {
      bytes += head.bytes[i] + PIECE_OVERHEAD;
      const get = queueLoadSetting<unknown>(ctx, `${key}#${head.generation}${i + 1}`);
      batch.push(() => {
        const v = get();
        return typeof v === "string" ? v : undefined;
      });
      i++;
    }
    await sync();
    for (const get of batch) {
      const t = get();
      if (t === undefined) return undefined;
      texts.push(t);
    }
  }
  const text = texts.join("");
  if (text.length !== head.chars || fnv1a(text) !== head.hash) return undefined;
  return JSON.parse(text) as T;
}

/**
 * Saves one setting on its own (WorkbookHost.saveSetting): a small value in one sync (plus one to delete
 * the pieces of an earlier large value, if any); a large one in pieces, packed into syncs under the
 * request budget, the manifest and the clean-up going with the last piece.
 */
export async function saveSettingValue(io: Batch, key: string, value: unknown): Promise<{ tooBig?: number }> {
  const { ctx, sync, budget } = io;
  const listed = queueListSettingKeys(ctx);
  const small = planSettingWrite(key, value, { keys: [] });
  if ("tooBig" in small) return small;
  if (small.pieces.length === 0) {
    queueWriteHead(ctx, small);
    await sync();
    const stale = piecesOf(key, listed());
    if (stale.length > 0) {
      for (const k of stale) ctx.workbook.settings.getItem(k).delete();
      await sync();
    }
    return {};
  }
  await sync();
  const keys = listed();
  let current: unknown;
  if (needsCurrentHead(key, keys)) {
    const head = queueLoadSetting<unknown>(ctx, key);
    await sync();
    current = head();
  }
  const write = planSettingWrite(key, value, { keys, current }) as SettingWrite;
  let bytes = 0;
  for (const piece of write.pieces) {
    if (bytes > 0 && bytes + piece.bytes + PIECE_OVERHEAD > budget) {
      await sync();
      bytes = 0;
    }
    queueWritePiece(ctx, piece);
    bytes += piece.bytes + PIECE_OVERHEAD;
  }
  if (bytes + write.head.bytes > budget) await sync();
  queueWriteHead(ctx, write);
  await sync();
  return {};
}

/** Cuts text into pieces whose JSON string form is at most `maxBytes` UTF-8 bytes, never inside a surrogate pair. */
export function splitByBytes(text: string, maxBytes: number): { text: string; bytes: number }[] {
  const out: { text: string; bytes: number }[] = [];
  let start = 0;
  let bytes = 2; // the quotes
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = isPairAt(text, i);
    const b = pair ? 4 : charJsonBytes(code);
    if (i > start && bytes + b > maxBytes) {
      out.push({ text: text.slice(start, i), bytes });
      start = i;
      bytes = 2;
    }
    bytes += b;
    if (pair) i++;
  }
  if (text.length > start || out.length === 0) out.push({ text: text.slice(start), bytes });
  return out;
}

/** UTF-8 bytes of `text` written as a JSON string (quotes and escapes included). */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    if (isPairAt(text, i)) {
      bytes += 4;
      i++;
    } else bytes += charJsonBytes(text.charCodeAt(i));
  }
  return bytes;
}

/** UTF-8 bytes of one UTF-16 code unit inside a JSON string (JSON.stringify escapes " \ and control characters). */
function charJsonBytes(code: number): number {
  if (
    code === 0x22 ||
    code === 0x5c ||
    code === 0x08 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0c ||
    code === 0x0d
  )
    return 2;
  if (code < 0x20) return 6; // \u00XX
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 6; // a lone surrogate: JSON.stringify writes \uXXXX (ES2019)
  return 3;
}

/** 32-bit FNV-1a over UTF-16 code units (Fowler–Noll–Vo, IETF draft-eastlake-fnv), as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
