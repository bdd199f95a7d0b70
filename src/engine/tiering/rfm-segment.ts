import { RFM_SEGMENTS, type RfmSegmentId } from "./rfm-segments";

/**
 * The RFM segment of one customer's scores (DESIGN.md table; first match wins, else "others").
 * Scores outside 1–5 (e.g. 0 for a row without valid data) match nothing and give "others".
 */
export function rfmSegment(r: number, f: number, m: number): RfmSegmentId {
  for (const s of RFM_SEGMENTS) {
    if (r >= s.r[0] && r <= s.r[1] && f >= s.f[0] && f <= s.f[1] && m >= s.m[0] && m <= s.m[1]) return s.id;
  }
  return "others";
}
