import { rfmClass } from "./rfm-class";
import type { RfmClassId } from "./rfm-classes";
import { rfmScoreMeans } from "./rfm-score-means";

/**
 * The RFM class of every scored row (DESIGN.md "RFM eight classes"), against the means of the scores
 * over the scored rows (rfmScoreMeans); undefined for a row without scores (R = 0 or NaN).
 */
export function rfmEightClasses(
  r: ArrayLike<number>,
  f: ArrayLike<number>,
  m: ArrayLike<number>,
): (RfmClassId | undefined)[] {
  const means = rfmScoreMeans(r, f, m);
  return Array.from({ length: r.length }, (_, i) =>
    r[i] >= 1 && f[i] >= 1 && m[i] >= 1 ? rfmClass(r[i], f[i], m[i], means) : undefined,
  );
}
