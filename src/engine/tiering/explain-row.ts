import { RFM_NAMES } from "./rfm-names";
import type { Note, TierResult } from "./tier-result";

export interface RowExplanation {
  /** English one-liner, e.g. "Rank 3 of 11; 18 % of customers above; cumulative value 62 %; tier A because …". */
  readonly message: string;
  /** The same sentence as translatable parts (`explain.*` keys), in order. */
  readonly parts: Note[];
}

const pct = (x: number): string => {
  const p = x * 100;
  // No space before %, as Excel and Intl write percents in English and Chinese (issue 11).
  return `${Math.abs(p) >= 10 || p === 0 ? Math.round(p) : Number(p.toFixed(1))}%`;
};
const num = (x: number): string => String(Number(x.toPrecision(10)));

/**
 * Why a row got its tier, from the figures in the result: its rank, the share of customers above it,
 * the cumulative value share, its score or RFM scores, and the rule of its method that placed it.
 * `row` is the data-row index of the tiered table (as in result.tier).
 */
export function explainRow(result: TierResult, row: number): RowExplanation {
  const parts: Note[] = [];
  const add = (key: string, params: Record<string, string | number>, message: string) => parts.push({ key, params, message });
  const t = result.tier[row];
  if (t === undefined) {
    add("explain.noRow", { row }, `Row ${row + 1} is not in the result`);
    return { message: `${parts[0].message}.`, parts };
  }
  if (t < 0) {
    add("explain.noTier", {}, "No tier: a value this method needs is not a number");
    return { message: `${parts[0].message}.`, parts };
  }
  const label = result.labels[t];
  const m = result.method;
  const group = result.groups ? result.groups.names[result.groups.of[row]] : undefined;
  if (group !== undefined) add("explain.group", { group }, `In group "${group}"`);
  if (result.rank[row] > 0) {
    add("explain.rank", { rank: result.rank[row], of: result.groupSize[row], by: result.rankedBy },
      `Rank ${result.rank[row]} of ${result.groupSize[row]}${result.rankedBy === "score" ? " by score" : ""}`);
    add("explain.shareAbove", { share: pct(result.shareAbove[row]) }, `${pct(result.shareAbove[row])} of customers above`);
  }
  if (Number.isFinite(result.cumValueShare[row])) {
    add("explain.cumValue", { share: pct(result.cumValueShare[row]) }, `cumulative value ${pct(result.cumValueShare[row])}`);
  }
  if (result.score && m.kind === "score") add("explain.score", { score: num(Number(result.score[row].toFixed(2))) }, `score ${num(Number(result.score[row].toFixed(2)))}`);
  if (result.rfm) {
    const code = `${result.rfm.r[row]}${result.rfm.f[row]}${result.rfm.m[row]}`;
    const seg = result.rfm.segment[row];
    add("explain.rfm", { code, segment: seg }, `RFM ${code} (${RFM_NAMES["en-US"][seg]})`);
  }

  const v = result.value[row];
  const subject = result.rankedBy === "score" ? "score" : "value";
  const x = result.rankedBy === "score" && result.score ? result.score[row] : v;
  const p: Record<string, string | number> = { label };
  let because: string;
  let key: string;
  const byShare = m.kind === "rank-share" || (m.kind === "score" && m.cumShares) || (m.kind === "rfm" && m.rfmTierBy === "score");
  if (byShare && m.cumShares) {
    key = "explain.because.rankShare";
    p.above = pct(result.shareAbove[row]);
    p.limit = pct(m.cumShares[t]);
    p.from = t > 0 ? pct(m.cumShares[t - 1]) : "0%";
    because = t === 0
      ? `${p.above} of customers rank above it, under ${label}'s ${p.limit}`
      : `${p.above} of customers rank above it, at least ${p.from} and under ${p.limit}`;
  } else if (m.kind === "value-share" && m.cumShares) {
    if (!(v > 0)) {
      key = "explain.because.notPositive";
      because = "its value is not above 0, and only positive values carry value share";
    } else {
      key = "explain.because.valueShare";
      p.above = pct(result.valueShareAbove[row]);
      p.limit = pct(m.cumShares[t]);
      p.from = t > 0 ? pct(m.cumShares[t - 1]) : "0%";
      because = t === 0
        ? `customers above it hold ${p.above} of the value, under ${label}'s ${p.limit}`
        : `customers above it hold ${p.above} of the value, at least ${p.from} and under ${p.limit}`;
    }
  } else if ((m.kind === "thresholds" || m.kind === "score") && m.bounds) {
    p.subject = subject;
    p.value = num(x);
    if (t < m.bounds.length) {
      key = "explain.because.atLeast";
      p.bound = num(m.bounds[t]);
      because = `its ${subject} ${p.value} is at least ${p.bound}${t > 0 ? ` and below ${num(m.bounds[t - 1])}` : ""}`;
    } else {
      key = "explain.because.below";
      p.bound = num(m.bounds[m.bounds.length - 1]);
      because = `its ${subject} ${p.value} is below ${p.bound}`;
    }
  } else if (m.kind === "computed" && m.abcLimits) {
    const lim = m.abcLimits[result.groups ? result.groups.of[row] : 0];
    p.value = num(v);
    p.ab = num(lim.abLimit);
    p.bc = num(lim.bcLimit);
    key = `explain.because.abc${t}`;
    because = t === 0 ? `its value ${p.value} is above the computed A/B limit ${p.ab}`
      : t === 1 ? `its value ${p.value} lies between the computed B/C limit ${p.bc} and the A/B limit ${p.ab}`
      : `its value ${p.value} is below the computed B/C limit ${p.bc}`;
  } else if (m.kind === "breaks") {
    key = "explain.because.breaks";
    p.value = num(v);
    because = `natural breaks (optimal 1-D k-means) put its value ${p.value} in the ${t + 1}${["st", "nd", "rd"][t] ?? "th"} highest cluster`;
  } else if (m.kind === "rfm" && result.rfm) {
    key = "explain.because.segment";
    because = `its RFM scores make it ${RFM_NAMES["en-US"][result.rfm.segment[row]]}`;
  } else if (m.kind === "rules" && m.ruleIndex) {
    const ri = m.ruleIndex[row];
    key = ri < 0 ? "explain.because.defaultRule" : "explain.because.rule";
    p.rule = ri + 1;
    because = ri < 0 ? "no rule matched, so it gets the default tier" : `rule ${ri + 1} matched`;
  } else {
    key = "explain.because.method";
    because = `of the ${m.kind} method`;
  }
  add(key, p, `tier ${label} because ${because}`);
  const text = parts.map((x) => x.message).join("; ");
  return { message: `${text.charAt(0).toUpperCase()}${text.slice(1)}.`, parts };
}
