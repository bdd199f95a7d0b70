import { InputError } from "../errors";
import { dateOfDay, dayNumber } from "../ladder/calendar-days";
import type { Period } from "../ladder/split-period";
import { repPeriodTarget, type RepPeriodPlan } from "../ladder/rep-period-plan";
import { validateLadder } from "../ladder/validate-ladder";
import type { Ladder, Lang } from "../ladder/types";
import type { TaskType } from "./types";

/** A stage target turned into a task for one rep and period ("Contact 50 leads"). */
export interface StageTask {
  readonly owner: string;
  readonly period: string;
  readonly stageId: string;
  readonly count: number;
  readonly title: string;
  readonly type: TaskType;
  /** The period's last day (UTC midnight). */
  readonly due: Date;
}

/**
 * Tasks from a rep × period plan ({@link planRepsByPeriod}): one per rep, period and stage with a
 * target above 0, titled from the stage's `action` text ("Contact {n} leads"), else "<stage>: n".
 * The last stage's task is a signing task; all are new-customer development (新客户开发).
 */
export function stageTargetTasks(ladder: Ladder, plan: RepPeriodPlan, owners: readonly string[], periods: readonly Period[], lang: Lang): StageTask[] {
  validateLadder(ladder);
  if (owners.length !== plan.reps || periods.length !== plan.periods || ladder.stages.length !== plan.stages) {
    throw new InputError("stageTasksShapeMismatch",
      { reps: plan.reps, owners: owners.length, periods: plan.periods, given: periods.length },
      `The plan has ${plan.reps} reps, ${plan.periods} periods and ${plan.stages} stages; found ${owners.length} owners, ${periods.length} periods and ${ladder.stages.length} stages.`);
  }
  const dues = periods.map((p) => dateOfDay(dayNumber(p.end, "period end") - 1));
  const out: StageTask[] = [];
  for (let r = 0; r < plan.reps; r++) {
    for (let p = 0; p < plan.periods; p++) {
      ladder.stages.forEach((stage, s) => {
        const count = repPeriodTarget(plan, r, p, s);
        if (count <= 0) return;
        const title = stage.action ? stage.action[lang].replace("{n}", String(count)) : `${stage.names[lang]}: ${count}`;
        out.push({ owner: owners[r], period: periods[p].label, stageId: stage.id, count, title, type: "new-customer", due: dues[p] });
      });
    }
  }
  return out;
}
