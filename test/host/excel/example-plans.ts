import { tasksSheetPlan, tierColumnsPlan, type TaskRowInput } from "../../../src/engine/plans";

/**
 * The small workbook the host's write tests start from and the plans they write into it: a Data sheet of three
 * customers and their sales, tier columns beside it, and a tasks sheet of one visit.
 */

/** Sheet Data, A1:B4: a header row and three customers. */
export const DATA_GRID = [
  ["Customer", "Sales"],
  ["Acme", 120],
  ["Bolt", 80],
  ["Cara", 50],
];

/** Tier columns beside Data's customers from C1 on (header row 1), row i + 2 given tiers[i] and rank i + 1. */
export const tierColumns = (tiers: readonly string[]) =>
  tierColumnsPlan({
    sheet: "Data",
    headerRow: 0,
    firstDataRow: 1,
    firstFreeColumn: 2,
    labels: ["A", "B", "C"],
    lang: "en-US",
    rows: tiers.map((tier, i) => ({ tier, rank: i + 1, why: `rank ${i + 1}` })),
  });

/** Acme's maintenance visit, Li's, due 2024-01-15. */
export const ACME_VISIT: TaskRowInput = {
  customer: "Acme",
  tier: "A",
  type: "maintenance",
  task: "Visit",
  channel: "visit",
  owner: "Li",
  due: new Date(Date.UTC(2024, 0, 15)),
};

/** The English tasks sheet ("TierLadder Tasks", its table TierLadderTasks) with Acme's visit, Li not overloaded. */
export const oneVisitTasks = () =>
  tasksSheetPlan({
    lang: "en-US",
    tasks: [ACME_VISIT],
    workload: [{ owner: "Li", hoursPerWeek: 2, capacity: 10, overloaded: false }],
  });
