import type { Dialect } from "./dialect";
import type { SqlPipeline } from "./sql-pipeline";

/**
 * The figures behind every explanation, within the row's group (the engine's rankStats): rank = 1 + rows with a
 * strictly greater key (RANK, "1224"), share_above = (rank − 1) / n over the rows with a key; the value shares
 * along the ABC curve from the positive values only: vabove_ = positive value strictly above / all positive
 * value, cum_value_share = positive value at or above / all positive value (1 for a value ≤ 0; NULL when the
 * group has no positive value). Rows without a key are a partition of their own, so they never count.
 */
export function statsStages(p: SqlPipeline, d: Dialect, key: string): void {
  const pos = "CASE WHEN v > 0 THEN v ELSE 0 END";
  p.add("ranked", [
    `CASE WHEN ${key} IS NOT NULL THEN RANK() OVER (PARTITION BY g, (${key} IS NULL) ORDER BY ${key} DESC) END AS rank_`,
    `COUNT(${key}) OVER (PARTITION BY g) AS n_`,
    "SUM(CASE WHEN v > 0 THEN v END) OVER (PARTITION BY g) AS vtot_",
    `SUM(${pos}) OVER (PARTITION BY g, (v IS NULL) ORDER BY v DESC) AS vcum_`,
    `SUM(${pos}) OVER (PARTITION BY g, (v IS NULL), v) AS vpeer_`,
  ]);
  p.add("stats", [
    `CAST(rank_ - 1 AS ${d.double}) / n_ AS share_above_`,
    "CASE WHEN v IS NOT NULL AND vtot_ > 0 THEN (vcum_ - vpeer_) / vtot_ END AS vabove_",
    "CASE WHEN v IS NULL OR NOT (vtot_ > 0) THEN NULL WHEN v > 0 THEN vcum_ / vtot_ ELSE 1 END AS cum_value_share_",
  ]);
}
