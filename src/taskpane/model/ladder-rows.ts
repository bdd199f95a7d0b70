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

/** Stage rows as typed → engine stages; problems go under `<field>-<prefix><i>` ("rate-2", "rate-A-2"). */
export function parseStages(rows: readonly LadderRow[], lang: Lang, problems: Record<string, Problem>, prefix = ""): Stage[] {
  const last = rows.length - 1;
  return rows.map((r, i) => {
    const rate = parseTyped(r.rate) / 100;
    if (i < last && !(rate > 0 && rate <= 1)) problems[`rate-${prefix}${i}`] = { key: "rateRange", params: { stage: r.names[lang] } };
    const days = parseTyped(r.duration);
    if (!(Number.isInteger(days) && days >= 0)) problems[`duration-${prefix}${i}`] = { key: "integerRequired", params: { min: 0 } };
    return { id: r.id, names: r.names, durationDays: days, ...(i < last ? { rate } : {}) };
  });
}

