import type { LadderDraft, LadderRow } from "./ladder-draft";
import { defaultShares } from "./tier-draft";
import { splitList } from "./parse-list";

/** The Ladder form's edits, one pure function each (draft in, draft out). */

export function withStageRow(d: LadderDraft, i: number, patch: Partial<LadderRow>): LadderDraft {
  return { ...d, rows: d.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) };
}

/** Swaps stage i with the one above it. */
export function withStageMovedUp(d: LadderDraft, i: number): LadderDraft {
  const rows = [...d.rows];
  [rows[i - 1], rows[i]] = [rows[i], rows[i - 1]];
  return { ...d, rows };
}

export function withoutStage(d: LadderDraft, i: number): LadderDraft {
  return { ...d, rows: d.rows.filter((_, j) => j !== i) };
}

/** A new stage before the last (signed) stage, with a 50 % rate and 7 days; `now` makes its id unique. */
export function withStageAdded(d: LadderDraft, now = Date.now()): LadderDraft {
  const n = d.rows.length + 1;
  const id = `stage-${now.toString(36)}-${n}`;
  const rows = [...d.rows];
  rows.splice(rows.length - 1, 0, {
    id,
    names: { "en-US": `Stage ${n}`, "zh-CN": `阶段 ${n}` },
    rate: "50",
    duration: "7",
    actual: "",
  });
  return { ...d, rows };
}

/** Each stage's actual count from a pipeline read (stages not reached get 0). */
export function withActuals(d: LadderDraft, reached: readonly number[]): LadderDraft {
  return { ...d, rows: d.rows.map((r, i) => ({ ...r, actual: String(reached[i] ?? 0) })) };
}

/**
 * Per-tier ladders on or off; switched on, each tier starts with the default shares for the tier count
 * (20/30/50 for three, equal otherwise), so the per-tier plan shows at once.
 */
export function withPerTier(d: LadderDraft, on: boolean, labels: readonly string[]): LadderDraft {
  const shares = splitList(defaultShares("rank-share", labels.length));
  return {
    ...d,
    perTier: on,
    tiers: Object.fromEntries(labels.map((l, i) => [l, d.tiers[l] ?? { share: shares[i] ?? "", avgDeal: "" }])),
  };
}
