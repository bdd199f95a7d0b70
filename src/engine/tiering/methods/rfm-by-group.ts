import { consecutive } from "../consecutive";
import { gatherGroup, type RowGroups } from "../group-rows";
import { rfmEightClasses } from "../rfm-eight-classes";
import type { RfmGroupId } from "../rfm-names";
import { rfmScores, type RfmScores } from "../rfm-scores";
import { rfmSegment } from "../rfm-segment";
import { NO_TIER } from "../types";

/** RFM scores of each row among the rows of its group (quintiles of the group). */
export function rfmByGroup(
  groups: RowGroups | undefined,
  rec: Float64Array,
  freq: Float64Array,
  value: Float64Array,
): RfmScores {
  if (!groups) return rfmScores(rec, freq, value);
  const n = value.length;
  const r = new Uint8Array(n),
    f = new Uint8Array(n),
    m = new Uint8Array(n);
  for (let g = 0; g < groups.names.length; g++) {
    const s = rfmScores(gatherGroup(groups, g, rec), gatherGroup(groups, g, freq), gatherGroup(groups, g, value));
    for (let j = groups.start[g]; j < groups.start[g + 1]; j++) {
      const row = groups.rows[j],
        i = j - groups.start[g];
      r[row] = s.r[i];
      f[row] = s.f[i];
      m[row] = s.m[i];
    }
  }
  return {
    r,
    f,
    m,
    cuts: { recency: new Float64Array(0), frequency: new Float64Array(0), monetary: new Float64Array(0) },
  };
}

/** The ten-segment RFM map per row. */
export function rfmSegmentsOf(r: Uint8Array, f: Uint8Array, m: Uint8Array): RfmGroupId[] {
  const out = new Array<RfmGroupId>(r.length);
  for (let i = 0; i < r.length; i++) out[i] = rfmSegment(r[i], f[i], m[i]);
  return out;
}

/**
 * The eight RFM classes per row, against the mean scores of the row's group (the scores are the
 * group's quintiles, so their means are too); rows without scores get the last class (their tier is none).
 */
export function rfmClassesByGroup(
  groups: RowGroups | undefined,
  r: Uint8Array,
  f: Uint8Array,
  m: Uint8Array,
): RfmGroupId[] {
  const out = new Array<RfmGroupId>(r.length).fill("general-win-back");
  const put = (rows: ArrayLike<number>, classes: ReturnType<typeof rfmEightClasses>) => {
    for (let j = 0; j < classes.length; j++) if (classes[j]) out[rows[j]] = classes[j]!;
  };
  if (!groups) put(consecutive(0, r.length), rfmEightClasses(r, f, m));
  else {
    for (let g = 0; g < groups.names.length; g++) {
      put(
        groups.rows.subarray(groups.start[g], groups.start[g + 1]),
        rfmEightClasses(gatherGroup(groups, g, r), gatherGroup(groups, g, f), gatherGroup(groups, g, m)),
      );
    }
  }
  return out;
}

/** Tier = the group's place in `ids` (the model's tier order); NO_TIER for rows without scores (r = 0). */
export function segmentTiers(r: Uint8Array, segment: readonly RfmGroupId[], ids: readonly RfmGroupId[]): Int32Array {
  const index = new Map(ids.map((id, i) => [id, i]));
  const out = new Int32Array(r.length);
  for (let i = 0; i < r.length; i++) out[i] = r[i] ? index.get(segment[i])! : NO_TIER;
  return out;
}

/** R + F + M per row; NaN for rows without scores. */
export function rfmSum(r: Uint8Array, f: Uint8Array, m: Uint8Array): Float64Array {
  const out = new Float64Array(r.length);
  for (let i = 0; i < r.length; i++) out[i] = r[i] ? r[i] + f[i] + m[i] : NaN;
  return out;
}
