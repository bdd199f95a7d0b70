import type { Table } from "../../engine/table";
import type { MethodKind, Scheme } from "../../engine/scheme";
import { defaultLabels } from "../../engine/tiering";
import { parseTyped, splitList } from "./parse-list";

/** What the Tiers form holds, as typed (strings), so validation can run on every keystroke. */
export interface TierDraft {
  readonly method: MethodKind;
  readonly tierCount: number;
  readonly labels: string;
  readonly shares: string;
  readonly bounds: string;
  /** Column indexes in the customer table; undefined = take the column whose role fits. */
  readonly valueColumn?: number;
  readonly groupBy?: number;
  readonly factors: readonly { column: number; weight: string; direction: "higher" | "lower" }[];
  readonly scoreThen: "rank-share" | "thresholds";
  readonly rfmTierBy: "segment" | "score";
  /** RFM by segment: the ten segments or the eight classes (RFM 八类客户). */
  readonly rfmModel: "rfm10" | "rfm8";
  readonly recencyColumn?: number;
  readonly frequencyColumn?: number;
  readonly rulesColumn?: number;
  readonly rules: readonly { values: string; tier: number }[];
  readonly defaultTier: number;
}

/** A message for one field: a catalog key under `validation.` and its params. */
export interface Problem {
  readonly key: string;
  readonly params?: Record<string, string | number>;
}
export type DraftField = "tierCount" | "labels" | "shares" | "bounds" | "valueColumn" | "factors" | "rfm" | "rules";

export interface DraftCheck {
  readonly scheme?: Scheme;
  readonly problems: Partial<Record<DraftField, Problem>>;
}

/** DESIGN.md defaults: 20/30/50 of customers for rank-share, 80/15/5 of value for Pareto. */
export function defaultShares(method: MethodKind, k: number): string {
  if (k === 3) return method === "value-share" ? "80, 15, 5" : "20, 30, 50";
  // Equal shares in whole percents; the first tiers take the remainder so they sum to 100.
  const base = Math.floor(100 / k);
  return Array.from({ length: k }, (_, i) => String(base + (i < 100 - base * k ? 1 : 0))).join(", ");
}

export function initialDraft(): TierDraft {
  return {
    method: "rank-share", tierCount: 3, labels: "A, B, C", shares: defaultShares("rank-share", 3), bounds: "",
    factors: [], scoreThen: "rank-share", rfmTierBy: "segment", rfmModel: "rfm10", rules: [], defaultTier: 2,
  };
}

/** Changing the tier count resets labels and shares to the defaults for that count. */
export function withTierCount(d: TierDraft, k: number): TierDraft {
  return { ...d, tierCount: k, labels: defaultLabels(k).join(", "), shares: defaultShares(d.method, k), defaultTier: k - 1 };
}

export function withMethod(d: TierDraft, method: MethodKind): TierDraft {
  const k = method === "computed" ? 3 : d.tierCount;
  const next = { ...d, method };
  return k !== d.tierCount ? withTierCount(next, k) : { ...next, shares: defaultShares(method, k) };
}

function roleColumn(table: Table, role: string): number | undefined {
  return table.columns.find((c) => c.role === role)?.index;
}

