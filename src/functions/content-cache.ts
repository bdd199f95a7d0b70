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

  /** The prepared work for (tag, values), computing it with `prepare` on a miss. */
  get(tag: string, values: Float64Array, prepare: (values: Float64Array) => T): T {
    const hash = hashFloat64(values);
    const at = this.entries.findIndex((e) => e.hash === hash && e.tag === tag && sameFloat64(e.values, values));
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
    const prepared = prepare(values);
    // A private copy: the caller may reuse or change its array after this call.
    this.entries.unshift({ tag, hash, values: values.slice(), prepared });
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
