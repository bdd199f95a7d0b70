import { parseScheme, type Scheme } from "../scheme";
import { methodOf } from "../tiering/methods";
import { dialectOf, stringLiteral } from "./dialect";
import { behaviourSql } from "./methods/behaviour-sql";
import { fixedBoundsSql } from "./methods/fixed-bounds-sql";
import { lifecycleSql } from "./methods/lifecycle-sql";
import type { MethodSql, MethodSqlContext } from "./methods/method-sql";
import { rankShareSql } from "./methods/rank-share-sql";
import { rfmSql } from "./methods/rfm-sql";
import { rulesSql } from "./methods/rules-sql";
import { scoreSql } from "./methods/score-sql";
import { thresholdsSql } from "./methods/thresholds-sql";
import { valueShareSql } from "./methods/value-share-sql";
import { SqlPipeline } from "./sql-pipeline";
import { SourceContext } from "./sql-source";
import { statsStages } from "./stats-sql";
import type { SchemeSqlOptions } from "./sql-types";

function methodSql(scheme: Scheme, ctx: MethodSqlContext): MethodSql {
  const m = scheme.method;
  switch (m.kind) {
    case "rank-share":
      return rankShareSql(ctx);
    case "value-share":
      return valueShareSql(ctx);
    case "thresholds":
      return thresholdsSql(ctx, m.bounds);
    case "computed":
    case "breaks":
      return fixedBoundsSql(ctx, m.kind);
    case "score":
      return scoreSql(ctx, m);
    case "rfm":
      return rfmSql(ctx, m);
    case "rules":
      return rulesSql(ctx, m);
    case "lifecycle":
      return lifecycleSql(ctx, m);
    case "behaviour":
      return behaviourSql(ctx, m);
  }
}

/** `-- ` lines; a line break inside a text cannot end the comment early. */
const comment = (lines: readonly string[]) => lines.map((l) => `-- ${l.replace(/[\r\n]+/g, " ")}`).join("\n");

/**
 * One SQL statement: every customer with its key column, `tier` (label, NULL = no tier), `rank`, `share_above`,
 * `cum_value_share`, and `score` or `r_score`/`f_score`/`m_score` where the method has them. Throws InputError
 * naming the field for a scheme it cannot express (unknown column, a method with no SQL form).
 * The rules are the engine's (docs/DESIGN.md "Scheme as SQL").
 */
export function schemeToSql(schemeInput: Scheme, options: SchemeSqlOptions): string {
  const scheme = parseScheme(schemeInput);
  const d = dialectOf(options.dialect);
  const method = methodOf(scheme.method);
  const src = new SourceContext({
    d,
    scheme,
    source: options.source,
    grouped: method.grouped,
    recentDays: method.recentDays?.(scheme.method),
  });
  const m = methodSql(scheme, {
    d,
    src,
    labels: scheme.tiers.labels,
    shares: scheme.tiers.shares,
    fixedBounds: options.fixedBounds,
  });
  const source = src.build();
  const [first, ...rest] = source.ctes;
  const p = new SqlPipeline(first);
  for (const cte of rest) p.raw(cte.name, cte.sql);
  for (const s of m.stages ?? []) {
    if (s.sql !== undefined) p.raw(s.name, s.sql);
    else p.add(s.name, s.columns ?? []);
  }
  statsStages(p, d, m.rankKey);
  p.add("tiered", [`${m.tier} AS tier_`]);
  const labels = m.labels.map((l, i) => `WHEN ${i} THEN ${stringLiteral(l)}`).join(" ");
  const columns = [
    `key_ AS ${d.ident(source.keyName)}`,
    `CASE tier_ ${labels} END AS ${d.ident("tier")}`,
    `rank_ AS ${d.ident("rank")}`,
    `share_above_ AS ${d.ident("share_above")}`,
    `cum_value_share_ AS ${d.ident("cum_value_share")}`,
    ...(m.outputs ?? []),
  ];
  const top = [
    `TierLadder scheme as SQL (${d.name}): method ${scheme.method.kind}, ${scheme.source.kind === "orders" ? "order lines summed per customer" : "one row per customer"}${src.grouped && scheme.groupBy !== undefined ? ", tiered within each group" : ""}.`,
    'Rules as the workbook\'s engine (docs/DESIGN.md "Scheme as SQL"): equal values share a tier; a value that is',
    'not a number (DESIGN.md "Numbers": trimmed text, thousands separators allowed) gets no tier (tier NULL).',
    ...(m.comment ?? []),
  ];
  return `${comment(top)}\n${p.toSql(`SELECT\n  ${columns.join(",\n  ")}\nFROM ${p.last}`)}`;
}
