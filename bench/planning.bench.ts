/**
 * The planning engine at scale (issue 3):
 * - tasks for 100,000 customers (20 % A, 30 % B, 50 % C; two in three with a rep) over 13 weeks with
 *   the default playbooks (about 1.3 million task rows), target < 2000 ms; baseline in the same run:
 *   allocating the same number of plain row objects { customer, template, owner, dueDay };
 * - workload per owner over that task list;
 * - a ladder plan for 1,000 reps × 52 weeks (allocation across reps and weeks + backward targets per
 *   rep per week on the seed ladder), target < 500 ms; baseline: a plain loop over the same 52,000
 *   cells doing the 5 divisions and ceilings with no allocation or checks.
 */
import type { Bench } from "./harness";
import { generateTasks } from "../src/engine/tasks/generate-tasks";
import { defaultPlaybooks } from "../src/engine/tasks/default-playbooks";
import { workload } from "../src/engine/tasks/workload";
import type { TaskCustomer } from "../src/engine/tasks/task-list";
import { planRepsByPeriod } from "../src/engine/ladder/rep-period-plan";
import { defaultLadder } from "../src/engine/ladder/default-ladder";

const CUSTOMERS = 100_000;
const WEEKS = 13;
const REPS = 1_000;
const PERIODS = 52;
const TASKS = `tasks ${CUSTOMERS.toLocaleString("en-US")} customers × ${WEEKS} weeks`;
const PLAN = `ladder plan ${REPS.toLocaleString("en-US")} reps × ${PERIODS} weeks`;

function customers(): TaskCustomer[] {
  const out: TaskCustomer[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const d = i % 10;
    out.push({
      name: `Customer ${i}`,
      tier: d < 2 ? "A" : d < 5 ? "B" : "C",
      owner: i % 3 === 2 ? null : `Rep ${i % 200}`,
    });
  }
  return out;
}

export default async function planningBench(h: Bench): Promise<void> {
  const list = customers();
  const start = new Date(Date.UTC(2025, 0, 6));
  const input = { customers: list, playbooks: defaultPlaybooks(), start, weeks: WEEKS, lang: "en-US" as const };
  const rows = generateTasks(input).length;

  const objects = "baseline: one plain object per task row";
  await h.time(TASKS, objects, () => {
    const out = new Array(rows);
    for (let i = 0; i < rows; i++)
      out[i] = { customer: i % CUSTOMERS, template: i % 11, owner: i % 201, dueDay: 20094 + (i % 91) };
    return out;
  });
  await h.time(TASKS, "generateTasks (typed columns)", () => generateTasks(input), {
    baseline: objects,
    maxMs: 2000,
    maxRatio: 3,
  });
  h.record(TASKS, "task rows", rows, "rows");
  const tasks = generateTasks(input);
  await h.time(TASKS, "workload per owner", () => workload(tasks, { capacity: 40 }), {
    baseline: objects,
    maxMs: 1000,
  });

  const ladder = defaultLadder();
  const rates = [0.5, 0.4, 0.5, 0.5, 0.6];
  const repWeights = Array.from({ length: REPS }, (_, r) => 1 + (r % 7));
  const weekWeights = Array.from({ length: PERIODS }, (_, w) => 1 + 0.5 * Math.sin((2 * Math.PI * w) / PERIODS)); // seasonality
  const plain = "baseline: plain loop, 5 ceil divisions per cell";
  await h.time(PLAN, plain, () => {
    const out = new Float64Array(REPS * PERIODS * 6);
    for (let c = 0; c < REPS * PERIODS; c++) {
      out[c * 6 + 5] = c % 5;
      for (let s = 4; s >= 0; s--) out[c * 6 + s] = Math.ceil(out[c * 6 + s + 1] / rates[s]);
    }
    return out;
  });
  await h.time(
    PLAN,
    "planRepsByPeriod (allocate + backwardTargets)",
    () => planRepsByPeriod(ladder, 50_000, repWeights, weekWeights),
    {
      // No ratio bound: the baseline takes a few ms, so its ratio swings with machine load; it is printed.
      baseline: plain,
      maxMs: 500,
    },
  );
}
