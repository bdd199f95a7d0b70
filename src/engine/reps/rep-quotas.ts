import { InputError } from "../errors";
import { allocate } from "../ladder";
import { customerKey } from "../table";
import type { RepRow } from "./rep-figures";

/** A rep's share of a team target: capacity, territory size, last year's sales… (any unit, ≥ 0). */
export interface RepWeight {
  readonly rep: string;
  readonly weight: number;
}

/**
 * Splits a team target into quotas by weights with the largest-remainder allocation (`allocate`):
 * the quotas are whole currency units (yuan, dollars: no cents are split) and always sum to the
 * target exactly. Reps are named as they will be matched to the rep column (customerKey), so the
 * same rep twice is a mistake, named.
 *
 * @param target team target in whole currency units, ≥ 0
 */
export function allocateQuotas(target: number, weights: readonly RepWeight[]): Map<string, number> {
  if (typeof target !== "number" || !Number.isSafeInteger(target) || target < 0)
    throw new InputError(
      "reps.targetInvalid",
      { found: String(target) },
      `The team target must be a whole number of currency units, 0 or more; found ${String(target)}.`,
    );
  const seen = new Map<string, string>();
  weights.forEach(({ rep }, i) => {
    const key = typeof rep === "string" ? customerKey(rep) : "";
    if (key === "") throw new InputError("reps.weightRepMissing", { row: i + 1 }, `Weight ${i + 1} has no rep name.`);
    const first = seen.get(key);
    if (first !== undefined)
      throw new InputError(
        "reps.repRepeated",
        { rep: rep.trim(), first },
        `“${rep.trim()}” is listed twice (the first time as “${first}”); give each rep one weight or one quota.`,
      );
    seen.set(key, rep.trim());
  });
  const parts = allocate(
    target,
    weights.map((w) => w.weight),
  );
  return new Map(weights.map((w, i) => [w.rep.trim(), parts[i]]));
}

/** Reps with an attainment, and the ones that have none or look wrong. */
export interface AttainmentResult {
  readonly rows: RepRow[];
  /** Reps without a quota (attainment left blank). */
  readonly noQuota: readonly string[];
  /** Reps whose quota is 0 (attainment left blank: actual / 0 has no meaning). */
  readonly zeroQuota: readonly string[];
  /** Quotas given for a rep the rep column does not have (a typo, or a rep without customers). */
  readonly unknownReps: readonly string[];
  /**
   * Reps whose attainment is 1,000 % or more, or below 0.1 % with sales: quota and sales are then
   * likely in different units (万 against yuan, thousands against units). Shown, but questioned.
   */
  readonly questioned: readonly string[];
}

/** At or above this attainment (1,000 %) a quota likely is in a smaller unit than the sales. */
export const ATTAINMENT_TOO_HIGH = 10;
/** Below this attainment (0.1 %), with sales, a quota likely is in a larger unit than the sales. */
export const ATTAINMENT_TOO_LOW = 0.001;

/**
 * Adds each rep's quota (typed, or from allocateQuotas; matched on customerKey, so "Wang Li" fits
 * " wang li ") and attainment = actual / quota. Without a quota, or with a quota of 0, the attainment
 * stays undefined (never Infinity or NaN) and the rep is listed; a quota that is not a number ≥ 0
 * is an error naming the rep. The NO_REP row never gets a quota.
 */
export function withAttainment(rows: readonly RepRow[], quotas: ReadonlyMap<string, number>): AttainmentResult {
  const byKey = quotasByKey(quotas);
  const noQuota: string[] = [];
  const zeroQuota: string[] = [];
  const questioned: string[] = [];
  const used = new Set<string>();
  const out = rows.map((row): RepRow => {
    const { quota: _q, attainment: _a, grade: _g, ...figures } = row;
    if (row.unassigned) return figures;
    const key = customerKey(row.rep);
    const quota = byKey.get(key)?.quota;
    if (quota === undefined) {
      noQuota.push(row.rep);
      return figures;
    }
    used.add(key);
    if (quota === 0) {
      zeroQuota.push(row.rep);
      return { ...figures, quota };
    }
    const attainment = row.actual / quota;
    if (attainment >= ATTAINMENT_TOO_HIGH || (row.actual > 0 && attainment < ATTAINMENT_TOO_LOW))
      questioned.push(row.rep);
    return { ...figures, quota, attainment };
  });
  const unknownReps = [...byKey].filter(([key]) => !used.has(key)).map(([, q]) => q.rep);
  return { rows: out, noQuota, zeroQuota, unknownReps, questioned };
}

/** The quotas keyed by customerKey; a quota that is not a number ≥ 0, or a rep given twice, is named. */
function quotasByKey(quotas: ReadonlyMap<string, number>): Map<string, { rep: string; quota: number }> {
  const byKey = new Map<string, { rep: string; quota: number }>();
  for (const [name, quota] of quotas) {
    const rep = String(name).trim();
    const key = customerKey(rep);
    if (key === "") throw new InputError("reps.quotaRepMissing", {}, "A quota has no rep name.");
    if (typeof quota !== "number" || !Number.isFinite(quota) || quota < 0)
      throw new InputError(
        "reps.quotaInvalid",
        { rep, found: String(quota) },
        `The quota of ${rep} must be a number of 0 or more; found ${String(quota)}.`,
      );
    const first = byKey.get(key);
    if (first)
      throw new InputError(
        "reps.repRepeated",
        { rep, first: first.rep },
        `“${rep}” is listed twice (the first time as “${first.rep}”); give each rep one weight or one quota.`,
      );
    byKey.set(key, { rep, quota });
  }
  return byKey;
}
