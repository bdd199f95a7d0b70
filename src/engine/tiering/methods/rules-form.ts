import { isRangeCondition } from "../rule-tiers";
import type { ConditionFields, FormContext, MethodFields, Problem, RuleFields } from "./method-form";
import type { RuleConditionOption } from "./rule-condition-schema";

type RuleOption = { when: RuleConditionOption[]; tier: number };

/** A condition as a new rule or "Add condition" starts it: no column yet, "is one of". */
export const NEW_CONDITION: ConditionFields = { op: "one-of", values: "", min: "", max: "" };

/** The column a condition's field names, in the table (a role resolved against the table's roles). */
export function conditionColumn(c: ConditionFields, ctx: Pick<FormContext, "roleColumn">): number | undefined {
  return typeof c.column === "string" ? ctx.roleColumn(c.column) : c.column;
}

/** The first problem of one condition, typed as it is (rule and condition counted from 1). */
function conditionProblem(c: ConditionFields, at: { rule: number; condition: number }, ctx: FormContext) {
  if (conditionColumn(c, ctx) === undefined) return { key: "ruleColumnMissing", params: at };
  if (c.op === "one-of" ? ctx.list(c.values).length === 0 : !isRangeOp(c.op) && c.values.trim() === "") {
    return { key: "ruleValueMissing", params: at };
  }
  if (!isRangeOp(c.op)) return undefined;
  const typed = [...(c.op !== "at-most" ? [c.min] : []), ...(c.op !== "at-least" ? [c.max] : [])];
  for (const text of typed) {
    if (text.trim() === "") return { key: "ruleBoundMissing", params: at };
    if (Number.isNaN(ctx.number(text))) return { key: "ruleBoundNotNumber", params: { ...at, text } };
  }
  const min = ctx.number(c.min);
  const max = ctx.number(c.max);
  if (c.op === "between" && min > max) return { key: "ruleBoundsOrder", params: { ...at, min: c.min, max: c.max } };
  return undefined;
}

const isRangeOp = (op: ConditionFields["op"]) => isRangeCondition({ op });

/** The first problem of the rules as typed, shown under the rules editor. */
export function rulesProblem(f: MethodFields, ctx: FormContext): Problem | undefined {
  if (f.rules.length === 0) return { key: "rulesNone" };
  for (let i = 0; i < f.rules.length; i++) {
    const rule = f.rules[i];
    if (rule.when.length === 0) return { key: "ruleNoConditions", params: { rule: i + 1 } };
    for (let j = 0; j < rule.when.length; j++) {
      const p = conditionProblem(rule.when[j], { rule: i + 1, condition: j + 1 }, ctx);
      if (p) return p;
    }
  }
  return undefined;
}

/** A condition as typed (valid, see rulesProblem) → the scheme's condition. */
function conditionOption(c: ConditionFields, ctx: FormContext): RuleConditionOption {
  const column = c.column ?? 0;
  switch (c.op) {
    case "one-of":
      return { column, op: c.op, values: ctx.list(c.values) };
    case "equals":
    case "contains":
      return { column, op: c.op, value: c.values.trim() };
    case "at-least":
      return { column, op: c.op, min: ctx.number(c.min) };
    case "at-most":
      return { column, op: c.op, max: ctx.number(c.max) };
    case "between":
      return { column, op: c.op, min: ctx.number(c.min), max: ctx.number(c.max) };
  }
}

/** The scheme's condition → the fields the pane edits (a saved scheme, also one from before conditions had columns of their own). */
function conditionFields(c: RuleConditionOption): ConditionFields {
  const base = { column: c.column, op: c.op, values: "", min: "", max: "" };
  switch (c.op) {
    case "one-of":
      return { ...base, values: c.values.join(", ") };
    case "equals":
    case "contains":
      return { ...base, values: c.value };
    case "at-least":
      return { ...base, min: String(c.min) };
    case "at-most":
      return { ...base, max: String(c.max) };
    case "between":
      return { ...base, min: String(c.min), max: String(c.max) };
  }
}

export const rulesToOptions = (rules: readonly RuleFields[], ctx: FormContext): RuleOption[] =>
  rules.map((r) => ({ when: r.when.map((c) => conditionOption(c, ctx)), tier: r.tier }));

export const rulesToFields = (rules: readonly RuleOption[]): RuleFields[] =>
  rules.map((r) => ({ when: r.when.map(conditionFields), tier: r.tier }));
