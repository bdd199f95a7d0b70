/**
 * The numeric kernels of tiering (cut-offs, tiers, scores, RFM, groups, statistics): no tierTable, no
 * scheme and no zod, so the custom functions import them without the pipeline (functions bundle 34 KB,
 * not 126 KB). index.ts re-exports them with the pipeline.
 */
export * from "./types";
export { validateShares } from "./validate-shares";
export { normaliseShares } from "./normalise-shares";
export { cumulativeShares } from "./cumulative-shares";
export { validateBounds } from "./validate-bounds";
export { bisectLeft, bisectRight } from "./bisect";
export { argsortFloat64 } from "./argsort-float64";
export { sortedFinite } from "./sorted-finite";
export { assignByCutoffs } from "./assign-by-cutoffs";
export { rankShareCutoffs } from "./rank-share-cutoffs";
export { rankShareTiers } from "./rank-share-tiers";
export { valueShareCutoffs } from "./value-share-cutoffs";
export { valueShareTiers } from "./value-share-tiers";
export { thresholdTiers } from "./threshold-tiers";
export { midRankPercentiles } from "./mid-rank-percentiles";
export { weightedScore } from "./weighted-score";
export type { Direction } from "./weighted-score";
export { quantile7 } from "./quantile7";
export { quantiles7Unsorted } from "./quantiles7-unsorted";
export { selectInPlace } from "./select-in-place";
export { rfmScores, RFM_PROBABILITIES } from "./rfm-scores";
export type { RfmScores } from "./rfm-scores";
export { rfmSegment } from "./rfm-segment";
export { RFM_SEGMENTS, RFM_SEGMENT_IDS, RFM_SEGMENT_NAMES } from "./rfm-segments";
export type { RfmSegmentId } from "./rfm-segments";
export { ruleTiers, matchRules, valuesNotFound, holdsNoNumbers, isRangeCondition, RANGE_OPS } from "./rule-tiers";
export type { RuleCondition, CategoryCondition, RangeCondition, TierRule } from "./rule-tiers";
export { groupRows, gatherGroup } from "./group-rows";
export type { RowGroups } from "./group-rows";
export { rankStats } from "./rank-stats";
export type { RankStats } from "./rank-stats";
export { tierSummaries } from "./tier-summaries";
export { computedAbc } from "./computed-abc";
export type { ComputedAbcResult, AbcPoint } from "./computed-abc";
export { naturalBreaks } from "./natural-breaks";
export type { NaturalBreaksResult } from "./natural-breaks";
export { RFM_CLASSES, RFM_CLASS_IDS, RFM_CLASS_NAMES } from "./rfm-classes";
export type { RfmClassId } from "./rfm-classes";
export { rfmScoreMeans } from "./rfm-score-means";
export type { RfmMeans } from "./rfm-score-means";
export { rfmClass } from "./rfm-class";
export { rfmEightClasses } from "./rfm-eight-classes";
export { RFM_NAMES, rfmGroupIds } from "./rfm-names";
export type { RfmGroupId, RfmModel } from "./rfm-names";
export { lifecycleStages, LIFECYCLE_STAGES, LIFECYCLE_NAMES, DEFAULT_LIFECYCLE_WINDOWS } from "./lifecycle-stages";
export type { LifecycleStage, LifecycleWindows, LifecycleAt } from "./lifecycle-stages";
export { behaviourGrades, BEHAVIOUR_GRADES, BEHAVIOUR_NAMES, DEFAULT_BEHAVIOUR_RULE } from "./behaviour-grades";
export type { BehaviourGrade, BehaviourRule } from "./behaviour-grades";
