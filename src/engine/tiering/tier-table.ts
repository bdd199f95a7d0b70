import { cellText } from "../cells/cell-text";
import { InputError } from "../errors";
import { parseScheme } from "../scheme/parse-scheme";
import type { ColumnRef, Scheme } from "../scheme/scheme-schema";
import { aggregateOrders } from "../table/aggregate-orders";
import { inputReport } from "../table/input-report";
import { numericColumn } from "../table/numeric-column";
import type { InputIssue, InputReport, Table } from "../table/types";
import { computedAbc } from "./computed-abc";
import { gatherGroup, groupRows, type RowGroups } from "./group-rows";
import { naturalBreaks } from "./natural-breaks";
import { normaliseShares } from "./normalise-shares";
import { rankShareFromRanks } from "./rank-share-from-ranks";
import { rankStats, type RankStats } from "./rank-stats";
import { rfmScores, type RfmScores } from "./rfm-scores";
import { rfmSegment } from "./rfm-segment";
import { rfmEightClasses } from "./rfm-eight-classes";
import { RFM_NAMES, rfmGroupIds, type RfmGroupId } from "./rfm-names";
import { matchRules, type RuleCondition } from "./rule-tiers";
import { thresholdTiers } from "./threshold-tiers";
import type { MethodDetails, Note, TierResult, TierTableOutput } from "./tier-result";
import { tierSummaries } from "./tier-summaries";
import { NO_TIER, type TierIndexes } from "./types";
import { valueShareTiers } from "./value-share-tiers";
import { weightedScore } from "./weighted-score";
import { cumulativeShares } from "./cumulative-shares";

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

/**
 * first, first + 1, … (n values). Row loops live in small functions like this one: the JIT optimises
 * them at once, whereas a loop in tierTable's long body runs unoptimised for a while.
 */
function consecutive(first: number, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = first + i;
  return out;
}

/** 1 at each data row whose grid row is in `exclude`; undefined when no row is. */
function excludedRows(table: Table, exclude: ReadonlySet<number> | undefined): Uint8Array | undefined {
  if (!exclude || exclude.size === 0) return undefined;
  const out = new Uint8Array(table.rows.length);
  let any = false;
  for (let i = 0; i < out.length; i++) {
    if (exclude.has(table.firstRow + i)) {
      out[i] = 1;
      any = true;
    }
  }
  return any ? out : undefined;
}

/** The table with the excluded rows blanked (same grid rows, so the report still points at the right cells). */
function blankRows(table: Table, dropped: Uint8Array): Table {
  const blank = table.columns.map(() => null);
  return { ...table, rows: table.rows.map((row, i) => (dropped[i] ? blank : row)) };
}

/**
 * Groups of the kept rows only, so a group made only of left-out rows does not exist; a left-out row
 * belongs to no group (of = −1) and so gets no per-group figure.
 */
function groupKeptRows(keys: readonly string[], dropped: Uint8Array | undefined): RowGroups {
  if (!dropped) return groupRows(keys, keys.length);
  const kept: number[] = [];
  for (let i = 0; i < keys.length; i++) if (!dropped[i]) kept.push(i);
  const g = groupRows(kept.map((i) => keys[i]), kept.length);
  const of = new Int32Array(keys.length).fill(-1);
  for (let j = 0; j < kept.length; j++) of[kept[j]] = g.of[j];
  return { names: g.names, of, start: g.start, rows: Int32Array.from(g.rows, (j) => kept[j]) };
}

/** What a left-out row shows: no tier, no rank, no share, no score. */
function clearDropped(
  dropped: Uint8Array,
  a: { tier: Int32Array; rank: Int32Array; groupSize: Int32Array; floats: (Float64Array | undefined)[]; ruleIndex?: Int32Array },
): void {
  for (let i = 0; i < dropped.length; i++) {
    if (!dropped[i]) continue;
    a.tier[i] = NO_TIER;
    a.rank[i] = 0;
    a.groupSize[i] = 0;
    for (const f of a.floats) if (f) f[i] = NaN;
    if (a.ruleIndex) a.ruleIndex[i] = -1;
  }
}

