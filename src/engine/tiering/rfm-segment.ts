import { RFM_SEGMENTS, type RfmSegmentId } from "./rfm-segments";

/** The segment table's first match for r, f, m in 0–5 (0 = no score), indexed r·36 + f·6 + m. */
const LOOKUP: readonly RfmSegmentId[] = Array.from({ length: 216 }, (_, i) =>
  firstMatch(Math.floor(i / 36), Math.floor(i / 6) % 6, i % 6),
);

function firstMatch(r: number, f: number, m: number): RfmSegmentId {
  for (const s of RFM_SEGMENTS) {
    if (r >= s.r[0] && r <= s.r[1] && f >= s.f[0] && f <= s.f[1] && m >= s.m[0] && m <= s.m[1]) return s.id;
  }
  return "others";
}

/**
 * The RFM segment of one customer's scores (DESIGN.md table; first match wins, else "others").
 * Scores outside 1–5 (e.g. 0 for a row without valid data) match nothing and give "others".
 * Whole scores 0–5 are looked up in a table built once from RFM_SEGMENTS (a million rows are
 * segmented per run); anything else goes through the table's rules directly.
 */
export function rfmSegment(r: number, f: number, m: number): RfmSegmentId {
  const whole = r === (r | 0) && f === (f | 0) && m === (m | 0);
  if (whole && r >= 0 && r <= 5 && f >= 0 && f <= 5 && m >= 0 && m <= 5) {
    return LOOKUP[r * 36 + f * 6 + m];
  }
  return firstMatch(r, f, m);
}
