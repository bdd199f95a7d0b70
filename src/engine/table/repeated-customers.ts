import { KeptArray } from "../kept-array";
import { customerName } from "./customer-key";
import { customerKeyHash, shownNameHashes } from "./customer-key-hash";
import type { Table } from "./types";

/** Customers of a customer list: rows without a name, and names on more than one row. */
export interface RepeatedCustomers {
  /** Data rows (0-based, ascending) without a customer name: blank, an Excel error, TRUE/FALSE. */
  readonly missing: number[];
  /** Customers named on several rows, in order of their first row: the name as written there, and the grid rows. */
  readonly repeats: { customer: string; rows: number[] }[];
}

/**
 * The key hashes and the hash table, kept from call to call (zeroed before use; 20 bytes a row of the
 * largest list seen): the pane checks the same list again on every keystroke, and on a million rows the
 * first touch of fresh memory costs more than the look-ups themselves.
 */
const hashesKept = new KeptArray((n) => new Int32Array(n));
const slotsKept = new KeptArray((n) => new Int32Array(n));

/**
 * Which rows name no customer, and which customers are named on several rows (same customerKey: trimmed,
 * NFKC, case ignored). Fast on a million rows because nothing is kept per customer: the key hashes
 * (customerKeyHash, no key string built for a plain name) go to a typed array in one pass, then into an
 * open-addressing table of row numbers in a second, tight pass, whose cache misses the processor overlaps
 * (interleaved with reading the names, each miss waited for in turn took most of the time). Keys are
 * built and compared only when two hashes agree. A Map of a million names takes most of a second and a
 * full garbage collection.
 *
 * `shown`: each row's cellText, when the caller has read the column already (tierTable lists the names):
 * the hashes are then taken from that dense list, going back to the row only for TRUE/FALSE or "#…"
 * (see shownNameHashes), instead of from a million separate row arrays again.
 */
export function repeatedCustomers(table: Table, column: number, shown?: readonly string[]): RepeatedCustomers {
  const n = table.rows.length;
  const hashes = hashesKept.take(n);
  const missing: number[] = [];
  for (let i = 0; i < n; i++) {
    const name = shown?.[i];
    const h = customerKeyHash(name !== undefined && shownNameHashes(name) ? name : table.rows[i][column]);
    if (h === undefined) missing.push(i);
    else hashes[i] = h;
  }
  // Per slot: 1 + the data row of the first row with that key (0 = free), and the key's hash.
  // The slot is the hash's top bits: a multiplicative hash mixes every unit of the key into its high
  // bits, while its low bits miss the high half of each pair keyHash takes (long runs of taken slots).
  let bits = 4;
  while (1 << bits < 2 * n) bits++;
  const capacity = 1 << bits;
  const slots = slotsKept.take(2 * capacity).fill(0);
  const keyAt = (i: number) => customerName(table.rows[i][column])!.key;
  const later = new Map<number, number[]>(); // first data row of a key → its later data rows
  for (let i = 0, m = 0; i < n; i++) {
    if (missing[m] === i) {
      m++;
      continue;
    }
    const h = hashes[i];
    let key: string | undefined; // this row's key, built only when a stored row's hash agrees
    let slot = h >>> (32 - bits);
    while (slots[2 * slot] !== 0 && (slots[2 * slot + 1] !== h || keyAt(slots[2 * slot] - 1) !== (key ??= keyAt(i))))
      slot = (slot + 1) & (capacity - 1);
    if (slots[2 * slot] === 0) {
      slots[2 * slot] = i + 1;
      slots[2 * slot + 1] = h;
      continue;
    }
    const first = slots[2 * slot] - 1;
    const rows = later.get(first);
    if (rows) rows.push(i);
    else later.set(first, [i]);
  }
  const repeats = [...later]
    .sort((a, b) => a[0] - b[0])
    .map(([first, rows]) => ({
      customer: customerName(table.rows[first][column])!.name,
      rows: [first, ...rows].map((r) => table.firstRow + r),
    }));
  return { missing, repeats };
}
