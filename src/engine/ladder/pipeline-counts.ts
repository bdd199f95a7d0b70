import { InputError } from "../errors";
import { validateLadder } from "./validate-ladder";
import type { Ladder } from "./types";

/** One open or won deal as it comes from a pipeline sheet. */
export interface PipelineDeal {
  /** Current stage: its id, en-US name or zh-CN name (trimmed, case-insensitive). */
  readonly stage: string | null | undefined;
  readonly owner?: string | null;
  readonly tier?: string | null;
  readonly value?: number | null;
  readonly enteredStage?: Date | null;
  /** Row to name in messages (e.g. the sheet row); default: position in the list + 1. */
  readonly row?: number;
}

export interface StageCounts {
  /** Deals currently in each stage (the input of forwardExpectation). */
  readonly current: number[];
  /** Deals that reached at least each stage: Σ of current from that stage on (the input of compareToTarget). */
  readonly reached: number[];
}

export interface PipelineCounts extends StageCounts {
  /** Sum of deal values currently in each stage (deals without a finite value add 0). */
  readonly value: number[];
  readonly byTier: ReadonlyMap<string, StageCounts>;
  readonly byOwner: ReadonlyMap<string, StageCounts>;
  /** Rows whose stage matched no stage (only with `unknown: "report"`; those rows are left out). */
  readonly unknown: { readonly row: number; readonly stage: string }[];
}

export interface PipelineOptions {
  /** "throw" (default): the first unknown stage throws InputError naming the row; "report": list them. */
  readonly unknown?: "throw" | "report";
}

function newCounts(n: number): { current: number[]; reached: number[] } {
  return { current: new Array<number>(n).fill(0), reached: new Array<number>(n).fill(0) };
}

function fillReached(c: { current: number[]; reached: number[] }): void {
  let running = 0;
  for (let i = c.current.length - 1; i >= 0; i--) c.reached[i] = running += c.current[i];
}

/**
 * Counts a pipeline per stage: deals currently in each stage, and deals that reached at least each
 * stage (a deal in "Proposal & quote" has passed lead, contact and needs analysis), overall, per tier
 * and per owner.
 */
export function pipelineCounts(
  ladder: Ladder,
  deals: readonly PipelineDeal[],
  options: PipelineOptions = {},
): PipelineCounts {
  validateLadder(ladder);
  const n = ladder.stages.length;
  const lookup = new Map<string, number>();
  ladder.stages.forEach((s, i) => {
    for (const key of [s.id, s.names["en-US"], s.names["zh-CN"]]) {
      const k = key.trim().toLowerCase();
      if (!lookup.has(k)) lookup.set(k, i);
    }
  });
  const total = newCounts(n);
  const value = new Array<number>(n).fill(0);
  const byTier = new Map<string, { current: number[]; reached: number[] }>();
  const byOwner = new Map<string, { current: number[]; reached: number[] }>();
  const unknown: { row: number; stage: string }[] = [];
  deals.forEach((deal, k) => {
    const row = deal.row ?? k + 1;
    const text = typeof deal.stage === "string" ? deal.stage.trim() : "";
    const i = lookup.get(text.toLowerCase());
    if (i === undefined) {
      if (options.unknown === "report") {
        unknown.push({ row, stage: text });
        return;
      }
      const known = ladder.stages.map((s) => s.names["en-US"]).join(", ");
      throw new InputError(
        "pipelineStageUnknown",
        { row, found: text, known },
        text === ""
          ? `Row ${row} has no stage. Expected one of: ${known}.`
          : `Row ${row} has the stage "${text}", which is not in the ladder. Expected one of: ${known}.`,
      );
    }
    total.current[i]++;
    if (typeof deal.value === "number" && Number.isFinite(deal.value)) value[i] += deal.value;
    for (const [map, key] of [
      [byTier, deal.tier],
      [byOwner, deal.owner],
    ] as const) {
      if (typeof key !== "string" || key.trim() === "") continue;
      let c = map.get(key.trim());
      if (!c) map.set(key.trim(), (c = newCounts(n)));
      c.current[i]++;
    }
  });
  fillReached(total);
  byTier.forEach(fillReached);
  byOwner.forEach(fillReached);
  return { ...total, value, byTier, byOwner, unknown };
}
