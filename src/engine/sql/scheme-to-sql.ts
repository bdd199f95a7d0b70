import { InputError } from "../errors";
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

/** Whether the statement reads dates: an order list, or a method that counts days. */
const usesDates = (scheme: Scheme) =>
  scheme.source.kind === "orders" || scheme.method.kind === "lifecycle" || scheme.method.kind === "behaviour";

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
  if (scheme.source.history) {
    // The joined order history is a second sheet; the statement reads one table (join it in the database first).
    throw new InputError(
      "sql.history",
      { what: "source.history" },
      "source.history: the scheme joins an order history from another sheet; the SQL reads one table, so join the orders to the customers in the database and export the scheme without the history.",
    );
  }
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
    'Rules as the workbook\'s engine (docs/DESIGN.md "Scheme as SQL"): equal values share a tier; a cell is a number',
    "when its trimmed text is digits with optional thousands separators (1,234.5), sign, fraction and an exponent of",
    "at most 3 digits, whatever the column's type; anything else (blank, other text) gets no tier (tier NULL).",
    ...(usesDates(scheme)
      ? [
          "Dates are Excel serial days: a number from 1 to 2958465, or a text / DATE / TIMESTAMP read as yyyy-mm-dd;",
          `days are counted to the as-of date ${scheme.source.asOf ?? ""}.`,
        ]
      : []),
    ...(m.comment ?? []),
  ];
  return `${comment(top)}\n${p.toSql(`SELECT\n  ${columns.join(",\n  ")}\nFROM ${p.last}`)}`;
}
