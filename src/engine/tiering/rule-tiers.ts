import { parseNumber, type CellValue } from "../cells";
import { InputError } from "../errors";
import type { TierIndexes } from "./types";

/** One test on a category column; text is compared trimmed and case-insensitively. */
export type CategoryCondition =
  | { readonly column: number; readonly op: "equals"; readonly value: string }
  | { readonly column: number; readonly op: "one-of"; readonly values: readonly string[] }
  | { readonly column: number; readonly op: "contains"; readonly value: string };

/**
 * One test on a number column, bounds inclusive; cells are read as DESIGN.md "Numbers" reads them
 * (parseNumber), and a cell that is not a number fails the test.
 */
export type RangeCondition =
  | { readonly column: number; readonly op: "at-least"; readonly min: number }
  | { readonly column: number; readonly op: "at-most"; readonly max: number }
  | { readonly column: number; readonly op: "between"; readonly min: number; readonly max: number };

export type RuleCondition = CategoryCondition | RangeCondition;

/** The operators of a number-range condition. */
export const RANGE_OPS = ["at-least", "at-most", "between"] as const;

export function isRangeCondition(c: { readonly op: string }): c is RangeCondition {
  return (RANGE_OPS as readonly string[]).includes(c.op);
}

/** All conditions must hold (an empty list always matches) for the row to get `tier`. */
export interface TierRule {
  readonly when: readonly RuleCondition[];
  readonly tier: number;
}

const norm = (v: CellValue): string =>
  v === null || v === undefined || typeof v === "object" ? "" : String(v).trim().toLocaleLowerCase();

/**
 * The values of a rule that no cell of `column` holds, compared as the rules compare (trimmed,
 * case-insensitive): a rule on "Key acount" would silently match nothing.
 */
export function valuesNotFound(
  column: readonly CellValue[],
  values: readonly string[],
  how: "equals" | "contains" = "equals",
): string[] {
  const present = new Set(column.map(norm));
  if (how === "contains") return values.filter((v) => ![...present].some((s) => s.includes(norm(v))));
  return values.filter((v) => !present.has(norm(v)));
}

/** Whether no cell of `column` is a number (DESIGN.md "Numbers"): a range condition on it matches nothing. */
export function holdsNoNumbers(column: readonly CellValue[]): boolean {
  return !column.some((v) => !Number.isNaN(parseNumber(v)));
}

/** The bounds of a range condition, checked: finite, and min ≤ max for between. */
function rangeTest(c: RangeCondition, at: { rule: number; condition: number }): (x: number) => boolean {
  const min = c.op === "at-most" ? -Infinity : c.min;
  const max = c.op === "at-least" ? Infinity : c.max;
  const bad = (c.op !== "at-most" && !Number.isFinite(min)) || (c.op !== "at-least" && !Number.isFinite(max));
  if (bad || !(min <= max)) {
    const found = c.op === "between" ? `${String(min)} to ${String(max)}` : String(c.op === "at-least" ? min : max);
    throw new InputError(
      "rules.range",
      { rule: at.rule, condition: at.condition, found },
      `rule ${at.rule}, condition ${at.condition}: expected finite bounds with the lower at most the upper, found ${found}.`,
    );
  }
  return (x) => x >= min && x <= max;
}

/** A predicate on one cell, cached per distinct cell value: category and score columns repeat a lot. */
function compile(c: RuleCondition, at: { rule: number; condition: number }): (v: CellValue) => boolean {
  const where = `rule ${at.rule}, condition ${at.condition}`;
  if (isRangeCondition(c)) {
    const inRange = rangeTest(c, at);
    return cached((v) => inRange(parseNumber(v)));
  }
  let test: (s: string) => boolean;
  if (c.op === "equals") {
    const want = norm(c.value);
    test = (s) => s === want;
  } else if (c.op === "one-of") {
    const set = new Set(c.values.map(norm));
    test = (s) => set.has(s);
  } else if (c.op === "contains") {
    const want = norm(c.value);
    test = (s) => s.includes(want);
  } else {
    throw new InputError(
      "rules.op",
      { where, found: String((c as { op: unknown }).op) },
      `${where}: expected an operator "equals", "one-of", "contains", "at-least", "at-most" or "between", found ${String((c as { op: unknown }).op)}.`,
    );
  }
  return cached((v) => test(norm(v)));
}

