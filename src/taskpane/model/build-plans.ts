import type { TFunction } from "i18next";
import type { CellValue } from "../../engine/cells";
import { InputError } from "../../engine/errors";
import {
  funnelSheetPlan,
  mergePlans,
  summarySheetPlan,
  tasksByOwnerPlan,
  tasksSheetPlan,
  tierColumnsPlan,
  type TierSnapshot,
  type WorkbookPlan,
} from "../../engine/plans";
import type { Table } from "../../engine/table";
import { taskAt } from "../../engine/tasks";
import { NO_TIER, type TierTableOutput } from "../../engine/tiering";
import type { SelectionRead } from "../../host";
import type { Lang } from "../../i18n/language";
import type { OutputKind } from "./output-kind";
import { createExplainer } from "./explain-text";
import { reportAbout } from "./report-about";
import type { LadderOutcome } from "./ladder-draft";
import type { RepsOutcome } from "./reps-plan";
import { repsPlan } from "./reps-write";
import type { TasksOutcome } from "./tasks-plan";
import { summaryDataProblem } from "./summary-data-problem";

export interface PlanInputs {
  readonly lang: Lang;
  readonly t: TFunction;
  readonly outputs: ReadonlySet<OutputKind>;
  readonly read?: SelectionRead;
  /** The selection as a table (order lines for an order list). */
  readonly table?: Table;
  readonly output?: TierTableOutput;
  /** Grid rows left out of tiering (hidden or filtered out, see tierTable's excludeRows): their tier cells stay blank. */
  readonly excludeRows?: ReadonlySet<number>;
  readonly ladder?: LadderOutcome;
  readonly tasks?: TasksOutcome;
  /** The Reps tab's figures and suggested owners. */
  readonly reps?: RepsOutcome;
  /** Tiers of the last run (the workbook's "lastRun" snapshot), for the tier columns' "Previous tier". */
  readonly previous?: TierSnapshot;
  /** When the plan is built (the summary's date); now by default. */
  readonly now?: Date;
}

const key = (v: CellValue) =>
  v === null || v === undefined || typeof v === "object" ? "" : String(v).trim().toLowerCase();

/**
 * Tier columns for every data row of the selection, in sheet order. For a customer list row i is
 * result row i; for an order list each order line gets its customer's tier (matched by name).
 */
function tierColumns(p: PlanInputs, read: SelectionRead, table: Table, out: TierTableOutput): WorkbookPlan {
  const r = out.result;
  const headerRow = read.top + table.firstRow - 1;
  if (headerRow < 0) {
    throw new InputError(
      "noHeaderRow",
      {},
      "Tier columns need a header row above the data. Select the data with its header row.",
    );
  }
  let resultRow: (i: number) => number;
  if (r.tier.length === table.rows.length) {
    resultRow = (i) => i;
  } else {
    const customerCol = table.columns.find((c) => c.role === "customer")?.index;
    const byName = new Map<string, number>();
    r.customers?.forEach((name, i) => byName.set(name.toLowerCase(), i));
    resultRow = (i) => (customerCol === undefined ? -1 : (byName.get(key(table.rows[i][customerCol])) ?? -1));
  }
  const explain = createExplainer(p.t, p.lang, r);
  // "Previous tier" whenever customers can be matched across runs (blank on the first run), so the block
  // keeps one width from the first run on and a re-run refreshes it in place.
  const previousOf = (j: number): string | null => {
    const name = j >= 0 ? r.customers?.[j] : undefined;
    return name !== undefined && p.previous && Object.hasOwn(p.previous.tiers, name) ? p.previous.tiers[name] : null;
  };
  // A joined order history adds columns and (when asked) customers that are not on the sheet: the tier
  // columns go beside the selection's own cells, one per row of it.
  const onSheet = Math.min(table.rows.length, read.grid.length - table.firstRow);
  const rows = table.rows.slice(0, onSheet).map((_, i) => {
    // A left-out order line would otherwise get its customer's tier by name.
    if (p.excludeRows?.has(table.firstRow + i))
      return { tier: null, score: null, rank: null, why: "", previousTier: null };
    const j = resultRow(i);
    const tier = j < 0 ? NO_TIER : r.tier[j];
    return {
      tier: tier === NO_TIER ? null : r.labels[tier],
      previousTier: previousOf(j),
      score: j >= 0 && r.score ? r.score[j] : null,
      rank: j >= 0 && r.rank[j] > 0 ? r.rank[j] : null,
      why: j >= 0 ? explain(j) : p.t("explain.noTier"),
    };
  });
  return tierColumnsPlan({
    sheet: read.sheet,
    tableName: read.tableName,
    headerRow,
    firstDataRow: headerRow + 1,
    firstFreeColumn: read.left + (read.grid[0]?.length ?? table.columns.length),
    rows,
    labels: r.labels,
    lang: p.lang,
    withPrevious: r.customers !== undefined,
  });
}

