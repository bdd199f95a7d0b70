import { rfmScores } from "../engine/tiering/rfm-scores";
import { rfmSegment } from "../engine/tiering/rfm-segment";
import { RFM_SEGMENT_NAMES } from "../engine/tiering/rfm-segments";
import { readVector, type Vector } from "./coerce-vector";
import { valueError } from "./errors";

function sameLength(first: Vector, other: Vector, firstName: string, otherName: string): void {
  if (other.values.length !== first.values.length) {
    throw valueError(`${otherName}: ${other.values.length} cells, but ${firstName} has ${first.values.length}; give one value per customer in each.`);
  }
}

/** Lays out one [a, b, c] triple per customer: rows for a column input, columns for a row input. */
function spillTriples(triples: (number | string)[][], vertical: boolean): (number | string)[][] {
  if (vertical) return triples;
  return [0, 1, 2].map((j) => triples.map((t) => t[j]));
}

/**
 * TIER.RFM: R, F and M scores 1–5 per customer (engine rfmScores: type-7 quintiles); a customer
 * missing a number in any of the three columns gets blanks.
 */
export function rfmSpill(recency: unknown, frequency: unknown, monetary: unknown): (number | string)[][] {
  const r = readVector(recency, "recency");
  const f = readVector(frequency, "frequency");
  const m = readVector(monetary, "monetary");
  sameLength(r, f, "recency", "frequency");
  sameLength(r, m, "recency", "monetary");
  const s = rfmScores(r.values, f.values, m.values);
  const triples = Array.from(r.values, (_, i) => (s.r[i] === 0 ? ["", "", ""] : [s.r[i], s.f[i], s.m[i]]));
  return spillTriples(triples, r.orientation === "column");
}

function checkScores(v: Vector, name: string): void {
  v.values.forEach((x, i) => {
    if (x === x && !(Number.isInteger(x) && x >= 1 && x <= 5)) throw valueError(`${name}: item ${i + 1} is ${x}; expected a score from 1 to 5.`);
  });
}

/** TIER.SEGMENT: the RFM segment name per customer (English, engine rfmSegment); "" without scores. */
export function segmentSpill(r: unknown, f: unknown, m: unknown): string[][] {
  const rv = readVector(r, "r");
  const fv = readVector(f, "f");
  const mv = readVector(m, "m");
  sameLength(rv, fv, "r", "f");
  sameLength(rv, mv, "r", "m");
  checkScores(rv, "r");
  checkScores(fv, "f");
  checkScores(mv, "m");
  const names = RFM_SEGMENT_NAMES["en-US"];
  const out = Array.from(rv.values, (x, i) => {
    const y = fv.values[i];
    const z = mv.values[i];
    return x === x && y === y && z === z ? names[rfmSegment(x, y, z)] : "";
  });
  return rv.orientation === "row" ? [out] : out.map((s) => [s]);
}
