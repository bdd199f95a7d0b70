import type { CommissionMode } from "../../engine/reps";
import { parseTyped, splitList } from "./parse-list";
import type { Problem } from "./tier-draft";

/** How each rep's quota is set: typed per rep, or a team target split by largest remainder. */
export type QuotaMode = "typed" | "equal" | "by-actual";

/** The Reps tab's form as typed (DESIGN.md "Reps and incentives"). */
export interface RepsDraft {
  readonly quotaMode: QuotaMode;
  /** Typed quotas by rep name (quotaMode "typed"). */
  readonly quotas: Readonly<Record<string, string>>;
  /** The team target split across the reps (quotaMode "equal" or "by-actual"). */
  readonly teamTarget: string;
  /** Commission bands: ascending lower bounds and one rate per band. */
  readonly thresholds: string;
  readonly rates: string;
  readonly mode: CommissionMode;
  /** Bands on sales (commission) or on attainment (a bonus as a share of the target bonus). */
  readonly basis: "sales" | "attainment";
  readonly targetBonus: string;
  /** Grade bounds on attainment, best first: "100%, 80%" → Above quota / On track / Below 80%. */
  readonly gradeBounds: string;
  /** Hours per week each rep can give customers (a rep's own figure in capacityByRep wins). */
  readonly capacity: string;
  readonly capacityByRep: Readonly<Record<string, string>>;
  /** Reps who are dedicated account managers (they take the A customers). */
  readonly dedicated: readonly string[];
  /** At most this many A accounts per rep (blank: no cap). */
  readonly maxA: string;
}

export function initialRepsDraft(): RepsDraft {
  return {
    quotaMode: "equal",
    quotas: {},
    teamTarget: "",
    thresholds: "0; 100,000; 200,000",
    rates: "5%, 8%, 12%",
    mode: "marginal",
    basis: "sales",
    targetBonus: "",
    gradeBounds: "100%, 80%",
    capacity: "40",
    capacityByRep: {},
    dedicated: [],
    maxA: "",
  };
}

/**
 * Amounts as typed: "0; 100,000; 200,000" or "0, 100000, 200000". A comma followed by three digits is a thousands
 * separator, so lists of amounts are split on semicolons, Chinese list marks, or a comma followed by a space.
 */
export function splitAmounts(text: string): string[] {
  return text
    .split(/[;；、]+|[,，]\s+|，/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export interface ParsedBands {
  readonly thresholds: number[];
  readonly rates: number[];
}

/** The bands as numbers (rates typed as "5%" or "0.05" → 0.05), or the field's problem. */
export function parseBands(d: RepsDraft): ParsedBands | { problems: Record<string, Problem> } {
  const problems: Record<string, Problem> = {};
  const onAttainment = d.basis === "attainment";
  const boundTexts = splitAmounts(d.thresholds);
  // On attainment the bounds are shares of the quota: "80%" or 0.8.
  const thresholds = boundTexts.map((t) => (onAttainment && t.endsWith("%") ? parseTyped(t) / 100 : parseTyped(t)));
  const unlikelyBound = onAttainment ? boundTexts.find((t, i) => !t.endsWith("%") && thresholds[i] > 10) : undefined;
  if (thresholds.length === 0 || thresholds.some((x) => !Number.isFinite(x)))
    problems.thresholds = { key: "bandsNumbers" };
  else if (unlikelyBound) problems.thresholds = { key: "boundLooksLikePercent", params: { text: unlikelyBound } };
  else if (thresholds.some((x, i) => i > 0 && !(x > thresholds[i - 1])))
    problems.thresholds = { key: "bandsAscending" };
  const rateTexts = splitList(d.rates);
  const rates = rateTexts.map((t) => (t.endsWith("%") ? parseTyped(t) / 100 : parseTyped(t)));
  // "5" as a commission rate is 500 %: more likely 5 % typed without its sign, so it is asked about, not used.
  // (On attainment a rate above 1 is an accelerator: 2 = twice the target bonus per unit above the bound.)
  const unlikely = onAttainment ? undefined : rateTexts.find((t, i) => !t.endsWith("%") && rates[i] > 1);
  if (rates.length === 0 || rates.some((x) => !(Number.isFinite(x) && x >= 0)))
    problems.rates = { key: "ratesNumbers" };
  else if (unlikely) problems.rates = { key: "rateLooksLikePercent", params: { text: unlikely } };
  else if (rates.length !== thresholds.length)
    problems.rates = { key: "ratesCount", params: { bands: thresholds.length, rates: rates.length } };
  return Object.keys(problems).length > 0 ? { problems } : { thresholds, rates };
}

/** The grade bounds typed ("100%, 80%"): two shares of the quota, the higher first; or the field's problem. */
export function parseGradeBounds(text: string): number[] | Problem {
  const parts = splitList(text);
  const bounds = parts.map((t) => (t.endsWith("%") ? parseTyped(t) / 100 : parseTyped(t)));
  if (bounds.length !== 2 || bounds.some((b) => !(Number.isFinite(b) && b >= 0)) || !(bounds[0] > bounds[1]))
    return { key: "gradeBounds" };
  return bounds;
}