/** RFM scores of each row among the rows of its group (quintiles of the group). */
function rfmByGroup(groups: RowGroups | undefined, rec: Float64Array, freq: Float64Array, value: Float64Array): RfmScores {
  if (!groups) return rfmScores(rec, freq, value);
  const n = value.length;
  const r = new Uint8Array(n), f = new Uint8Array(n), m = new Uint8Array(n);
  for (let g = 0; g < groups.names.length; g++) {
    const s = rfmScores(gatherGroup(groups, g, rec), gatherGroup(groups, g, freq), gatherGroup(groups, g, value));
    for (let j = groups.start[g]; j < groups.start[g + 1]; j++) {
      const row = groups.rows[j], i = j - groups.start[g];
      r[row] = s.r[i]; f[row] = s.f[i]; m[row] = s.m[i];
    }
  }
  return { r, f, m, cuts: { recency: new Float64Array(0), frequency: new Float64Array(0), monetary: new Float64Array(0) } };
}

function rfmSegments(r: Uint8Array, f: Uint8Array, m: Uint8Array): RfmGroupId[] {
  const out = new Array<RfmGroupId>(r.length);
  for (let i = 0; i < r.length; i++) out[i] = rfmSegment(r[i], f[i], m[i]);
  return out;
}

/**
 * The eight RFM classes per row, against the mean scores of the row's group (the scores are the
 * group's quintiles, so their means are too); rows without scores get the last class (their tier is none).
 */
function rfmClassesByGroup(groups: RowGroups | undefined, r: Uint8Array, f: Uint8Array, m: Uint8Array): RfmGroupId[] {
  const out = new Array<RfmGroupId>(r.length).fill("general-win-back");
  const put = (rows: ArrayLike<number>, classes: ReturnType<typeof rfmEightClasses>) => {
    for (let j = 0; j < classes.length; j++) if (classes[j]) out[rows[j]] = classes[j]!;
  };
  if (!groups) put(consecutive(0, r.length), rfmEightClasses(r, f, m));
  else {
    for (let g = 0; g < groups.names.length; g++) {
      put(groups.rows.subarray(groups.start[g], groups.start[g + 1]),
        rfmEightClasses(gatherGroup(groups, g, r), gatherGroup(groups, g, f), gatherGroup(groups, g, m)));
    }
  }
  return out;
}

/** Tier = the group's place in `ids` (the model's tier order); NO_TIER for rows without scores (r = 0). */
function segmentTiers(r: Uint8Array, segment: readonly RfmGroupId[], ids: readonly RfmGroupId[]): Int32Array {
  const index = new Map(ids.map((id, i) => [id, i]));
  const out = new Int32Array(r.length);
  for (let i = 0; i < r.length; i++) out[i] = r[i] ? index.get(segment[i])! : NO_TIER;
  return out;
}

/** R + F + M per row; NaN for rows without scores. */
function rfmSum(r: Uint8Array, f: Uint8Array, m: Uint8Array): Float64Array {
  const out = new Float64Array(r.length);
  for (let i = 0; i < r.length; i++) out[i] = r[i] ? r[i] + f[i] + m[i] : NaN;
  return out;
}

/** The tier of each row's matching rule (matched[i] = rule index, −1 = none → the default tier). */
function ruleTiersOf(matched: Int32Array, ruleTier: readonly number[], defaultTier: number): Int32Array {
  const out = new Int32Array(matched.length);
  for (let i = 0; i < matched.length; i++) out[i] = matched[i] < 0 ? defaultTier : ruleTier[matched[i]];
  return out;
}

/** Writes one group's rank statistics back to its rows. */
function scatterStats(
  groups: RowGroups, g: number, s: RankStats,
  out: { rank: Int32Array; shareAbove: Float64Array; valueShareAbove: Float64Array; cumValueShare: Float64Array; groupSize: Int32Array },
): void {
  for (let j = groups.start[g]; j < groups.start[g + 1]; j++) {
    const r = groups.rows[j], i = j - groups.start[g];
    out.rank[r] = s.rank[i]; out.shareAbove[r] = s.shareAbove[i]; out.valueShareAbove[r] = s.valueShareAbove[i];
    out.cumValueShare[r] = s.cumValueShare[i]; out.groupSize[r] = s.n;
  }
}

function countOnes(flags: Uint8Array): number {
  let c = 0;
  for (let i = 0; i < flags.length; i++) c += flags[i];
  return c;
}

function countNoTier(tier: Int32Array): number {
  let c = 0;
  for (let i = 0; i < tier.length; i++) if (tier[i] === NO_TIER) c++;
  return c;
}

/** Runs fn on each group's rows (or once on all rows) and writes its per-row output back. */
function perGroup(
  groups: RowGroups | undefined,
  columns: readonly Float64Array[],
  out: Float64Array | Int32Array,
  fn: (cols: Float64Array[], g: number) => ArrayLike<number>,
): void {
  if (!groups) {
    out.set(fn([...columns], 0));
    return;
  }
  for (let g = 0; g < groups.names.length; g++) {
    const part = fn(columns.map((c) => gatherGroup(groups, g, c)), g);
    for (let j = groups.start[g]; j < groups.start[g + 1]; j++) out[groups.rows[j]] = part[j - groups.start[g]];
  }
}

