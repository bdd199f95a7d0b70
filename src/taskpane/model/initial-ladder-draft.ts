import { defaultLadder } from "../../engine/ladder";
import type { LadderDraft } from "./ladder-draft-types";

/**
 * The Ladder form before the user touches it: the default ladder's stages, 3 deals by the end of the quarter
 * after next month. A module of its own (ladder-draft.ts re-exports it): the store's first state needs it, and
 * the ladder's computation in ladder-draft.ts then stays out of the pane's first script (issue 16).
 */
export function initialLadderDraft(today = new Date()): LadderDraft {
  const ladder = defaultLadder();
  const close = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 3, 0));
  return {
    rows: ladder.stages.map((s) => ({
      id: s.id,
      names: s.names,
      rate: s.rate === undefined ? "" : String(Math.round(s.rate * 1e6) / 1e4),
      duration: String(s.durationDays),
      actual: "",
    })),
    targetKind: "deals",
    deals: "3",
    revenue: "",
    avgDeal: "",
    closeBy: close.toISOString().slice(0, 10),
    perTier: false,
    tiers: {},
    allocBy: "none",
    allocWhat: "deals",
    periodUnit: "month",
    allocWeight: "equal",
  };
}