function funnel(p: PlanInputs, ladder: LadderOutcome): WorkbookPlan {
  if (ladder.error) throw ladder.error;
  if (!ladder.targets) throw new InputError("ladderIncomplete", {}, "Fix the ladder on the Ladder tab first.");
  const cmp = ladder.comparison;
  const a = ladder.allocation;
  return funnelSheetPlan({
    lang: p.lang,
    tiers: ladder.tierPlan?.tiers.map((x) => ({
      tier: x.tier,
      share: x.share,
      deals: x.deals,
      revenue: x.revenue,
      stages: x.stages.map((st) => ({ name: st.names[p.lang], target: st.target })),
    })),
    allocation: a && {
      by: p.t("write.allocationBy"),
      names: a.names,
      stages: a.stages.map((st) => st.name),
      parts: a.parts,
      averageDealSize: ladder.averageDealSize,
    },
    stages: ladder.targets.map((s, i) => {
      const c = cmp?.stages[i];
      const startBy = ladder.starts?.find((x) => x.id === s.id)?.startBy;
      return {
        name: s.names[p.lang],
        target: s.target,
        ...(startBy ? { startBy } : {}),
        ...(c ? { actual: c.actual, gap: c.shortfall } : {}),
        ...(c?.targetRate !== undefined ? { targetRate: c.targetRate } : {}),
        ...(c?.actualRate !== undefined && Number.isFinite(c.actualRate) ? { actualRate: c.actualRate } : {}),
        bottleneck: cmp?.bottleneck?.step === i,
      };
    }),
  });
}

function tasks(p: PlanInputs, outcome: TasksOutcome): WorkbookPlan {
  if (outcome.error) throw outcome.error;
  if (!outcome.list || !outcome.workload)
    throw new InputError("tasksIncomplete", {}, "Preview tiers and fix the Tasks tab first.");
  const list = outcome.list;
  const rows = Array.from({ length: list.length }, (_, i) => {
    const x = taskAt(list, i);
    return {
      customer: x.customer,
      tier: x.tier,
      type: p.t(`tasks.types.${x.type}`),
      task: x.title,
      channel: p.t(`tasks.channels.${x.channel}`),
      owner: x.owner,
      due: x.due,
      status: 0,
    };
  });
  const input = {
    lang: p.lang,
    tasks: rows,
    workload: outcome.workload.map((w) => ({
      owner: w.owner,
      hoursPerWeek: w.averageHours,
      capacity: w.capacity,
      overloaded: w.overloaded,
    })),
  };
  return outcome.perOwner ? tasksByOwnerPlan(input) : tasksSheetPlan(input);
}

/** One WorkbookPlan for the chosen outputs, from the engine's results (the engine's plan builders). */
export function buildPlan(p: PlanInputs): WorkbookPlan {
  const plans: WorkbookPlan[] = [];
  if (p.outputs.has("tierColumns") && p.read && p.table && p.output)
    plans.push(tierColumns(p, p.read, p.table, p.output));
  if (p.outputs.has("summary") && p.output) {
    const problem = summaryDataProblem(p.output.result.tiers);
    if (problem) throw problem;
    const report = p.read
      ? reportAbout(p.t, p.lang, p.output.result, { source: p.read.address, date: p.now ?? new Date() })
      : undefined;
    plans.push(summarySheetPlan({ lang: p.lang, tiers: p.output.result.tiers, ...(report ? { report } : {}) }));
  }
  if (p.outputs.has("tasks") && p.tasks) plans.push(tasks(p, p.tasks));
  if (p.outputs.has("funnel") && p.ladder) plans.push(funnel(p, p.ladder));
  if (p.outputs.has("reps") && p.reps)
    plans.push(repsPlan(p.lang, p.reps, p.read && p.table ? { read: p.read, table: p.table } : undefined));
  if (plans.length === 0) throw new InputError("nothingToWrite", {}, "Choose at least one output.");
  return plans.length === 1 ? plans[0] : mergePlans(...plans);
}
