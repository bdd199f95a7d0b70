import { customerKey } from "../table/customer-key";
import type { AssignRep } from "./assign-types";

/**
 * The reps of an assignment, indexed: names and regions are matched as `customerKey` matches customer
 * names (trimmed, NFKC, lower case), so an owner typed "alice " is the rep "Alice" and the region "East"
 * is "east". A blank region is none ("").
 */
export interface Roster {
  readonly names: readonly string[];
  readonly capacity: Float64Array;
  readonly dedicated: Uint8Array;
  /** Each rep's region key ("" = none). */
  readonly region: readonly string[];
  readonly anyDedicated: boolean;
  /** The region keys some rep has. */
  readonly regions: ReadonlySet<string>;
  /** The matching key of an owner or a region ("" = blank or none). */
  key(text: string | undefined): string;
  /** The rep a key names, or -1 when it names no rep. */
  repOf(key: string): number;
}

/** customerKey with a cache: owners and regions repeat on most rows, so each distinct text is keyed once. */
function cachedKey(): (text: string | undefined) => string {
  const cache = new Map<string, string>();
  return (text) => {
    if (typeof text !== "string") return "";
    let key = cache.get(text);
    if (key === undefined) {
      key = customerKey(text);
      cache.set(text, key);
    }
    return key;
  };
}

export function buildRoster(reps: readonly AssignRep[]): Roster {
  const keyOf = cachedKey();
  const byKey = new Map<string, number>();
  reps.forEach((rep, r) => byKey.set(customerKey(rep.name), r));
  const region = reps.map((rep) => keyOf(rep.region));
  return {
    names: reps.map((rep) => rep.name),
    capacity: Float64Array.from(reps, (rep) => rep.capacity),
    dedicated: Uint8Array.from(reps, (rep) => (rep.dedicated === true ? 1 : 0)),
    region,
    anyDedicated: reps.some((rep) => rep.dedicated === true),
    regions: new Set(region.filter((g) => g !== "")),
    key: keyOf,
    repOf: (key) => byKey.get(key) ?? -1,
  };
}
