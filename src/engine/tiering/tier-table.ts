import { cellText, dateToSerial } from "../cells";
import { InputError } from "../errors";
import { parseScheme, type Scheme } from "../scheme";
import { dateColumn, numericColumn, type InputIssue, type Table } from "../table";
import { clearDropped, groupKeptRows } from "./excluded-rows";
import type { RowGroups } from "./group-rows";
import { methodOf, type ColumnRef, type MethodContext, type MethodRun, type TieringMethod } from "./methods";
import { rankShareFromRanks } from "./rank-share-from-ranks";
import type { Note, TierResult, TierTableOutput } from "./tier-result";
import { tierReport } from "./tier-report";
import { tierSource, missingColumn, type TierSource } from "./tier-source";
import { rowStats, type RowStats } from "./tier-stats";
import { tierSummaries } from "./tier-summaries";
import { NO_TIER } from "./types";

export interface TierTableOptions {
  /** The as-of date for an order list whose scheme names none (the host passes today). */
  readonly today?: Date;
  /**
   * Grid rows (the indexes SelectionRead.hiddenRows and InputIssue.row use: header row included) left
   * out, e.g. hidden or filtered-out rows. They get NO_TIER, count in no rank, share, cut-off, summary or
   * note, and raise no input issue: the outcome on the other rows is that of the table without them.
   * For an order list the lines are left out before they are summed to customers.
   */
  readonly excludeRows?: ReadonlySet<number>;
}

/** Step 2: the columns every method shares (value, customer), read once; other columns' issues gathered. */
interface Columns {
  readonly valueCol: number | undefined;
  readonly customerCol: number | undefined;
  readonly value: Float64Array;
  /** The value column's issues (undefined when there is no value column). */
  readonly valueIssues: InputIssue[] | undefined;
  readonly extraIssues: InputIssue[];
  numbers(col: number): Float64Array;
}

function readColumns(src: TierSource, method: TieringMethod<Scheme["method"]>): Columns {
  const valueCol = src.sourceColumn("value");
  const customerCol = src.sourceColumn("customer");
  if (method.needsValue && valueCol === undefined) throw missingColumn("source.columns.value", "value");
  const extraIssues: InputIssue[] = [];
  const numbers = (col: number): Float64Array => {
    const { values, issues } = numericColumn(src.t, col);
    // A loop, not push(...issues): spreading a million issues as arguments overflows the stack.
    if (col !== valueCol) for (const issue of issues) extraIssues.push(issue);
    return values;
  };
  // The value column read once: its issues go to the report as they are.
  const read = valueCol !== undefined ? numericColumn(src.t, valueCol) : undefined;
  const value = read ? read.values : new Float64Array(src.t.rows.length).fill(NaN);
  return { valueCol, customerCol, value, valueIssues: read?.issues, extraIssues, numbers };
}

/** Step 3: the groups, when the scheme groups and the method tiers within groups. */
function groupsOf(src: TierSource, scheme: Scheme, method: TieringMethod<Scheme["method"]>): RowGroups | undefined {
  if (scheme.groupBy === undefined || !method.grouped) return undefined;
  const col = src.resolve(scheme.groupBy, "groupBy");
  return groupKeptRows(
    src.t.rows.map((row) => cellText(row[col])),
    src.dropped,
  );
}

function asOfSerial(asOf: Date | undefined): number {
  if (!asOf || Number.isNaN(asOf.getTime())) {
    throw new InputError(
      "scheme.asOf",
      { found: "none" },
      "source.asOf: expected the as-of date (yyyy-mm-dd) the order dates are counted to, found none.",
    );
  }
  return Math.floor(dateToSerial(asOf));
}

function orderDateColumn(src: TierSource, which: "first" | "last", ref: ColumnRef | undefined, what: string): number {
  if (src.orderDates) return src.orderDates[which];
  if (ref !== undefined) return src.resolve(ref, what);
  if (which === "last") return src.resolve("date", what);
  throw new InputError(
    "scheme.firstDate",
    { what },
    `${what}: choose the column with each customer's first order date.`,
  );
}

/** What the method runs on: the scheme, the source, its columns and groups; the notes it adds to. */
interface RunInput {
  readonly scheme: Scheme;
  readonly src: TierSource;
  readonly cols: Columns;
  readonly groups: RowGroups | undefined;
  readonly notes: Note[];
}

