/** The two languages TierLadder ships; every user-facing name in the engine carries both. */
export type Lang = "en-US" | "zh-CN";

/** A text in both languages. */
export interface LocalizedText {
  readonly "en-US": string;
  readonly "zh-CN": string;
}

/**
 * One stage of a sales ladder (梯级). `rate` is the step conversion rate from this stage to the next,
 * in (0, 1]; the last stage has none (it is ignored there). `durationDays` is the typical time a deal
 * spends in this stage. `action` optionally titles the stage-target task, with `{n}` for the count
 * ("Contact {n} leads").
 */
export interface Stage {
  readonly id: string;
  readonly names: LocalizedText;
  readonly rate?: number;
  readonly durationDays: number;
  readonly action?: LocalizedText;
}

/** Stages in order, first (leads) to last (signed). */
export interface Ladder {
  readonly stages: readonly Stage[];
}
