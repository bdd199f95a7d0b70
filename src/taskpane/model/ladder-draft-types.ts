/** The Ladder form as typed (strings, parsed by ladder-draft.ts and tier-ladders.ts); its own file so both can use it. */
import type { AllocationSettings } from "./ladder-allocation";
import type { LadderRow } from "./ladder-rows";

/** One tier's part of the plan as typed. */
export interface TierLadderDraft {
  /** Percent of the target ("20"). */
  readonly share: string;
  /** Average deal size of this tier (revenue targets); blank = the overall average deal size. */
  readonly avgDeal: string;
  /** The tier's own stages and rates (a copy of the main ladder, then edited); undefined = the main ladder. */
  readonly rows?: readonly LadderRow[];
}

export interface LadderDraft extends AllocationSettings {
  readonly rows: readonly LadderRow[];
  readonly targetKind: "deals" | "revenue";
  readonly deals: string;
  readonly revenue: string;
  readonly avgDeal: string;
  /** yyyy-mm-dd */
  readonly closeBy: string;
  /** Plan each tier with its own share of the target (and optionally its own stages, rates, deal size). */
  readonly perTier: boolean;
  readonly tiers: Readonly<Record<string, TierLadderDraft>>;
}
