export type { Lang, LocalizedText, Stage, Ladder } from "./types";
export { defaultLadder } from "./default-ladder";
export { validateLadder, ladderStageLabel } from "./validate-ladder";
export { backwardTargets } from "./backward-targets";
export { ladderTargets, type StageTarget } from "./ladder-targets";
export { dealTarget } from "./deal-target";
export { forwardExpectation } from "./forward-expectation";
export { stepRates } from "./step-rates";
export { findBottleneck, type Bottleneck } from "./find-bottleneck";
export { compareToTarget, type StageComparison, type TargetComparison } from "./compare-to-target";
export { allocate } from "./allocate";
export {
  planTiers,
  type TierLadder,
  type PlanTarget,
  type TierFunnel,
  type CombinedStage,
  type TierPlan,
} from "./plan-tiers";
export { planRepsByPeriod, repPeriodTarget, type RepPeriodPlan } from "./rep-period-plan";
export { latestStartDates, type StageStart } from "./latest-start-dates";
export { splitPeriod, splitQuarter, quarterRange, type Period, type PeriodUnit, type WeekStart } from "./split-period";
export { dayNumber, dateOfDay, isoOfDay, MS_PER_DAY } from "./calendar-days";
export {
  pipelineCounts,
  type PipelineDeal,
  type PipelineCounts,
  type PipelineOptions,
  type StageCounts,
} from "./pipeline-counts";
