import { RFM_CLASSES, type RfmClassId } from "./rfm-classes";
import type { RfmMeans } from "./rfm-score-means";

/**
 * The RFM class (RFM 八类客户) of one customer's scores, DESIGN.md "RFM eight classes": a dimension is
 * high when its score is strictly above that dimension's mean score (equal counts as low), and the
 * high/low pattern of R, F and M picks the class from RFM_CLASSES.
 */
export function rfmClass(r: number, f: number, m: number, means: RfmMeans): RfmClassId {
  const hr = r > means.r,
    hf = f > means.f,
    hm = m > means.m;
  return RFM_CLASSES.find((c) => c.r === hr && c.f === hf && c.m === hm)!.id;
}
