import { scaledToUnit } from "../../tiering/power-of-two-scale";
import type { Scheme } from "../../scheme";
import { doubleLiteral, rankShareTier, thresholdTier } from "./cut-sql";
import type { MethodSql, MethodSqlContext } from "./method-sql";

type ScoreOptions = Extract<Scheme["method"], { kind: "score" }>;

/**
 * Score (DESIGN.md "score"): each factor's mid-rank percentile among the rows valid in every factor of the
 * group, p = (count strictly less + (count equal − 1) / 2) / (m − 1) (1 when m = 1; 1 − p for lower-is-better);
 * score = 100 × Σ wᵢ·pᵢ / Σ wᵢ with the weights scaled as the engine scales them (weightedScore: by a power of two,
 * exact) and summed in the same order, in doubles, so equal scores in the engine are equal here.
 */
export function scoreSql(ctx: MethodSqlContext, o: ScoreOptions): MethodSql {
  const { d, src } = ctx;
  const xs = o.factors.map((f, i) => src.number(f.column, `method.factors[${i}].column`));
  const unit = scaledToUnit(o.factors.map((f) => f.weight));
  let unitSum = 0;
  for (const w of unit) unitSum += w;
  const dbl = (e: string) => `CAST(${e} AS ${d.double})`;
  const valid = xs.map((x) => `${x} IS NOT NULL`).join(" AND ");
  const pct = (i: number) =>
    `CASE WHEN m_ = 1 THEN ${dbl("1")} ELSE (${dbl(`lt${i}_`)} + ${dbl(`eq${i}_ - 1`)} / 2) / ${dbl("m_ - 1")} END`;
  const terms = o.factors.map(
    (f, i) => `${doubleLiteral(d, unit[i])} * ${f.direction === "lower" ? `(1 - ${pct(i)})` : pct(i)}`,
  );
  const score = `CASE WHEN ok_ THEN (100 * (${terms.join(" + ")})) / ${doubleLiteral(d, unitSum)} END`;
  const tier = o.then === "thresholds" ? thresholdTier(d, "score_", o.bounds ?? []) : rankShareTier(ctx.shares);
  return {
    stages: [
      { name: "factors_ok", columns: [`(${valid}) AS ok_`] },
      {
        name: "factor_ranks",
        columns: [
          "COUNT(*) OVER (PARTITION BY g, ok_) AS m_",
          ...xs.flatMap((x, i) => [
            `RANK() OVER (PARTITION BY g, ok_ ORDER BY ${x}) - 1 AS lt${i}_`,
            `COUNT(*) OVER (PARTITION BY g, ok_, ${x}) AS eq${i}_`,
          ]),
        ],
      },
      { name: "scored", columns: [`${score} AS score_`] },
    ],
    rankKey: "score_",
    tier,
    labels: ctx.labels,
    outputs: [`score_ AS ${d.ident("score")}`],
  };
}
