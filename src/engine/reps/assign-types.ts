/** The inputs and result of {@link assignOwners} (DESIGN.md "Reps and incentives", assignment). */

export interface AssignCustomer {
  readonly name: string;
  /** 0 = top tier (A); a whole number ≥ 0. */
  readonly tier: number;
  /** Ranks customers of one tier (higher first); NaN (no value) ranks after every valued customer of its tier. */
  readonly value: number;
  readonly region?: string;
  /** The current owner (a rep's name), if any. */
  readonly owner?: string;
  /** Hours per week from the tier's playbook (≥ 0). */
  readonly hoursPerWeek: number;
}

export interface AssignRep {
  readonly name: string;
  readonly region?: string;
  /** Hours per week (> 0). */
  readonly capacity: number;
  /** A dedicated account manager (专属客户经理): may take A accounts. */
  readonly dedicated?: boolean;
}

export interface AssignOptions {
  /** At most this many A accounts per rep (a whole number ≥ 1; no cap when absent). */
  readonly maxAPerRep?: number;
  /** Tiers counted as "A" (a whole number ≥ 1; default 1: tier 0 only). */
  readonly topTiers?: number;
}

/**
 * Why a customer's suggested owner differs from its current one. "kept" is never in `changes` (a kept
 * customer does not change owner); it is part of the vocabulary for callers that label every row.
 */
export type AssignReason = "kept" | "new" | "over-capacity" | "a-to-dedicated" | "region" | "owner-unknown" | "a-cap";

export type UnassignedReason = "no-capacity" | "no-rep-in-region" | "no-dedicated-rep";

export interface Assignment {
  /** Suggested owner per customer (a rep's name as given), undefined = none could take it. */
  readonly owner: readonly (string | undefined)[];
  /** Customers whose suggested owner is a rep other than their current owner, in customer order. */
  readonly changes: readonly { customer: number; from?: string; to: string; reason: AssignReason }[];
  /** Customers left without an owner, in customer order. */
  readonly unassigned: readonly { customer: number; reason: UnassignedReason }[];
  /** Per rep, in the order given: hours per week now (current owners) and suggested, and A accounts suggested. */
  readonly load: readonly { rep: string; before: number; after: number; capacity: number; aAccounts: number }[];
}
