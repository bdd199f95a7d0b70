import { methodOf, pct } from "./methods";
import { rowValueShares } from "./row-value-shares";
import { shareAbove } from "./share-above";
import type { Note, TierResult } from "./tier-result";

export interface RowExplanation {
  /** English one-liner, e.g. "Rank 3 of 11; 18 % of customers above; cumulative value 62 %; tier A because …". */
  readonly message: string;
  /** The same sentence as translatable parts (`explain.*` keys), in order. */
  readonly parts: Note[];
}

const note = (key: string, params: Record<string, string | number>, message: string): Note => ({
  key,
  params,
  message,
});

const sentence = (parts: Note[]): RowExplanation => {
  const text = parts.map((x) => x.message).join("; ");
  return { message: `${text.charAt(0).toUpperCase()}${text.slice(1)}.`, parts };
};

/** The parts every method shares: the row's group, its rank and share above, its cumulative value share. */
function commonParts(result: TierResult, row: number): Note[] {
  const parts: Note[] = [];
  const group = result.groups ? result.groups.names[result.groups.of[row]] : undefined;
  if (group !== undefined) parts.push(note("explain.group", { group }, `In group "${group}"`));
  if (result.rank[row] > 0) {
    const { rankedBy } = result;
    parts.push(
      note(
        "explain.rank",
        { rank: result.rank[row], of: result.groupSize[row], by: rankedBy },
        `Rank ${result.rank[row]} of ${result.groupSize[row]}${rankedBy === "score" ? " by score" : ""}`,
      ),
    );
    const above = pct(shareAbove(result, row));
    parts.push(note("explain.shareAbove", { share: above }, `${above} of customers above`));
  }
  const cumulative = rowValueShares(result).cumulative[row];
  if (Number.isFinite(cumulative)) {
    const share = pct(cumulative);
    parts.push(note("explain.cumValue", { share }, `cumulative value ${share}`));
  }
  return parts;
}

/**
 * Why a row got its tier, from the figures in the result: its rank, the share of customers above it,
 * the cumulative value share, then the method's own part (its score or RFM scores, and the rule of
 * the method that placed it: TieringMethod.explain). `row` is the data-row index of the tiered table
 * (as in result.tier).
 */
export function explainRow(result: TierResult, row: number): RowExplanation {
  const t = result.tier[row];
  if (t === undefined) return sentence([note("explain.noRow", { row }, `Row ${row + 1} is not in the result`)]);
  if (t < 0) return sentence([note("explain.noTier", {}, "No tier: a value this method needs is not a number")]);
  const label = result.labels[t];
  const own = methodOf(result.method).explain(result, row);
  const because = own.because ?? {
    key: "explain.because.method",
    params: {},
    text: `of the ${result.method.kind} method`,
  };
  return sentence([
    ...commonParts(result, row),
    ...(own.parts ?? []),
    note(because.key, { label, ...because.params }, `tier ${label} because ${because.text}`),
  ]);
}
