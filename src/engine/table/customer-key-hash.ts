import type { CellValue } from "../cells/cell-value";
import { customerName } from "./customer-key";

/** FNV-1a (32 bits, as a signed integer) of a string's UTF-16 code units. http://www.isthe.com/chongo/tech/comp/fnv/ */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < text.length; c++) h = Math.imul(h ^ text.charCodeAt(c), 0x01000193);
  return h;
}

const isAsciiSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/**
 * fnv1a of the key of a name made only of ASCII and CJK Unified Ideographs (U+4E00–U+9FFF), read straight
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
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = name.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    else if (c >= 0x80 && (c < 0x4e00 || c > 0x9fff)) return undefined;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

/**
 * fnv1a(customerName(value).key), or undefined when the cell names no customer. Fast because a plain
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
  return id && fnv1a(id.key);
}

/**
 * Whether customerKeyHash(cell) is customerKeyHash(shown), `shown` being cellText(cell), the name as the
 * result lists it: for every cell but TRUE/FALSE (shown "true"/"false", no name) and text starting with
 * "#" (an Excel error shows as itself). cellText trims and leaves numbers as String() writes them, as
 * customerName does; a blank or error object shows as "", which names no one either way.
 */
export const shownNameHashes = (shown: string): boolean =>
  shown !== "true" && shown !== "false" && shown.charCodeAt(0) !== 0x23;
