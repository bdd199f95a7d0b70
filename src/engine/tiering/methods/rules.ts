import { z } from "zod";
import type { CellValue } from "../../cells";
import { matchRules, type RuleCondition } from "../rule-tiers";
import type { ColumnRef } from "./column-ref";
import { ruleConditionSchema } from "./rule-condition-schema";
import { rulesProblem, rulesToFields, rulesToOptions } from "./rules-form";
import type { MethodContext, MethodRun, TieringMethod } from "./tiering-method";

const schema = z.object({
  kind: z.literal("rules"),
  rules: z
    .array(z.object({ when: z.array(ruleConditionSchema), tier: z.number().int().min(0) }))
    .min(1, { message: "expected at least 1 rule" }),
  defaultTier: z.number().int().min(0),
});
type RulesOptions = z.infer<typeof schema>;

/** The tier of each row's matching rule (matched[i] = rule index, −1 = none → the default tier). */
function ruleTiersOf(matched: Int32Array, ruleTier: readonly number[], defaultTier: number): Int32Array {
  const out = new Int32Array(matched.length);
  for (let i = 0; i < matched.length; i++) out[i] = matched[i] < 0 ? defaultTier : ruleTier[matched[i]];
  return out;
}

function run(o: RulesOptions, ctx: MethodContext): MethodRun {
  // Each column the rules name is read once, however many conditions test it.
  const used: number[] = [];
  const local = (ref: ColumnRef, what: string) => {
    const c = ctx.resolve(ref, what);
    let j = used.indexOf(c);
    if (j < 0) j = used.push(c) - 1;
    return j;
  };
  const rules = o.rules.map((rule, ri) => ({
    tier: rule.tier,
    when: rule.when.map(
      (c, ci) => ({ ...c, column: local(c.column, `method.rules[${ri}].when[${ci}].column`) }) as RuleCondition,
    ),
  }));
  const columns = used.map((c) => ctx.cells(c));
  const matched = matchRules(columns.length ? columns : [new Array<CellValue>(ctx.n).fill(null)], rules);
  return {
    tier: ruleTiersOf(
      matched,
      rules.map((rule) => rule.tier),
      o.defaultTier,
    ),
    details: { ruleIndex: matched },
  };
}

/**
 * Rules (DESIGN.md "rules"): the first rule whose conditions (category tests and number ranges, each on
 * its own column) all hold gives the tier, else the default tier.
 */
export const rules = {
  kind: "rules",
  schema,
  needsShares: () => false,
  check: (o, k, issue) => {
    o.rules.forEach((r, i) => {
      if (r.tier >= k) issue(["method", "rules", i, "tier"], `expected a tier from 0 to ${k - 1}, found ${r.tier}`);
    });
    if (o.defaultTier >= k)
      issue(["method", "defaultTier"], `expected a tier from 0 to ${k - 1}, found ${o.defaultTier}`);
  },
  needsValue: false,
  grouped: false,
  run,
  explain: (result, row) => {
    const ri = result.method.ruleIndex?.[row];
    if (ri === undefined) return {};
    return ri < 0
      ? {
          because: {
            key: "explain.because.defaultRule",
            params: { rule: 0 },
            text: "no rule matched, so it gets the default tier",
          },
        }
      : { because: { key: "explain.because.rule", params: { rule: ri + 1 }, text: `rule ${ri + 1} matched` } };
  },
  form: {
    controls: () => [{ type: "rules", problem: "rules" }],
    problems: (f, ctx) => {
      const problem = rulesProblem(f, ctx);
      return problem ? { rules: problem } : {};
    },
    toOptions: (f, ctx) => ({ kind: "rules", rules: rulesToOptions(f.rules, ctx), defaultTier: f.defaultTier }),
    toFields: (o) => ({ rules: rulesToFields(o.rules), defaultTier: o.defaultTier }),
  },
} satisfies TieringMethod<RulesOptions>;
