import { RFM_CLASS_IDS, RFM_CLASS_NAMES, type RfmClassId } from "./rfm-classes";
import { RFM_SEGMENT_IDS, RFM_SEGMENT_NAMES, type RfmSegmentId } from "./rfm-segments";

/** The RFM models a scheme can name its tiers by: the ten segments (default) or the eight classes. */
export type RfmModel = "rfm10" | "rfm8";

/** A customer's RFM group: a segment of the ten-segment map or one of the eight classes. */
export type RfmGroupId = RfmSegmentId | RfmClassId;

/** Display names of every RFM group id, per language (the two models' ids do not overlap). */
export const RFM_NAMES: Readonly<Record<"en-US" | "zh-CN", Readonly<Record<RfmGroupId, string>>>> = {
  "en-US": { ...RFM_SEGMENT_NAMES["en-US"], ...RFM_CLASS_NAMES["en-US"] },
  "zh-CN": { ...RFM_SEGMENT_NAMES["zh-CN"], ...RFM_CLASS_NAMES["zh-CN"] },
};

/** The group ids of a model in tier order (the tiers RFM by segment makes). */
export function rfmGroupIds(model: RfmModel = "rfm10"): readonly RfmGroupId[] {
  return model === "rfm8" ? RFM_CLASS_IDS : RFM_SEGMENT_IDS;
}
