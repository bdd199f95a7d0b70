import type { CellValue } from "../../engine/cells";
import { InputError } from "../../engine/errors";
import {
  allocateQuotas,
  bonusOnAttainment,
  commission,
  DEFAULT_REP_GRADE_NAMES,
  effectiveRate,
  gradeReps,
  tallyReps,
  withAttainment,
  type AssignReason,
  type RepRow,
  type UnassignedReason,
} from "../../engine/reps";
import type { Table } from "../../engine/table";
import type { TierTableOutput } from "../../engine/tiering";
import { stepsCatalogFor } from "../../i18n/catalogs";
import type { Lang } from "../../i18n/language";
import { parseTyped } from "./parse-list";
import { parseBands, parseGradeBounds, type ParsedBands, type RepsDraft } from "./reps-draft";
import { suggestOwners, type OwnerSuggestion } from "./reps-owners";
import type { TasksOutcome } from "./tasks-plan";
import type { Problem } from "./tier-draft";

/** One rep as the Reps tab shows it: the engine's figures, the grade by name, the payout and the load. */
export interface RepView extends Omit<RepRow, "grade"> {
  /** The grade's name in the pane's language. */
  readonly grade?: string;
  readonly payout?: number;
  readonly effectiveRate?: number;
  readonly load?: {
    readonly before: number;
    readonly after: number;
    readonly capacity: number;
    readonly aAccounts: number;
  };
}

export interface RepsOutcome {
  readonly reps: RepView[];
  /** The same reps as the engine gives them (grade as an index), for the Reps sheet. */
  readonly rows: readonly RepRow[];
  /** The tier labels, for the tier mix. */
  readonly labels: readonly string[];
  readonly changes: readonly { customer: string; from?: string; to: string; reason: AssignReason }[];
  readonly unassigned: readonly { customer: string; reason: UnassignedReason }[];
  /** The suggested owner of each customer by name (for the "Suggested owner" column). */
  readonly owners?: ReadonlyMap<string, string | null>;
  readonly problems: Readonly<Record<string, Problem>>;
  /** Reps whose attainment is questioned (quota and sales likely in different units) or missing. */
  readonly notes: { readonly questioned: readonly string[]; readonly noQuota: readonly string[] };
  readonly error?: unknown;
}

export interface RepsInputs {
  readonly output?: TierTableOutput;
  readonly table?: Table;
  readonly tasks?: TasksOutcome;
  readonly lang: Lang;
}

const EMPTY: RepsOutcome = {
  reps: [],
  rows: [],
  labels: [],
  changes: [],
  unassigned: [],
  problems: {},
  notes: { questioned: [], noQuota: [] },
};

/** The quotas the form gives: typed per rep, or the team target split equally or by sales (largest remainder). */
function quotasOf(d: RepsDraft, rows: readonly RepRow[], problems: Record<string, Problem>): Map<string, number> {
  const reps = rows.filter((r) => !r.unassigned);
  if (d.quotaMode === "typed") {
    const out = new Map<string, number>();
    for (const r of reps) {
      const text = d.quotas[r.rep]?.trim();
      if (!text) continue;
      const q = parseTyped(text);
      if (!(q > 0)) problems.quota = { key: "quotaNumber" };
      else out.set(r.rep, q);
    }
    return out;
  }
  if (d.teamTarget.trim() === "") return new Map();
  const target = parseTyped(d.teamTarget);
  if (!(Number.isInteger(target) && target > 0)) {
    problems.teamTarget = { key: "teamTargetNumber" };
    return new Map();
  }
  const weight = (r: RepRow) => (d.quotaMode === "by-actual" ? Math.max(0, r.actual) : 1);
  return allocateQuotas(
    target,
    reps.map((r) => ({ rep: r.rep, weight: weight(r) })),
  );
}

/** The rep column's cell of each tiered customer (a customer list's own row; an order list's first line). */
function repCells(output: TierTableOutput, table: Table, repColumn: number): CellValue[] {
  return Array.from(output.result.gridRows, (g) => table.rows[g - table.firstRow]?.[repColumn] ?? null);
}

/**
 * The Reps tab from the tiers (DESIGN.md "Reps and incentives"): per rep the tier mix and sales (tallyReps), the
 * quota and attainment, the grade by attainment, the commission payout by the bands, and owners suggested by tier
 * and capacity from the task plan's hours. Never throws: an error or a field's problem is returned.
 */
export function computeReps(d: RepsDraft, inputs: RepsInputs): RepsOutcome {
  const { output, table, lang } = inputs;
  if (!output || !table) return EMPTY;
  const repColumn = table.columns.find((c) => c.role === "rep")?.index;
  if (repColumn === undefined) {
    const error = new InputError(
      "repsNoRepColumn",
      {},
      "This tab works per sales rep: give one column the role Sales rep on the Data tab.",
    );
    return { ...EMPTY, error };
  }
  try {
    const problems: Record<string, Problem> = {};
    const r = output.result;
    const reps = repCells(output, table, repColumn);
    const tally = tallyReps({ reps, value: r.value, tier: r.tier, tiers: r.labels.length });
    const attained = withAttainment(tally.rows, quotasOf(d, tally.rows, problems));
    const bounds = parseGradeBounds(d.gradeBounds);
    if (!Array.isArray(bounds)) problems.gradeBounds = bounds;
    const graded = gradeReps(attained.rows, Array.isArray(bounds) ? { kind: "thresholds", bounds } : undefined);
    const notes = { questioned: attained.questioned, noQuota: [...attained.noQuota, ...attained.zeroQuota] };
    const bands = parseBands(d);
    if ("problems" in bands) Object.assign(problems, bands.problems);
    const owners = suggestOwners(d, { output, table, reps, tasks: inputs.tasks }, problems);
    const pay = payoutRule(d, bands, problems);
    const views = graded.map((row): RepView => {
      const payout = row.unassigned ? undefined : pay?.(row);
      return {
        ...row,
        rep: row.unassigned ? noRepName(lang) : row.rep,
        grade: row.grade === undefined ? undefined : DEFAULT_REP_GRADE_NAMES[lang][row.grade],
        payout,
        effectiveRate: payout === undefined ? undefined : effectiveRate(row.actual, payout),
        load: owners?.load.get(row.rep),
      };
    });
    return { ...fromOwners(owners), reps: views, rows: graded, labels: r.labels, problems, notes };
  } catch (error) {
    return { ...EMPTY, error };
  }
}

/** Each rep's payout: commission on sales, or the bonus on attainment (a share of the target bonus); undefined while the bands have a problem. */
function payoutRule(d: RepsDraft, bands: ParsedBands | { problems: unknown }, problems: Record<string, Problem>) {
  if ("problems" in bands) return undefined;
  if (d.basis === "sales") return (row: RepRow) => commission(row.actual, bands, d.mode);
  const target = parseTyped(d.targetBonus);
  if (!(target >= 0)) {
    problems.targetBonus = { key: "numberRequired" };
    return undefined;
  }
  return (row: RepRow) =>
    row.attainment === undefined ? undefined : bonusOnAttainment(row.attainment, bands, d.mode, target);
}

function fromOwners(owners: OwnerSuggestion | undefined) {
  return owners
    ? { changes: owners.changes, unassigned: owners.unassigned, owners: owners.byCustomer }
    : { changes: [], unassigned: [] };
}

/** The customers without a rep, named in the pane's language. */
function noRepName(lang: Lang): string {
  return stepsCatalogFor(lang).reps.noRep;
}