/**
 * Tiers a table by a scheme (DESIGN.md, "Tiering methods"): resolves the scheme's columns, aggregates
 * an order list to customers, runs the method (inside each group when the scheme groups), and adds
 * the per-row figures behind every explanation (rank, share of customers above, cumulative value
 * share, score, RFM) and the per-tier totals. Returns the result and the input report (cells that
 * are not numbers, duplicate customers, order lines left out).
 */
export function tierTable(table: Table, schemeInput: Scheme, options: TierTableOptions = {}): TierTableOutput {
  const scheme = parseScheme(schemeInput);
  const m = scheme.method;
  const byRole = (t: Table, role: string) => t.columns.find((c) => c.role === role)?.index;
  const missing = (what: string, role: string) =>
    new InputError("scheme.column", { what, role },
      `${what}: no column has the role "${role}"; choose that column in the column step or give its index in the scheme.`);
  const checkIndex = (t: Table, index: number, what: string) => {
    if (index >= t.columns.length) {
      throw new InputError("scheme.columnRange", { what, column: index, width: t.columns.length },
        `${what}: column ${index} does not exist; expected an index from 0 to ${t.columns.length - 1}.`);
    }
  };

  // 1. The table to tier: the customer list itself, or the order list aggregated to customers.
  // Left-out rows are blanked: they aggregate to nothing, and their issues are dropped in step 5.
  const droppedLines = excludedRows(table, options.excludeRows);
  const source = droppedLines ? blankRows(table, droppedLines) : table;
  let t = source;
  let gridRows: Int32Array;
  let orderIssues: InputIssue[] | undefined;
  let mapOrderColumn: ((index: number, what: string) => number) | undefined;
  if (scheme.source.kind === "orders") {
    const pick = (role: "customer" | "value" | "date") => {
      const i = scheme.source.columns[role] ?? byRole(table, role);
      if (i === undefined) throw missing(`source.columns.${role}`, role);
      checkIndex(table, i, `source.columns.${role}`);
      return i;
    };
    const asOfText = scheme.source.asOf;
    const asOf = asOfText ? new Date(`${asOfText}T00:00:00Z`) : options.today;
    if (!asOf || Number.isNaN(asOf.getTime())) {
      throw new InputError("scheme.asOf", { found: String(asOfText) },
        "source.asOf: expected the date recency is counted to (yyyy-mm-dd) for an order list, found none.");
    }
    const extras = Object.fromEntries((["region", "rep", "segment"] as const)
      .map((r) => [r, byRole(table, r)]).filter(([, i]) => i !== undefined));
    const agg = aggregateOrders(source, { customer: pick("customer"), amount: pick("value"), date: pick("date"), asOf, ...extras });
    t = agg.table;
    // A left-out line's cells are blanked above, not the user's mistake.
    orderIssues = droppedLines ? agg.issues.filter((i) => !options.excludeRows!.has(i.row)) : agg.issues;
    gridRows = Int32Array.from(agg.customers, (c) => c.rows[0]);
    // A column index of the order list means the aggregated column with the same role.
    mapOrderColumn = (index, what) => {
      checkIndex(table, index, what);
      const role = table.columns[index].role;
      const j = byRole(t, role === "quantity" ? "value" : role);
      if (j === undefined || role === "other") {
        throw new InputError("scheme.orderColumn", { what, column: index, header: table.columns[index].header },
          `${what}: column "${table.columns[index].header}" of an order list cannot be used per customer; use the customer, amount, date, region, rep or segment column.`);
      }
      return j;
    };
  } else {
    gridRows = consecutive(table.firstRow, table.rows.length);
  }
  const n = t.rows.length;
  // Left-out rows of the tiered table (an order list's lines are gone once aggregated).
  const dropped = scheme.source.kind === "orders" ? undefined : droppedLines;

  const resolve = (ref: ColumnRef, what: string): number => {
    if (typeof ref === "string") {
      const i = byRole(t, ref);
      if (i === undefined) throw missing(what, ref);
      return i;
    }
    if (mapOrderColumn) return mapOrderColumn(ref, what);
    checkIndex(t, ref, what);
    return ref;
  };
  const sourceColumn = (role: "customer" | "value" | "frequency" | "recency"): number | undefined => {
    if (scheme.source.kind === "orders") return byRole(t, role);
    const i = scheme.source.columns[role] ?? byRole(t, role);
    if (i !== undefined) checkIndex(t, i, `source.columns.${role}`);
    return i;
  };

  const valueCol = sourceColumn("value");
  const customerCol = sourceColumn("customer");
  const needsValue = m.kind !== "score" && m.kind !== "rules";
  if (needsValue && valueCol === undefined) throw missing("source.columns.value", "value");
  const extraIssues: InputIssue[] = [];
  const numbers = (col: number): Float64Array => {
    const { values, issues } = numericColumn(t, col);
    // A loop, not push(...issues): spreading a million issues as arguments overflows the stack.
    if (col !== valueCol) for (const issue of issues) extraIssues.push(issue);
    return values;
  };
  const value = valueCol !== undefined ? numbers(valueCol) : new Float64Array(n).fill(NaN);

  // 2. Groups.
  const groups = scheme.groupBy !== undefined && m.kind !== "rules"
    ? groupKeptRows(t.rows.map((row) => cellText(row[resolve(scheme.groupBy!, "groupBy")])), dropped)
    : undefined;

  // 3. The method.
  let labels = [...scheme.tiers.labels];
  const k = labels.length;
  const tier: TierIndexes = new Int32Array(n);
  const notes: Note[] = [];
  let score: Float64Array | undefined;
  let rfm: TierResult["rfm"];
  const details: { -readonly [K in keyof MethodDetails]: MethodDetails[K] } = { kind: m.kind };
  const shares = () => normaliseShares(scheme.tiers.shares, "tiers.shares");
  // Rank-share tiers are cut in step 4 from the ranks worked out there (rank − 1 = customers above),
  // which rank by the score when the method makes one, else by the value: the column to cut by.
  // So no second sort or selection of the same column.
  let rankShareCum: Float64Array | undefined;
  const rankShareByRank = () => {
    rankShareCum = cumulativeShares(shares(), "tiers.shares");
    details.cumShares = Array.from(rankShareCum);
  };

  switch (m.kind) {
    case "rank-share":
      rankShareByRank(); // by value
      break;
    case "value-share": {
      const s = shares();
      details.cumShares = Array.from(cumulativeShares(s, "tiers.shares"));
      perGroup(groups, [value], tier, ([v], g) => {
        if (!v.some((x) => x > 0)) {
          const where = groups ? ` in group "${groups.names[g]}"` : "";
          notes.push({ key: "tiering.noPositiveValue", params: { group: groups ? groups.names[g] : "", label: labels[k - 1] },
            message: `No value${where} is above 0, so a value share cannot be split: every customer${where} is in the last tier (${labels[k - 1]}).` });
        }
        return valueShareTiers(v, s);
      });
      break;
    }
    case "thresholds":
      details.bounds = m.bounds;
      perGroup(groups, [value], tier, ([v]) => thresholdTiers(v, m.bounds));
      break;
    case "computed": {
      const limits: { abLimit: number; bcLimit: number }[] = [];
      perGroup(groups, [value], tier, ([v]) => {
        const r = computedAbc(v);
        limits.push({ abLimit: r.abLimit, bcLimit: r.bcLimit });
        return r.tiers;
      });
      details.abcLimits = limits;
      break;
    }
    case "breaks":
      perGroup(groups, [value], tier, ([v]) => naturalBreaks(v, k).tiers);
      break;
    case "score": {
      const cols = m.factors.map((f, i) => numbers(resolve(f.column, `method.factors[${i}].column`)));
      const weights = m.factors.map((f) => f.weight);
      const dirs = m.factors.map((f) => (f.direction === "lower" ? -1 : 1) as 1 | -1);
      score = new Float64Array(n);
      perGroup(groups, cols, score, (c) => weightedScore(c, weights, dirs));
      if (m.then === "thresholds") {
        details.bounds = m.bounds!;
        tier.set(thresholdTiers(score, m.bounds!));
      } else {
        rankShareByRank(); // by score
      }
      break;
    }
    case "rfm": {
      const rc = sourceColumn("recency");
      const fc = sourceColumn("frequency");
      if (rc === undefined) throw missing("source.columns.recency", "recency");
      if (fc === undefined) throw missing("source.columns.frequency", "frequency");
      const rec = numbers(rc);
      const freq = numbers(fc);
      const { r, f, m: mm } = rfmByGroup(groups, rec, freq, value);
      const model = m.model ?? "rfm10";
      const segment = model === "rfm8" ? rfmClassesByGroup(groups, r, f, mm) : rfmSegments(r, f, mm);
      rfm = { r, f, m: mm, segment };
      details.rfmTierBy = m.tierBy;
      details.rfmModel = model;
      if (m.tierBy === "segment") {
        labels = rfmGroupIds(model).map((id) => RFM_NAMES["en-US"][id]);
        tier.set(segmentTiers(r, segment, rfmGroupIds(model)));
      } else {
        score = rfmSum(r, f, mm);
        rankShareByRank(); // by score
      }
      break;
    }
    case "rules": {
      const used: number[] = [];
      const local = (ref: ColumnRef, what: string) => {
        const c = resolve(ref, what);
        let j = used.indexOf(c);
        if (j < 0) j = used.push(c) - 1;
        return j;
      };
      const rules = m.rules.map((rule, ri) => ({
        tier: rule.tier,
        when: rule.when.map((c, ci) => ({ ...c, column: local(c.column, `method.rules[${ri}].when[${ci}].column`) }) as RuleCondition),
      }));
      const columns = used.map((c) => t.rows.map((row) => row[c]));
      const matched = matchRules(columns.length ? columns : [t.rows.map(() => null)], rules);
      tier.set(ruleTiersOf(matched, rules.map((rule) => rule.tier), m.defaultTier));
      details.ruleIndex = matched;
      break;
    }
  }

  // 4. Per-row figures, within the row's group.
  const key = score ?? value;
  const statsFor = (keyPart: Float64Array, valuePart: Float64Array) =>
    rankStats(keyPart, valueCol !== undefined ? valuePart : undefined);
  let rank: Int32Array, shareAbove: Float64Array, valueShareAbove: Float64Array, cumValueShare: Float64Array;
  const groupSize = new Int32Array(n);
  if (!groups) {
    const s = statsFor(key, value);
    ({ rank, shareAbove, valueShareAbove, cumValueShare } = s);
    groupSize.fill(s.n);
  } else {
    rank = new Int32Array(n);
    shareAbove = new Float64Array(n);
    valueShareAbove = new Float64Array(n);
    cumValueShare = new Float64Array(n);
    for (let g = 0; g < groups.names.length; g++) {
      // Ranking by the value itself: one gathered column, so rankStats sorts it once.
      const valuePart = gatherGroup(groups, g, value);
      const s = statsFor(key === value ? valuePart : gatherGroup(groups, g, key), valuePart);
      scatterStats(groups, g, s, { rank, shareAbove, valueShareAbove, cumValueShare, groupSize });
    }
  }

  if (rankShareCum) rankShareFromRanks(rank, groupSize, rankShareCum, tier);
  if (dropped) {
    clearDropped(dropped, { tier, rank, groupSize, floats: [shareAbove, valueShareAbove, cumValueShare, score], ruleIndex: details.ruleIndex });
  }

  // 5. Report.
  let report: InputReport;
  if (orderIssues) {
    report = { issues: [...orderIssues, ...extraIssues], duplicates: [] };
  } else if (valueCol !== undefined && customerCol !== undefined) {
    const base = inputReport(t, valueCol, customerCol);
    report = { issues: [...base.issues, ...extraIssues], duplicates: base.duplicates };
  } else {
    report = { issues: [...(valueCol !== undefined ? numericColumn(t, valueCol).issues : []), ...extraIssues], duplicates: [] };
  }
  const seen = new Set<string>();
  report = {
    duplicates: report.duplicates,
    issues: report.issues.filter((i) => {
      // A left-out row's cells are blanked, not the user's mistake (order lines were filtered in step 1).
      if (dropped && options.excludeRows!.has(i.row)) return false;
      const id = `${i.row}:${i.column}:${i.reason}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    }).sort((a, b) => a.row - b.row || a.column - b.column),
  };
  const untiered = countNoTier(tier) - (dropped ? countOnes(dropped) : 0);
  if (untiered > 0) {
    notes.push({ key: "tiering.untiered", params: { count: untiered },
      message: `${untiered} row${untiered === 1 ? " has" : "s have"} no tier because a value needed is not a number; see the input report.` });
  }

  const result: TierResult = {
    labels,
    tier,
    rank,
    shareAbove,
    cumValueShare,
    valueShareAbove,
    value,
    groupSize,
    rankedBy: score ? "score" : "value",
    score,
    rfm,
    groups: groups ? { names: groups.names, of: groups.of } : undefined,
    customers: customerCol !== undefined ? (dropped ? table : t).rows.map((row) => cellText(row[customerCol])) : undefined,
    gridRows,
    tiers: tierSummaries(labels, tier, value, key),
    method: details,
    notes,
  };
  return { result, report };
}