/** Step 4: the method, given the table's columns, groups and tiers. */
function runMethod({ scheme, src, cols, groups, notes }: RunInput): MethodRun {
  const ctx: MethodContext = {
    n: src.t.rows.length,
    firstRow: src.t.firstRow,
    labels: scheme.tiers.labels,
    shares: scheme.tiers.shares,
    value: cols.value,
    groups,
    numbers: cols.numbers,
    resolve: src.resolve,
    sourceColumn: (role) => {
      const i = src.sourceColumn(role);
      if (i === undefined) throw missingColumn(`source.columns.${role}`, role);
      return i;
    },
    cells: (col) => src.t.rows.map((row) => row[col]),
    header: (col) => src.t.columns[col].header,
    dates: (col) => dateColumn(src.t, col),
    numberColumn: (col) => numericColumn(src.t, col),
    recentOrders: () => src.recentOrders,
    report: (issues) => {
      for (const issue of issues) cols.extraIssues.push(issue);
    },
    asOfSerial: () => asOfSerial(src.asOf),
    orderDateColumn: (which, ref, what) => orderDateColumn(src, which, ref, what),
    note: (note) => notes.push(note),
  };
  return methodOf(scheme.method).run(scheme.method, ctx);
}

/** Step 5: per-row statistics, and the rank-share tiers cut from the ranks they work out (no second sort). */
function tiersAndStats(run: MethodRun, cols: Columns, groups: RowGroups | undefined, dropped: Uint8Array | undefined) {
  const key = run.score ?? cols.value;
  const stats = rowStats(key, groups);
  const tier = "rankShare" in run ? rankShareFromRanks(stats.rank, stats.groupSize, run.rankShare) : run.tier;
  if (dropped) {
    clearDropped(dropped, {
      tier,
      rank: stats.rank,
      groupSize: stats.groupSize,
      ruleIndex: run.details.ruleIndex,
      floats: [run.score],
    });
  }
  return { tier, key, stats };
}

function countNoTier(tier: Int32Array, dropped: Uint8Array | undefined): number {
  let c = 0;
  for (let i = 0; i < tier.length; i++) if (tier[i] === NO_TIER && !dropped?.[i]) c++;
  return c;
}

function untieredNote(count: number): Note {
  return {
    key: "tiering.untiered",
    params: { count },
    message: `${count} row${count === 1 ? " has" : "s have"} no tier because a value needed is not a number; see the input report.`,
  };
}

interface Parts {
  readonly scheme: Scheme;
  readonly src: TierSource;
  readonly cols: Columns;
  readonly groups: RowGroups | undefined;
  readonly run: MethodRun;
  readonly tier: Int32Array;
  readonly key: Float64Array;
  readonly stats: RowStats;
  readonly customers: string[] | undefined;
  readonly notes: Note[];
}

/** Step 6: the result, every per-row figure and the per-tier totals. */
function assemble(p: Parts): TierResult {
  const { cols, run } = p;
  const labels = run.labels ?? [...p.scheme.tiers.labels];
  return {
    labels,
    tier: p.tier,
    ...p.stats,
    value: cols.value,
    rankedBy: run.score ? "score" : "value",
    score: run.score,
    rfm: run.rfm,
    groups: p.groups ? { names: p.groups.names, of: p.groups.of } : undefined,
    customers: p.customers,
    gridRows: p.src.gridRows,
    tiers: tierSummaries(labels, p.tier, cols.value, p.key),
    method: { kind: p.scheme.method.kind, ...run.details },
    notes: p.notes,
  };
}

/**
 * Tiers a table by a scheme (DESIGN.md, "Tiering methods"): resolves the scheme's columns, aggregates
 * an order list to customers, runs the method (see methods/registry.ts; inside each group when the
 * scheme groups), and adds the per-row figures behind every explanation (rank, share of customers
 * above, cumulative value share, score, RFM) and the per-tier totals. Returns the result and the input
 * report (cells that are not numbers, duplicate customers, order lines left out).
 */
export function tierTable(table: Table, schemeInput: Scheme, options: TierTableOptions = {}): TierTableOutput {
  const scheme = parseScheme(schemeInput);
  const method = methodOf(scheme.method);
  const src = tierSource(table, scheme, { ...options, recentDays: method.recentDays?.(scheme.method) });
  const cols = readColumns(src, method);
  const groups = groupsOf(src, scheme, method);
  const notes: Note[] = [];
  const run = runMethod({ scheme, src, cols, groups, notes });
  const { tier, key, stats } = tiersAndStats(run, cols, groups, src.dropped);
  // The names as the selection shows them, left-out rows too; read once, for the result and the report.
  const customerCol = cols.customerCol;
  const customers =
    customerCol !== undefined
      ? (src.dropped ? src.table : src.t).rows.map((row) => cellText(row[customerCol]))
      : undefined;
  const report = tierReport({
    t: src.t,
    valueCol: cols.valueCol,
    valueIssues: cols.valueIssues,
    customerCol,
    // Of the table reported on (left-out rows blanked), so only when no row is left out.
    customerNames: src.dropped ? undefined : customers,
    orderIssues: src.orderIssues,
    extraIssues: cols.extraIssues,
    valueDecides: method.needsValue,
    leftOut: src.dropped ? options.excludeRows : undefined,
  });
  const untiered = countNoTier(tier, src.dropped);
  if (untiered > 0) notes.push(untieredNote(untiered));
  return { result: assemble({ scheme, src, cols, groups, run, tier, key, stats, customers, notes }), report };
}
