import { InputError } from "../errors";
import type { TierSnapshot } from "./tier-snapshot";

/**
 * The last-run snapshot as stored in the workbook: exact, but compact enough for 1,048,576 customers.
 * - Labels are stored once; each customer's tier is one base-36 digit (an index into `labels`) in the
 *   string `tiers` — or, with more than 36 labels, comma-separated base-36 indexes.
 * - Customer keys are sorted (UTF-16 code-unit order) and front-coded, as in sorted string dictionaries
 *   (Witten, Moffat & Bell, "Managing Gigabytes", 2nd ed., §4.1 "front coding"): each key is written as
 *   `<shared prefix length>,<suffix length>:<suffix>` in base 36, so no character needs escaping and
 *   runs like "Customer 100000", "Customer 100001" cost 5 characters instead of 18.
 * Keys are kept exactly (no hashing), so tier movement counts are never approximate.
 */
export interface CompactSnapshot {
  readonly format: "tierladder-snapshot";
  readonly version: 2;
  readonly takenAt: string;
  readonly labels: readonly string[];
  readonly count: number;
  /** Front-coded sorted customer keys. */
  readonly keys: string;
  /** Tier index per key, in the same order (see above). */
  readonly tiers: string;
}

/** Encodes a snapshot for the workbook settings (see CompactSnapshot). */
export function encodeSnapshot(snapshot: TierSnapshot): CompactSnapshot {
  const customers = Object.keys(snapshot.tiers).sort(compareCodeUnits);
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const indexes: number[] = new Array(customers.length);
  customers.forEach((c, i) => {
    const label = snapshot.tiers[c];
    if (typeof label !== "string")
      throw new InputError(
        "plans.badSnapshot",
        { customer: c },
        `The snapshot gives customer "${c}" a tier that is not text.`,
      );
    let k = labelIndex.get(label);
    if (k === undefined) {
      k = labels.length;
      labels.push(label);
      labelIndex.set(label, k);
    }
    indexes[i] = k;
  });
  const parts: string[] = new Array(customers.length);
  let previous = "";
  customers.forEach((c, i) => {
    let shared = 0;
    const limit = Math.min(previous.length, c.length);
    while (shared < limit && previous.charCodeAt(shared) === c.charCodeAt(shared)) shared++;
    // Never split a surrogate pair: the suffix must start on a whole character.
    if (shared > 0 && shared < c.length && isLowSurrogate(c.charCodeAt(shared))) shared--;
    const suffix = c.slice(shared);
    parts[i] = `${shared.toString(36)},${suffix.length.toString(36)}:${suffix}`;
    previous = c;
  });
  const narrow = labels.length <= 36;
  const tiers = narrow ? indexes.map((k) => k.toString(36)).join("") : indexes.map((k) => k.toString(36)).join(",");
  return {
    format: "tierladder-snapshot",
    version: 2,
    takenAt: snapshot.takenAt,
    labels,
    count: customers.length,
    keys: parts.join(""),
    tiers,
  };
}

/**
 * Decodes what the workbook holds under "lastRun": a CompactSnapshot, or the plain TierSnapshot JSON of
 * earlier versions. Anything else (absent, hand-edited, cut short) gives undefined — no movement is
 * reported rather than a wrong one.
 */
export function decodeSnapshot(stored: unknown): TierSnapshot | undefined {
  if (!stored || typeof stored !== "object") return undefined;
  const s = stored as Partial<CompactSnapshot> & Partial<TierSnapshot>;
  if (s.format !== "tierladder-snapshot") {
    // Version 1: { takenAt, tiers: { customer: label } }.
    if (
      typeof s.takenAt === "string" &&
      s.tiers &&
      typeof s.tiers === "object" &&
      Object.values(s.tiers).every((v) => typeof v === "string")
    )
      return { takenAt: s.takenAt, tiers: s.tiers };
    return undefined;
  }
  if (
    s.version !== 2 ||
    typeof s.takenAt !== "string" ||
    !Array.isArray(s.labels) ||
    typeof s.keys !== "string" ||
    typeof s.tiers !== "string" ||
    typeof s.count !== "number"
  )
    return undefined;
  const labels = s.labels;
  const indexes = labels.length <= 36 ? [...s.tiers] : s.tiers === "" ? [] : s.tiers.split(",");
  if (indexes.length !== s.count) return undefined;
  const tiers: Record<string, string> = Object.create(null) as Record<string, string>;
  const keys = s.keys;
  let at = 0;
  let previous = "";
  for (let i = 0; i < s.count; i++) {
    const comma = keys.indexOf(",", at);
    const colon = keys.indexOf(":", comma + 1);
    if (comma < 0 || colon < 0) return undefined;
    const shared = parseInt(keys.slice(at, comma), 36);
    const length = parseInt(keys.slice(comma + 1, colon), 36);
    if (!(shared >= 0 && shared <= previous.length && length >= 0 && colon + 1 + length <= keys.length))
      return undefined;
    const key = previous.slice(0, shared) + keys.slice(colon + 1, colon + 1 + length);
    const label = labels[parseInt(indexes[i], 36)];
    if (typeof label !== "string") return undefined;
    tiers[key] = label;
    previous = key;
    at = colon + 1 + length;
  }
  if (at !== keys.length) return undefined;
  return { takenAt: s.takenAt, tiers };
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
