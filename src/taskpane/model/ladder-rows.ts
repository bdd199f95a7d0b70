import type { Lang, LocalizedText, Stage } from "../../engine/ladder";
import { parseTyped } from "./parse-list";
import type { Problem } from "./tier-draft";

export interface LadderRow {
  readonly id: string;
  readonly names: LocalizedText;
  /** Percent as typed ("50"); ignored on the last stage. */
  readonly rate: string;
  readonly duration: string;
  /** Optional actual count as typed. */
  readonly actual: string;
}

/**
 * The problem with a rate as typed, in percent (the one unit of every rate field in the pane), or
 * undefined: empty, not a number, 0 and out of range each get their own message, and a value that
 * looks like a fraction (≤ 1 without a % sign: "0.5" meant as 50 %) is questioned rather than used.
 */
export function ratePercentProblem(typed: string, stage: string): Problem | undefined {
  const text = typed.trim();
  if (text === "") return { key: "rateEmpty", params: { stage } };
  const v = parseTyped(text);
  if (Number.isNaN(v)) return { key: "rateNotNumber", params: { stage, text } };
  if (v === 0) return { key: "rateZero", params: { stage } };
  if (!(v > 0 && v <= 100)) return { key: "rateRange", params: { stage } };
  if (v <= 1 && !text.endsWith("%"))
    return { key: "rateLooksLikeFraction", params: { stage, text, percent: Number((v * 100).toFixed(6)) } };
  return undefined;
}

/** Stage rows as typed → engine stages; problems go under `<field>-<prefix><i>` ("rate-2", "rate-A-2"). */
export function parseStages(
  rows: readonly LadderRow[],
  lang: Lang,
  problems: Record<string, Problem>,
  prefix = "",
): Stage[] {
  const last = rows.length - 1;
  return rows.map((r, i) => {
    const rate = parseTyped(r.rate) / 100;
    const problem = i < last ? ratePercentProblem(r.rate, r.names[lang]) : undefined;
    if (problem) problems[`rate-${prefix}${i}`] = problem;
    const days = parseTyped(r.duration);
    if (!(Number.isInteger(days) && days >= 0))
      problems[`duration-${prefix}${i}`] = { key: "integerRequired", params: { min: 0 } };
    return { id: r.id, names: r.names, durationDays: days, ...(i < last ? { rate } : {}) };
  });
}
