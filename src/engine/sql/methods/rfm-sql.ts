import { RFM_CLASSES } from "../../tiering/rfm-classes";
import { RFM_NAMES, rfmGroupIds } from "../../tiering/rfm-names";
import { RFM_PROBABILITIES } from "../../tiering/rfm-scores";
import { RFM_SEGMENTS } from "../../tiering/rfm-segments";
import type { Scheme } from "../../scheme";
import { rankShareTier } from "./cut-sql";
import type { MethodSql, MethodSqlContext } from "./method-sql";

type RfmOptions = Extract<Scheme["method"], { kind: "rfm" }>;

/** How many of a column's four quintile cut points (q1…q4) `x` lies strictly above. */
const above = (x: string, q: string) =>
  RFM_PROBABILITIES.map((_, i) => `CASE WHEN ${x} > ${q}${i + 1} THEN 1 ELSE 0 END`).join(" + ");

/**
 * RFM (DESIGN.md "RFM"): quintile cut points = type-7 quantiles at 0.2/0.4/0.6/0.8 over the group's rows valid in
 * recency, frequency and value (quantile_cont in DuckDB, percentile_cont in PostgreSQL: both interpolate as R's
 * type 7), computed by GROUP BY and joined back on the group (PostgreSQL has no ordered-set aggregate over a
 * window); F, M = 1 + #{q : v > q}, R = 5 − #{q : v > q}. Tiers: the segment table in order (first match, else
 * Others), the eight classes against the group's mean scores (above the mean is high), or rank-share on R + F + M.
 */
export function rfmSql(ctx: MethodSqlContext, o: RfmOptions): MethodSql {
  const { d, src } = ctx;
  const rec = src.role("recency");
  const freq = src.role("frequency");
  const valid = `${rec} IS NOT NULL AND ${freq} IS NOT NULL AND v IS NOT NULL`;
  const q = (x: string, name: string) =>
    RFM_PROBABILITIES.map((p, i) => `${d.quantile7(`CAST(${x} AS ${d.double})`, p)} AS ${name}${i + 1}`);
  const quantiles = `SELECT g AS qg,\n    ${[...q(rec, "qr"), ...q(freq, "qf"), ...q("v", "qm")].join(",\n    ")}\n  FROM rfm_in\n  WHERE ${valid}\n  GROUP BY g`;
  const scores = [
    `CASE WHEN ${valid} THEN 5 - (${above(rec, "qr")}) END AS r_`,
    `CASE WHEN ${valid} THEN 1 + (${above(freq, "qf")}) END AS f_`,
    `CASE WHEN ${valid} THEN 1 + (${above("v", "qm")}) END AS m_`,
  ];
  const stages: NonNullable<MethodSql["stages"]>[number][] = [
    { name: "rfm_in", columns: ["1 AS rfm_in_"] },
    { name: "rfm_q", sql: quantiles },
    { name: "rfm_joined", sql: "SELECT i.*, q.*\n  FROM rfm_in i LEFT JOIN rfm_q q ON i.g = q.qg" },
    { name: "rfm_scored", columns: scores },
    // A stage of its own: PostgreSQL does not let a column refer to an alias of the same SELECT.
    { name: "rfm_sum", columns: ["r_ + f_ + m_ AS score_"] },
  ];
  const outputs = ["r_", "f_", "m_"].map((s) => `${s} AS ${d.ident(`${s[0]}_score`)}`);
  const model = o.model ?? "rfm10";
  if (o.tierBy === "score") {
    return {
      stages,
      rankKey: "score_",
      tier: rankShareTier(ctx.shares),
      labels: ctx.labels,
      outputs: [`score_ AS ${d.ident("score")}`, ...outputs],
    };
  }
  const labels = rfmGroupIds(model).map((id) => RFM_NAMES["en-US"][id]);
  if (model === "rfm8") {
    stages.push({
      name: "rfm_means",
      columns: [
        "AVG(r_) OVER (PARTITION BY g) AS mr_",
        "AVG(f_) OVER (PARTITION BY g) AS mf_",
        "AVG(m_) OVER (PARTITION BY g) AS mm_",
      ],
    });
    const hi = (s: "r" | "f" | "m", high: boolean) => (high ? `${s}_ > m${s}_` : `NOT (${s}_ > m${s}_)`);
    const whens = RFM_CLASSES.map((c, i) => `WHEN ${hi("r", c.r)} AND ${hi("f", c.f)} AND ${hi("m", c.m)} THEN ${i}`);
    return { stages, rankKey: "v", tier: `CASE WHEN r_ IS NULL THEN NULL ${whens.join(" ")} END`, labels, outputs };
  }
  const between = (s: string, [lo, hi]: readonly [number, number]) => `${s}_ BETWEEN ${lo} AND ${hi}`;
  const whens = RFM_SEGMENTS.map(
    (s, i) => `WHEN ${between("r", s.r)} AND ${between("f", s.f)} AND ${between("m", s.m)} THEN ${i}`,
  );
  const tier = `CASE WHEN r_ IS NULL THEN NULL ${whens.join(" ")} ELSE ${RFM_SEGMENTS.length} END`;
  return { stages, rankKey: "v", tier, labels, outputs };
}
