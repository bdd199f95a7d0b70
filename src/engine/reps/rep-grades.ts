import { round9 } from "../cells";
import { NO_TIER, rankShareTiers, thresholdTiers } from "../tiering/numeric";
import type { RepRow } from "./rep-figures";

/**
 * How reps are graded by attainment (DESIGN.md "Reps and incentives": reps tiered by attainment like
 * any value, with the tiering kernels):
 * - thresholds: lower bounds as fractions, highest first (1 = 100 %); a rep whose attainment equals a
 *   bound is in the higher grade (exactly 100 % is "Above quota", exactly 80 % "On track"). Attainment
 *   is rounded to 9 decimals first, so 0.56 / 0.7 counts as exactly 80 %.
 * - rankShare: shares of reps per grade, best first (the top 20 % of reps…); equal attainments share a grade.
 */
export type RepGrading =
  | { readonly kind: "thresholds"; readonly bounds: readonly number[] }
  | { readonly kind: "rankShare"; readonly shares: readonly number[] };

/** Default grading: ≥ 100 % / 80 % to below 100 % / below 80 %. */
export const DEFAULT_REP_GRADING: RepGrading = { kind: "thresholds", bounds: [1, 0.8] };

/** Names of the default grades, best first, in the sheet's languages. */
export const DEFAULT_REP_GRADE_NAMES: Readonly<Record<"en-US" | "zh-CN", readonly string[]>> = {
  "en-US": ["Above quota", "On track", "Below 80%"],
  "zh-CN": ["超额完成", "基本达成", "未达 80%"],
};

/**
 * Sets each rep's grade (0 = best) from its attainment; a rep without an attainment (no quota, a
 * quota of 0, the customers without a rep) gets none and does not count in the rank shares.
 * Bad bounds or shares throw the tiering kernels' own InputErrors (bounds.*, shares.*).
 */
export function gradeReps(rows: readonly RepRow[], grading: RepGrading = DEFAULT_REP_GRADING): RepRow[] {
  const attainment = Float64Array.from(rows, (r) => (r.attainment === undefined ? NaN : round9(r.attainment)));
  const grades =
    grading.kind === "thresholds"
      ? thresholdTiers(attainment, grading.bounds)
      : rankShareTiers(attainment, grading.shares);
  return rows.map((row, i) => {
    const { grade: _old, ...rest } = row;
    return grades[i] === NO_TIER ? rest : { ...rest, grade: grades[i] };
  });
}
