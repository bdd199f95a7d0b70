import type { InputReport } from "../table";
import type { MethodKind } from "./methods";
import type { RfmGroupId, RfmModel } from "./rfm-names";

/** Per-tier totals; min and max of the ranking key are the tier's cut-offs as they fell. */
export interface TierSummary {
  readonly label: string;
  readonly customers: number;
  /** customers / all tiered customers. */
  readonly customerShare: number;
  /** Sum of the value column over the tier (0 when there is no value column). */
  readonly value: number;
  /** value / the value of all tiered customers (NaN when that is 0). */
  readonly valueShare: number;
  /** Smallest and largest ranking key (value or score) in the tier; NaN for an empty tier. */
  readonly min: number;
  readonly max: number;
}

/** A message the UI can translate: `key` in the i18n catalogs, `params` to fill in, English `message`. */
export interface Note {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

/** What explainRow needs about how the tiers were cut. */
export interface MethodDetails {
  readonly kind: MethodKind;
  /** Cumulative shares (fractions) for rank-share / value-share (and score / RFM by rank-share). */
  readonly cumShares?: readonly number[];
  /** Thresholds on the value (thresholds) or on the score (score by thresholds). */
  readonly bounds?: readonly number[];
  /** Computed ABC limits per group (one entry when not grouped). */
  readonly abcLimits?: readonly { readonly abLimit: number; readonly bcLimit: number }[];
  /** Per row: index of the rule that matched (−1 = default tier). */
  readonly ruleIndex?: Int32Array;
  /** RFM: tiers are the segments, or rank-share on R + F + M. */
  readonly rfmTierBy?: "segment" | "score";
  /** RFM: the ten segments or the eight classes (RFM 八类客户) named in `TierResult.rfm.segment`. */
  readonly rfmModel?: RfmModel;
  /** A method's own settings its explanation quotes (e.g. lifecycle windows in days). */
  readonly settings?: Readonly<Record<string, number>>;
  /** A method's own settings that are texts (e.g. the header of the customer list's column behaviour counts from). */
  readonly settingTexts?: Readonly<Record<string, string>>;
  /** A method's own per-row figures its explanation quotes (e.g. days since the last order). */
  readonly figures?: Readonly<Record<string, Float64Array>>;
}

/** The outcome of tiering a table: per row (data-row index of the tiered table) and per tier. */
export interface TierResult {
  readonly labels: string[];
  /** Tier per row (0 = first label), NO_TIER where the row could not be tiered. */
  readonly tier: Int32Array;
  /** 1 + rows with a strictly greater ranking key (within the row's group); 0 = none. */
  readonly rank: Int32Array;
  /** The value column per row (NaN where not a number or there is none). */
  readonly value: Float64Array;
  /** Valid rows per row's group (the "of n" of the rank; with it the share above, share-above.ts). */
  readonly groupSize: Int32Array;
  /** What rows are ranked by: the value, or the score when the method makes one. */
  readonly rankedBy: "value" | "score";
  readonly score?: Float64Array;
  readonly rfm?: {
    readonly r: Uint8Array;
    readonly f: Uint8Array;
    readonly m: Uint8Array;
    readonly segment: RfmGroupId[];
  };
  /** Group per row, when the scheme groups. */
  readonly groups?: { readonly names: string[]; readonly of: Int32Array };
  /** Customer name per row, when there is a customer column. */
  readonly customers?: string[];
  /** Grid row of each result row (first order line for an order list). */
  readonly gridRows: Int32Array;
  readonly tiers: TierSummary[];
  readonly method: MethodDetails;
  /** Things the user should know about the outcome (e.g. no positive value for a Pareto split). */
  readonly notes: Note[];
}

export interface TierTableOutput {
  readonly result: TierResult;
  readonly report: InputReport;
}
