import {
  rfmScores,
  rfmSegment,
  rfmEightClasses,
  RFM_NAMES,
  RFM_SEGMENT_NAMES,
  type RfmModel,
} from "../engine/tiering/numeric";
import { isMissing } from "./coerce-missing";
import { readVector, type Vector } from "./coerce-vector";
import { valueError } from "./errors";

function sameLength(first: Vector, other: Vector, firstName: string, otherName: string): void {
  if (other.values.length !== first.values.length) {
    throw valueError(
      `${otherName}: ${other.values.length} cells, but ${firstName} has ${first.values.length}; give one value per customer in each.`,
    );
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
    if (x === x && !(Number.isInteger(x) && x >= 1 && x <= 5))
      throw valueError(`${name}: item ${i + 1} is ${x}; expected a score from 1 to 5.`);
  });
}

/** TIER.SEGMENT's model argument: omitted or blank → "rfm10"; else "rfm10" or "rfm8" (any case). */
function readModel(arg: unknown): RfmModel {
  if (isMissing(arg)) return "rfm10";
  const name = String(Array.isArray(arg) ? arg.flat()[0] : arg)
    .trim()
    .toLowerCase();
  if (name === "rfm10" || name === "rfm8") return name;
  throw valueError(`model: ${JSON.stringify(String(arg))} is not one of "rfm10", "rfm8".`);
}

/**
 * TIER.SEGMENT: per customer, the RFM segment name (model "rfm10", engine rfmSegment) or the RFM class
 * (model "rfm8", engine rfmEightClasses: high = above the mean of the scores passed); English; ""
 * without scores.
 */
export function segmentSpill(r: unknown, f: unknown, m: unknown, model?: unknown): string[][] {
  const which = readModel(model);
  const rv = readVector(r, "r");
  const fv = readVector(f, "f");
  const mv = readVector(m, "m");
  sameLength(rv, fv, "r", "f");
  sameLength(rv, mv, "r", "m");
  checkScores(rv, "r");
  checkScores(fv, "f");
  checkScores(mv, "m");
  let out: string[];
  if (which === "rfm8") {
    out = rfmEightClasses(rv.values, fv.values, mv.values).map((id) => (id ? RFM_NAMES["en-US"][id] : ""));
  } else {
    out = segmentNames(rv.values, fv.values, mv.values);
  }
  return rv.orientation === "row" ? [out] : out.map((s) => [s]);
}

/** The ten-segment name of each triple; "" where a score is missing (NaN). */
function segmentNames(r: Float64Array, f: Float64Array, m: Float64Array): string[] {
  const names = RFM_SEGMENT_NAMES["en-US"];
  return Array.from(r, (x, i) => {
    const y = f[i];
    const z = m[i];
    return x === x && y === y && z === z ? names[rfmSegment(x, y, z)] : "";
  });
}
