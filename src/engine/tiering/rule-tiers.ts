import type { CellValue } from "../cells";
import { InputError } from "../errors";
import type { TierIndexes } from "./types";

/** One test on a categorical column; text is compared trimmed and case-insensitively. */
export type RuleCondition =
  | { readonly column: number; readonly op: "equals"; readonly value: string }
  | { readonly column: number; readonly op: "one-of"; readonly values: readonly string[] }
  | { readonly column: number; readonly op: "contains"; readonly value: string };

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
export function valuesNotFound(column: readonly CellValue[], values: readonly string[]): string[] {
  const present = new Set(column.map(norm));
  return values.filter((v) => !present.has(norm(v)));
}

/** A predicate on one cell, cached per distinct cell value: categorical columns repeat a lot. */
function compile(c: RuleCondition, where: string): (v: CellValue) => boolean {
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
      `${where}: expected an operator "equals", "one-of" or "contains", found ${String((c as { op: unknown }).op)}.`,
    );
  }
  const cache = new Map<CellValue, boolean>();
  return (v) => {
    let hit = cache.get(v);
    if (hit === undefined) {
      hit = test(norm(v));
      if (typeof v !== "object" || v === null) cache.set(v, hit);
    }
    return hit;
  };
}

/**
 * Index of the first rule whose conditions all hold, per row (−1 when none does). Rules on
 * categorical columns (DESIGN.md "rules"; like an Excel IFS over text columns) compare trimmed,
 * case-insensitive text: equals, one of, contains.
 *
 * @param columns categorical columns, all the same length; conditions refer to them by index
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
      return { col: columns[c.column], test: compile(c, `${where}, condition ${ci + 1}`) };
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
 * Rules on categorical columns (DESIGN.md "rules"): rules are tried in order and the first whose
 * conditions all hold gives the row its tier; rows no rule matches get `defaultTier`.
 *
 * @param columns categorical columns, all the same length; conditions refer to them by index
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
