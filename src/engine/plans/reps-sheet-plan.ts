import { InputError } from "../errors";
import type { RepRow } from "../reps/rep-figures";
import { DEFAULT_REP_GRADE_NAMES } from "../reps/rep-grades";
import { checkNumber } from "./check";
import { DEFAULT_TIER_FILLS, type PlanStrings, planStrings } from "./strings";
import type { PlanCellBlock, PlanLang, PlanTable, PlanValue, WorkbookPlan } from "./types";

/** A column beside the reps, one entry per rep row (null = blank). */
type RepColumn = readonly (number | null)[];

export interface RepsInput {
  /** One row per rep (repFigures, withAttainment, gradeReps), the NO_REP row last if any. */
  readonly reps: readonly RepRow[];
  /** The customer tiers' labels, top first (one per entry of customersPerTier). */
  readonly tierLabels: readonly string[];
  /** The grades' names, best first; default DEFAULT_REP_GRADE_NAMES in the sheet's language. */
  readonly gradeLabels?: readonly string[];
  /** Commission or bonus per rep. */
  readonly payout?: RepColumn;
  /** Payout / sales per rep (a fraction). */
  readonly effectiveRate?: RepColumn;
  /** Workload in hours per week (from the task plan). */
  readonly load?: RepColumn;
  /** Hours per week the rep has. */
  readonly capacity?: RepColumn;
  readonly lang: PlanLang;
}

/** The optional columns in sheet order: header, number format, and how the total row sums them. */
const OPTIONAL = [
  { field: "payout", header: (s: PlanStrings) => s.payout, format: "#,##0.00" },
  { field: "effectiveRate", header: (s: PlanStrings) => s.effectiveRate, format: "0.00%" },
  { field: "load", header: (s: PlanStrings) => s.hoursPerWeek, format: "0.0" },
  { field: "capacity", header: (s: PlanStrings) => s.capacity, format: "0.0" },
] as const;

/**
 * The "TierLadder Reps" sheet (DESIGN.md "Reps and incentives"): an Excel table from A1, one row per
 * rep — Sales rep, Customers per tier, Value per tier, Quota, Actual sales, Attainment, Grade, then
 * Payout, Effective rate, Hours per week and Capacity when given — and one blank row below it, the team
 * totals. Totals: counts, values, actual sales, payout, load and capacity summed; quota summed over the
 * reps that have one; attainment = the actual sales of those reps / that sum (not the customers without
 * a rep, who have no quota); effective rate = Σ payout / Σ actual sales. The first tier's customer count
 * is the rep's A-customers (no second column for it). Grades are filled like tiers (green, yellow, red…).
 */
export function repsSheetPlan(input: RepsInput): WorkbookPlan {
  const s = planStrings(input.lang);
  const k = input.tierLabels.length;
  const grades = input.gradeLabels ?? DEFAULT_REP_GRADE_NAMES[input.lang];
  const optional = OPTIONAL.filter((c) => input[c.field] !== undefined);
  for (const c of optional) checkColumn(input[c.field]!, c.header(s), input.reps.length);
  const { headers, formats } = repColumns(input.tierLabels, optional, s);
  const rows = input.reps.map((r, i): PlanValue[] => [
    ...repCells(r, k, grades, s),
    ...optional.map((c) => input[c.field]![i]),
  ]);
  const table: PlanTable = {
    name: "TierLadderReps",
    row: 0,
    column: 0,
    headers,
    rows,
    columnFormats: formats,
    what: s.repsWhat,
  };
  const totals: PlanCellBlock = {
    row: rows.length + 2,
    column: 0,
    what: s.repTotalsWhat,
    values: [
      totalRow(
        input,
        optional.map((c) => c.field),
        s,
      ),
    ],
    columnFormats: formats,
  };
  const gradeColumn = 2 * k + 4;
  return {
    lang: input.lang,
    columns: [],
    settings: [],
    activate: "reps",
    sheets: [
      {
        key: "reps",
        name: s.repsSheet,
        blocks: [totals],
        tables: [table],
        validations: [],
        conditionalFills:
          rows.length === 0
            ? []
            : [
                {
                  range: { row: 1, column: gradeColumn, rowCount: rows.length, columnCount: 1 },
                  rules: grades.map((g, i) => ({ equals: g, fill: DEFAULT_TIER_FILLS[i % DEFAULT_TIER_FILLS.length] })),
                },
              ],
        charts: [],
        autofit: true,
        freezeRows: 1,
      },
    ],
  };
}

