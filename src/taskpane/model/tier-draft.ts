import type { Table } from "../../engine/table";
import type { MethodKind, Scheme } from "../../engine/scheme";
import {
  defaultLabels,
  methodOf,
  type DraftField,
  type FormContext,
  type FormControl,
  type MethodFields,
  type Problem,
  type TextField,
} from "../../engine/tiering";
import { parseTyped, splitList } from "./parse-list";

export type { DraftField, Problem } from "../../engine/tiering";

/**
 * What the Tiers form holds, as typed (strings), so validation can run on every keystroke: the method,
 * the tiers, the columns every method shares, and the methods' own fields (MethodFields; each method's
 * module says which it shows, TieringMethod.form).
 */
export interface TierDraft extends MethodFields {
  readonly method: MethodKind;
  readonly tierCount: number;
  readonly labels: string;
  /** Column indexes in the customer table; undefined = take the column whose role fits. */
  readonly valueColumn?: number;
  readonly groupBy?: number;
}

export interface DraftCheck {
  readonly scheme?: Scheme;
  readonly problems: Partial<Record<DraftField, Problem>>;
}

/** DESIGN.md defaults: 20/30/50 of customers for rank-share, 80/15/5 of value for Pareto. */
export function defaultShares(method: MethodKind, k: number): string {
  if (k === 3) return methodOf({ kind: method }).form.threeTierShares ?? "20, 30, 50";
  // Equal shares in whole percents; the first tiers take the remainder so they sum to 100.
  const base = Math.floor(100 / k);
  return Array.from({ length: k }, (_, i) => String(base + (i < 100 - base * k ? 1 : 0))).join(", ");
}

/** Where the form starts (its own file: the store's first render needs it without the engine). */
export { initialDraft } from "./initial-tier-draft";

/** Changing the tier count resets labels and shares to the defaults for that count. */
export function withTierCount(d: TierDraft, k: number): TierDraft {
  return {
    ...d,
    tierCount: k,
    labels: defaultLabels(k).join(", "),
    shares: defaultShares(d.method, k),
    defaultTier: k - 1,
  };
}

export function withMethod(d: TierDraft, method: MethodKind): TierDraft {
  const k = methodOf({ kind: method }).form.tierCount ?? d.tierCount;
  const next = { ...d, method };
  return k !== d.tierCount ? withTierCount(next, k) : { ...next, shares: defaultShares(method, k) };
}

/** The method's controls for the draft as it is now. */
export function draftControls(d: TierDraft): readonly FormControl[] {
  return methodOf({ kind: d.method }).form.controls(d);
}

/** Whether the controls (or a group of them) include the text field `field`. */
export function showsText(controls: readonly FormControl[], field: TextField): boolean {
  return controls.some(
    (c) => (c.type === "text" && c.field === field) || (c.type === "group" && showsText(c.children, field)),
  );
}

/** Whether the method names the tiers itself (RFM segments), so count and labels are not asked for. */
export function fixesLabels(d: TierDraft): boolean {
  return methodOf({ kind: d.method }).form.fixedLabels?.(d) ?? false;
}

function roleColumn(table: Table, role: string): number | undefined {
  return table.columns.find((c) => c.role === role)?.index;
}

function checkShares(text: string, k: number): Problem | number[] {
  const parts = splitList(text);
  if (parts.length !== k) return { key: "sharesCount", params: { expected: k, found: parts.length } };
  const values: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const v = parseTyped(parts[i]);
    if (Number.isNaN(v)) return { key: "shareNotNumber", params: { n: i + 1, text: parts[i] } };
    if (!(v > 0)) return { key: "shareNotPositive", params: { n: i + 1, value: parts[i] } };
    values.push(v);
  }
  const sum = values.reduce((a, b) => a + b, 0);
  // Within 1e-7 of 100, as the scheme schema accepts; typed percents are short decimals.
  if (Math.abs(sum - 100) > 1e-7) return { key: "sharesSum", params: { sum: Number(sum.toFixed(7)) } };
  return values;
}

