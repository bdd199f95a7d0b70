import type { Scheme } from "../../scheme";
import { stringLiteral } from "../dialect";
import { doubleLiteral } from "./cut-sql";
import type { MethodSql, MethodSqlContext } from "./method-sql";

type RulesOptions = Extract<Scheme["method"], { kind: "rules" }>;
type Condition = RulesOptions["rules"][number]["when"][number];

/** Text compared as the rules compare it: trimmed, lower case (SQL LOWER; the engine's toLocaleLowerCase). */
const norm = (s: string) => stringLiteral(s.trim().toLocaleLowerCase());

/**
 * Rules (DESIGN.md "rules"): the first rule whose conditions all hold gives the tier, else the default tier.
 * Category tests compare the cell's text trimmed and in lower case (a blank is ''); number ranges read the cell
 * by DESIGN.md "Numbers", bounds included, and a cell that is not a number fails them (NULL is not TRUE).
 */
export function rulesSql(ctx: MethodSqlContext, o: RulesOptions): MethodSql {
  const { d, src } = ctx;
  const test = (c: Condition, what: string): string => {
    if (c.op === "equals") return `${src.text(c.column, what)} = ${norm(c.value)}`;
    if (c.op === "one-of") return `${src.text(c.column, what)} IN (${c.values.map(norm).join(", ")})`;
    if (c.op === "contains") return `strpos(${src.text(c.column, what)}, ${norm(c.value)}) > 0`;
    const x = src.number(c.column, what);
    if (c.op === "at-least") return `${x} >= ${doubleLiteral(d, c.min)}`;
    if (c.op === "at-most") return `${x} <= ${doubleLiteral(d, c.max)}`;
    return `${x} BETWEEN ${doubleLiteral(d, c.min)} AND ${doubleLiteral(d, c.max)}`;
  };
  const whens = o.rules.map((rule, ri) => {
    const all = rule.when.map((c, ci) => `(${test(c, `method.rules[${ri}].when[${ci}].column`)})`);
    return `WHEN ${all.length ? all.join(" AND ") : "TRUE"} THEN ${rule.tier}`;
  });
  return { rankKey: "v", tier: `CASE ${whens.join(" ")} ELSE ${o.defaultTier} END`, labels: ctx.labels };
}