function needsShares(d: TierDraft): boolean {
  return d.method === "rank-share" || d.method === "value-share"
    || (d.method === "score" && d.scoreThen === "rank-share") || (d.method === "rfm" && d.rfmTierBy === "score");
}
function needsBounds(d: TierDraft): boolean {
  return d.method === "thresholds" || (d.method === "score" && d.scoreThen === "thresholds");
}
function needsValue(d: TierDraft): boolean {
  return d.method !== "score" && d.method !== "rules";
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

/**
 * Validates the form against the table and, when it is all right, builds the Scheme the engine runs.
 * Each problem names its field so the form shows it under the right control.
 */
export function checkDraft(d: TierDraft, table: Table | undefined, listKind: "customers" | "orders", asOf?: string): DraftCheck {
  const problems: Partial<Record<DraftField, Problem>> = {};
  const k = d.tierCount;
  if (!Number.isInteger(k) || k < 2 || k > 26) problems.tierCount = { key: "tierCount" };

  let labels = splitList(d.labels);
  if (d.method === "rfm" && d.rfmTierBy === "segment") labels = [];
  else if (labels.length !== k) problems.labels = { key: "labelsCount", params: { expected: k, found: labels.length } };
  else {
    const seen = new Set<string>();
    for (const l of labels) {
      if (seen.has(l)) problems.labels = { key: "labelsDuplicate", params: { label: l } };
      seen.add(l);
    }
  }

  let shares: number[] = [];
  if (needsShares(d)) {
    const r = checkShares(d.shares, k);
    if (Array.isArray(r)) shares = r; else problems.shares = r;
  }
  let bounds: number[] = [];
  if (needsBounds(d)) {
    const r = checkBounds(d.bounds, k);
    if (Array.isArray(r)) bounds = r; else problems.bounds = r;
  }

  const value = table ? d.valueColumn ?? roleColumn(table, "value") : undefined;
  if (table && (needsValue(d) || d.method === "rfm")) {
    const col = value === undefined ? undefined : table.columns[value];
    if (table.rows.length === 0) problems.valueColumn = { key: "noDataRows" };
    else if (!col) problems.valueColumn = { key: "noValueColumn" };
    else if (col.kind === "text" || col.kind === "empty" || col.kind === "date") {
      problems.valueColumn = { key: "valueColumnNotNumeric", params: { header: col.header, kind: col.kind } };
    }
  }
  if (d.method === "score") {
    if (d.factors.length === 0) problems.factors = { key: "noFactors" };
    for (const f of d.factors) {
      const w = parseTyped(f.weight);
      if (!(w > 0)) problems.factors = { key: "weightNotPositive", params: { column: table?.columns[f.column]?.header ?? String(f.column) } };
    }
  }
  const recency = table ? d.recencyColumn ?? roleColumn(table, "recency") : undefined;
  const frequency = table ? d.frequencyColumn ?? roleColumn(table, "frequency") : undefined;
  // From an order list the aggregation gives recency, order count and total per customer: no columns to pick.
  if (d.method === "rfm" && listKind === "customers" && (recency === undefined || frequency === undefined)) problems.rfm = { key: "rfmColumnsMissing" };
  if (d.method === "rules" && (d.rulesColumn === undefined || d.rules.length === 0)) problems.rules = { key: "rulesColumnMissing" };

  if (!table || Object.keys(problems).length > 0) return { problems };
  return { problems, scheme: buildScheme(d, { labels, shares, bounds, value, recency, frequency, listKind, asOf }) };
}

interface Checked {
  labels: string[]; shares: number[]; bounds: number[];
  value?: number; recency?: number; frequency?: number;
  listKind: "customers" | "orders"; asOf?: string;
}

function buildScheme(d: TierDraft, c: Checked): Scheme {
  const method: Scheme["method"] = (() => {
    switch (d.method) {
      case "thresholds": return { kind: "thresholds", bounds: c.bounds };
      case "score": return {
        kind: "score",
        factors: d.factors.map((f) => ({ column: f.column, weight: parseTyped(f.weight), direction: f.direction })),
        then: d.scoreThen,
        ...(d.scoreThen === "thresholds" ? { bounds: c.bounds } : {}),
      };
      case "rfm": return { kind: "rfm", tierBy: d.rfmTierBy, model: d.rfmModel };
      case "rules": return {
        kind: "rules",
        rules: d.rules.map((r) => ({ when: [{ column: d.rulesColumn as number, op: "one-of" as const, values: splitList(r.values) }], tier: r.tier })),
        defaultTier: d.defaultTier,
      };
      default: return { kind: d.method } as Scheme["method"];
    }
  })();
  const columns: Scheme["source"]["columns"] = {};
  if (c.value !== undefined) columns.value = c.value;
  if (d.method === "rfm" && c.recency !== undefined) columns.recency = c.recency;
  if (d.method === "rfm" && c.frequency !== undefined) columns.frequency = c.frequency;
  return {
    version: 1,
    source: { kind: c.listKind, columns, ...(c.listKind === "orders" && c.asOf ? { asOf: c.asOf } : {}) },
    method,
    tiers: { labels: c.labels.length ? c.labels : ["A", "B"], shares: c.shares },
    ...(d.groupBy !== undefined ? { groupBy: d.groupBy } : {}),
  };
}
