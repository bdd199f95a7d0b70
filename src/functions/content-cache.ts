import { hashFloat64, sameFloat64 } from "./content-hash";

interface Entry<T> {
  tag: string;
  hash: number;
  values: Float64Array;
  prepared: T;
}

/**
 * A small least-recently-used cache of work prepared from a list of values (a sorted copy, cut-offs),
 * keyed by the values' content, not by object identity: Excel hands every cell of a copied-down
 * formula a fresh array holding the same numbers. A hit needs the same tag, the same hash and the same
 * values one by one, so changed values can never be served a stale result.
 */
export class ContentCache<T> {
  private entries: Entry<T>[] = [];
  hits = 0;
  misses = 0;

  constructor(private readonly capacity: number) {}

  /**
   * The values of the most recently used entry with `tag` (read-only), so a caller can compare its
   * input with them while reading it (see readVector's `expected`) and skip the hash on a repeat.
   */
  recentValues(tag: string): Float64Array | undefined {
    return this.entries.find((e) => e.tag === tag)?.values;
  }

  /**
   * The prepared work for (tag, values), computing it with `prepare` on a miss. `verifiedEqualTo` is
   * an array from {@link recentValues} that the caller has checked, value by value, to equal `values`;
   * then the entry holding it is used without hashing. Otherwise the values are hashed and compared.
   */
  get(tag: string, values: Float64Array, prepare: (values: Float64Array) => T, verifiedEqualTo?: Float64Array): T {
    let at = verifiedEqualTo ? this.entries.findIndex((e) => e.values === verifiedEqualTo && e.tag === tag) : -1;
    const hash = at >= 0 ? 0 : hashFloat64(values);
    if (at < 0) at = this.entries.findIndex((e) => e.hash === hash && e.tag === tag && sameFloat64(e.values, values));
    if (at >= 0) {
      const entry = this.entries[at];
      // Move to the front: the most recently used entry survives longest.
      if (at > 0) {
        this.entries.splice(at, 1);
        this.entries.unshift(entry);
      }
      this.hits++;
      return entry.prepared;
    }
    this.misses++;
    // A private copy: the caller may reuse or change its array after this call.
    const own = values.slice();
    const prepared = prepare(own);
    this.entries.unshift({ tag, hash, values: own, prepared });
    if (this.entries.length > this.capacity) this.entries.length = this.capacity;
    return prepared;
  }

  /** Forgets everything (tests; a workbook switch). */
  clear(): void {
    this.entries = [];
    this.hits = 0;
    this.misses = 0;
  }

  get size(): number {
    return this.entries.length;
  }
}
