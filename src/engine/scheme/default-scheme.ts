import type { Scheme } from "./scheme-schema";

/** The default: rank-share 20/30/50 % of customers into A/B/C on a customer list (DESIGN.md). */
export function defaultScheme(): Scheme {
  return {
    version: 1,
    source: { kind: "customers", columns: {} },
    method: { kind: "rank-share" },
    tiers: { labels: ["A", "B", "C"], shares: [20, 30, 50] },
  };
}