/** `test` remembered per distinct primitive cell value (error objects are tested each time). */
function cached(test: (v: CellValue) => boolean): (v: CellValue) => boolean {
  const cache = new Map<CellValue, boolean>();
  return (v) => {
    let hit = cache.get(v);
    if (hit === undefined) {
      hit = test(v);
      if (typeof v !== "object" || v === null) cache.set(v, hit);
    }
    return hit;
  };
}

/**
 * Index of the first rule whose conditions all hold, per row (−1 when none does). Rules (DESIGN.md
 * "rules"; like an Excel IFS) combine category conditions, which compare trimmed, case-insensitive
 * text (equals, one of, contains), and number ranges (at least, at most, between; inclusive).
 *
 * @param columns the columns the conditions test, all the same length; conditions refer to them by index
 * @param rules ordered rules; their `tier` is checked (integer ≥ 0) but not used here
 */
export function matchRules(columns: readonly (readonly CellValue[])[], rules: readonly TierRule[]): Int32Array {
  const n = columns.length ? columns[0].length : 0;
  columns.forEach((col, i) => {
    if (col.length !== n) {
      throw new InputError(
        "rules.rows",
        { column: i + 1, expected: n, found: col.length },
        `rules, column ${i + 1}: expected ${n} rows like column 1, found ${col.length}.`,
      );
    }
  });
  const compiled = rules.map((rule, ri) => {
    const where = `rule ${ri + 1}`;
    if (!Number.isInteger(rule.tier) || rule.tier < 0) {
      throw new InputError(
        "rules.tier",
        { rule: ri + 1, found: String(rule.tier) },
        `${where}: expected a tier number ≥ 0, found ${String(rule.tier)}.`,
      );
    }
    return rule.when.map((c, ci) => {
      if (!Number.isInteger(c.column) || c.column < 0 || c.column >= columns.length) {
        throw new InputError(
          "rules.column",
          { rule: ri + 1, condition: ci + 1, found: String(c.column), columns: columns.length },
          `${where}, condition ${ci + 1}: expected a column from 0 to ${columns.length - 1}, found ${String(c.column)}.`,
        );
      }
      return { col: columns[c.column], test: compile(c, { rule: ri + 1, condition: ci + 1 }) };
    });
  });
  const out = new Int32Array(n).fill(-1);
  for (let r = 0; r < n; r++) {
    for (let ri = 0; ri < compiled.length; ri++) {
      let ok = true;
      for (const t of compiled[ri]) {
        if (!t.test(t.col[r])) {
          ok = false;
          break;
        }
      }
      if (ok) {
        out[r] = ri;
        break;
      }
    }
  }
  return out;
}

/**
 * Rules on category and number columns (DESIGN.md "rules"): rules are tried in order and the first
 * whose conditions all hold gives the row its tier; rows no rule matches get `defaultTier`.
 *
 * @param columns the columns the conditions test, all the same length; conditions refer to them by index
 * @param rules ordered rules
 * @param defaultTier tier (≥ 0) for rows no rule matches
 */
export function ruleTiers(
  columns: readonly (readonly CellValue[])[],
  rules: readonly TierRule[],
  defaultTier: number,
): TierIndexes {
  if (!Number.isInteger(defaultTier) || defaultTier < 0) {
    throw new InputError(
      "rules.defaultTier",
      { found: String(defaultTier) },
      `rules: expected the default tier to be a tier number ≥ 0, found ${String(defaultTier)}.`,
    );
  }
  const matched = matchRules(columns, rules);
  const out = new Int32Array(matched.length);
  for (let r = 0; r < matched.length; r++) out[r] = matched[r] < 0 ? defaultTier : rules[matched[r]].tier;
  return out;
}