function checkBounds(text: string, k: number): Problem | number[] {
  const parts = splitList(text);
  if (parts.length !== k - 1) return { key: "boundsCount", params: { expected: k - 1, found: parts.length } };
  const values: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const v = parseTyped(parts[i]);
    if (Number.isNaN(v)) return { key: "boundNotNumber", params: { n: i + 1, text: parts[i] } };
    if (i > 0 && !(v < values[i - 1])) return { key: "boundsOrder", params: { n: i + 1 } };
    values.push(v);
  }
  return values;
}

type Problems = Partial<Record<DraftField, Problem>>;

/** The labels typed, with the problem of their count or a duplicate; none asked when the method names the tiers. */
function checkLabels(d: TierDraft, problems: Problems): string[] {
  const k = d.tierCount;
  if (fixesLabels(d)) return [];
  const labels = splitList(d.labels);
  if (labels.length !== k) problems.labels = { key: "labelsCount", params: { expected: k, found: labels.length } };
  else {
    const seen = new Set<string>();
    for (const l of labels) {
      if (seen.has(l)) problems.labels = { key: "labelsDuplicate", params: { label: l } };
      seen.add(l);
    }
  }
  return labels;
}

/** The value column (chosen, else by role) and its problem when the method reads it. */
function checkValue(d: TierDraft, table: Table | undefined, problems: Problems): number | undefined {
  const value = table ? (d.valueColumn ?? roleColumn(table, "value")) : undefined;
  if (!table || !methodOf({ kind: d.method }).needsValue) return value;
  const col = value === undefined ? undefined : table.columns[value];
  if (table.rows.length === 0) problems.valueColumn = { key: "noDataRows" };
  else if (!col) problems.valueColumn = { key: "noValueColumn" };
  else if (col.kind === "text" || col.kind === "empty" || col.kind === "date") {
    problems.valueColumn = { key: "valueColumnNotNumeric", params: { header: col.header, kind: col.kind } };
  }
  return value;
}

/** A typed list checked by `check`: its numbers, or its problem put under `field`. */
function checkList(
  shown: boolean,
  field: "shares" | "bounds",
  result: () => Problem | number[],
  problems: Problems,
): number[] {
  if (!shown) return [];
  const r = result();
  if (Array.isArray(r)) return r;
  problems[field] = r;
  return [];
}

/**
 * Validates the form against the table and, when it is all right, builds the Scheme the engine runs.
 * Each problem names its field so the form shows it under the right control.
 */
export function checkDraft(
  d: TierDraft,
  table: Table | undefined,
  listKind: "customers" | "orders",
  asOf?: string,
): DraftCheck {
  const problems: Problems = {};
  const k = d.tierCount;
  if (!Number.isInteger(k) || k < 2 || k > 26) problems.tierCount = { key: "tierCount" };
  const labels = checkLabels(d, problems);
  const controls = draftControls(d);
  const shares = checkList(showsText(controls, "shares"), "shares", () => checkShares(d.shares, k), problems);
  const bounds = checkList(showsText(controls, "bounds"), "bounds", () => checkBounds(d.bounds, k), problems);
  const value = checkValue(d, table, problems);
  const form = methodOf({ kind: d.method }).form;
  const ctx: FormContext = {
    table,
    listKind,
    bounds,
    number: parseTyped,
    list: splitList,
    roleColumn: (role) => (table ? roleColumn(table, role) : undefined),
  };
  Object.assign(problems, form.problems?.(d, ctx));
  if (!table || Object.keys(problems).length > 0) return { problems };
  const columns: Scheme["source"]["columns"] = { ...(value !== undefined ? { value } : {}) };
  for (const [role, index] of Object.entries(form.sourceColumns?.(d, ctx) ?? {})) {
    if (index !== undefined) columns[role as "recency" | "frequency"] = index;
  }
  const scheme: Scheme = {
    version: 1,
    source: { kind: listKind, columns, ...((listKind === "orders" || form.usesAsOf) && asOf ? { asOf } : {}) },
    method: form.toOptions(d, ctx),
    tiers: { labels: labels.length ? labels : ["A", "B"], shares },
    ...(d.groupBy !== undefined ? { groupBy: d.groupBy } : {}),
  };
  return { problems, scheme };
}
