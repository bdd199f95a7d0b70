import type { CellValue } from "../cells/cell-value";
import { customerName } from "./customer-key";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a (32 bits, as a signed integer; http://www.isthe.com/chongo/tech/comp/fnv/) over the string's
 * UTF-16 code units two at a time (one 32-bit word per pair, a last odd unit alone): half the dependent
 * multiplications of one step per unit, which is most of the time spent hashing a million names.
 */
export function keyHash(text: string): number {
  let h = FNV_OFFSET;
  let i = 0;
  for (; i + 1 < text.length; i += 2)
    h = Math.imul(h ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), FNV_PRIME);
  if (i < text.length) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

const isAsciiSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** A code unit of a plain name as the key has it (A–Z lowered), or −1 for one that is not plain. */
const plainUnit = (c: number): number =>
  c < 0x80 ? (c >= 0x41 && c <= 0x5a ? c + 0x20 : c) : c >= 0x4e00 && c <= 0x9fff ? c : -1;

/**
 * keyHash of the key of a name made only of ASCII and CJK Unified Ideographs (U+4E00–U+9FFF), read straight
 * from the name; undefined for any other name, or one that is all spaces. NFKC leaves these characters as
 * they are (https://unicode.org/reports/tr15/: none has a decomposition, none composes) and lower-casing
 * changes only A–Z among them, so the key is the name without the ASCII spaces trim() removes at either
 * end, with A–Z lowered.
 */
function plainKeyHash(name: string): number | undefined {
  let start = 0;
  let end = name.length;
  while (start < end && isAsciiSpace(name.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(name.charCodeAt(end - 1))) end--;
  if (start === end) return undefined;
  let h = FNV_OFFSET;
  let i = start;
  for (; i + 1 < end; i += 2) {
    const a = plainUnit(name.charCodeAt(i));
    const b = plainUnit(name.charCodeAt(i + 1));
    if (a < 0 || b < 0) return undefined;
    h = Math.imul(h ^ (a | (b << 16)), FNV_PRIME);
  }
  if (i < end) {
    const a = plainUnit(name.charCodeAt(i));
    if (a < 0) return undefined;
    h = Math.imul(h ^ a, FNV_PRIME);
  }
  return h;
}

/**
 * keyHash(customerName(value).key), or undefined when the cell names no customer. Fast because a plain
 * name (ASCII, Chinese characters: most names) is hashed as it is read, with no key string built:
 * building a million keys through NFKC takes most of inputReport's time. Text starting with "#" (an
 * Excel error?) and other names go through customerName.
 */
export function customerKeyHash(value: CellValue): number | undefined {
  const text =
    typeof value === "number"
      ? String(value)
      : typeof value === "string" && value.charCodeAt(0) !== 0x23 // "#"
        ? value
        : undefined;
  const plain = text === undefined ? undefined : plainKeyHash(text);
  if (plain !== undefined) return plain;
  const id = customerName(value);
  return id && keyHash(id.key);
}

/**
 * Whether customerKeyHash(cell) is customerKeyHash(shown), `shown` being cellText(cell), the name as the
 * result lists it: for every cell but TRUE/FALSE (shown "true"/"false", no name) and text starting with
 * "#" (an Excel error shows as itself). cellText trims and leaves numbers as String() writes them, as
 * customerName does; a blank or error object shows as "", which names no one either way.
 */
export const shownNameHashes = (shown: string): boolean =>
  shown !== "true" && shown !== "false" && shown.charCodeAt(0) !== 0x23;