/** The table's headers and number formats (money to cents, attainment to 0.1 %, rates to 0.01 %). */
function repColumns(tierLabels: readonly string[], optional: readonly (typeof OPTIONAL)[number][], s: PlanStrings) {
  const headers = [
    s.rep,
    ...tierLabels.map((t) => s.customersOfTier(t)),
    ...tierLabels.map((t) => s.valueOfTier(t)),
    s.quota,
    s.actualSales,
    s.attainment,
    s.grade,
    ...optional.map((c) => c.header(s)),
  ];
  const formats = [
    undefined,
    ...tierLabels.map(() => "#,##0"),
    ...tierLabels.map(() => "#,##0.00"),
    "#,##0.00",
    "#,##0.00",
    "0.0%",
    undefined,
    ...optional.map((c) => c.format),
  ];
  return { headers, formats };
}

/** A rep's own cells: name, customers and value per tier, quota, actual, attainment, grade's name. */
function repCells(r: RepRow, k: number, grades: readonly string[], s: PlanStrings): PlanValue[] {
  const name = r.unassigned ? s.noRep : r.rep;
  if (r.customersPerTier.length !== k || r.valuePerTier.length !== k)
    throw new InputError(
      "reps.sheetTiers",
      { rep: name, found: r.customersPerTier.length, tiers: k },
      `${name} has figures for ${r.customersPerTier.length} tiers, but the sheet has ${k} tier labels.`,
    );
  if (r.grade !== undefined && (!Number.isInteger(r.grade) || r.grade < 0 || r.grade >= grades.length))
    throw new InputError(
      "reps.sheetGrade",
      { rep: name, found: r.grade, grades: grades.length },
      `${name} has grade ${r.grade}, but there are ${grades.length} grade names.`,
    );
  return [
    name,
    ...r.customersPerTier.map((c) => checkNumber(c, `Customers of ${name}`, true)),
    ...r.valuePerTier.map((v) => checkNumber(v, `Value of ${name}`)),
    r.quota === undefined ? null : checkNumber(r.quota, `Quota of ${name}`, true),
    checkNumber(r.actual, `Actual sales of ${name}`),
    r.attainment === undefined ? null : checkNumber(r.attainment, `Attainment of ${name}`),
    r.grade === undefined ? null : grades[r.grade],
  ];
}

/** The team totals row (see repsSheetPlan for what each total is). */
function totalRow(
  input: RepsInput,
  optional: readonly (typeof OPTIONAL)[number]["field"][],
  s: PlanStrings,
): PlanValue[] {
  const reps = input.reps;
  const sum = (xs: readonly (number | null | undefined)[]) => xs.reduce<number>((a, x) => a + (x ?? 0), 0);
  const perTier = (f: (r: RepRow) => readonly number[]) =>
    input.tierLabels.map((_, t) => sum(reps.map((r) => f(r)[t])));
  const withQuota = reps.filter((r) => r.quota !== undefined && !r.unassigned);
  const quota = withQuota.length === 0 ? null : sum(withQuota.map((r) => r.quota));
  const attainment = quota ? sum(withQuota.map((r) => r.actual)) / quota : null;
  const actual = sum(reps.map((r) => r.actual));
  const payout = input.payout ? sum(input.payout) : null;
  const cells: Record<(typeof OPTIONAL)[number]["field"], PlanValue> = {
    payout,
    effectiveRate: payout !== null && actual > 0 ? payout / actual : null,
    load: input.load ? sum(input.load) : null,
    capacity: input.capacity ? sum(input.capacity) : null,
  };
  return [
    s.total,
    ...perTier((r) => r.customersPerTier),
    ...perTier((r) => r.valuePerTier),
    quota,
    actual,
    attainment,
    null,
    ...optional.map((f) => cells[f]),
  ];
}

/** An optional column has one entry per rep, each a number ≥ 0 or blank (null). */
function checkColumn(column: RepColumn, header: string, reps: number): void {
  if (column.length !== reps)
    throw new InputError(
      "reps.sheetColumnLength",
      { column: header, found: column.length, reps },
      `The column ${header} has ${column.length} entries, but there are ${reps} reps; give one per rep.`,
    );
  column.forEach((x, i) => {
    if (x !== null) checkNumber(x, `${header}, rep ${i + 1}`, true);
  });
}
