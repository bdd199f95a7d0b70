import type { TFunction } from "i18next";
import type { TierSnapshot, WorkbookPlan } from "../../engine/plans";
import { createFormatters } from "../../i18n/format";
import type { Lang } from "../../i18n/language";
import { buildPlan, type PlanInputs } from "./build-plans";
import { currentSnapshot, customerDetails, movementNote, withMovement, type MovementNote } from "./movement";

/** What a write is asked for: the plan's inputs but the language, which the pane adds. */
export type WriteRequest = Omit<PlanInputs, "lang" | "t">;

/** Lines for the summary sheet and the result message: the moves, then new and gone customers. */
export function movementText(t: TFunction, note: MovementNote): string[] {
  const m = note.movement;
  if (!m) return [];
  const lines = [...note.lines];
  if (m.added > 0) lines.push(t("write.movementAdded", { count: m.added }));
  if (m.removed > 0) lines.push(t("write.movementRemoved", { count: m.removed }));
  if (lines.length === 0) lines.push(t("write.movementNone"));
  return lines;
}

/** This run's snapshot when the write puts tiers in the workbook (tier columns or summary), else undefined. */
export function snapshotToWrite(request: WriteRequest, now = new Date()): TierSnapshot | undefined {
  const tiersWritten = request.outputs.has("tierColumns") || request.outputs.has("summary");
  return tiersWritten && request.output ? currentSnapshot(request.output, now.toISOString()) : undefined;
}

export interface PlanToWrite {
  readonly request: WriteRequest;
  readonly lang: Lang;
  readonly t: TFunction;
  /** The workbook's last-run snapshot, when one could be read. */
  readonly previous?: TierSnapshot;
  /** This run's snapshot (snapshotToWrite); when set, the plan carries tier movement. */
  readonly current?: TierSnapshot;
}

/**
 * The plan for a write and what the pane says about movement: when tiers are written, the Movement sheet,
 * the movement lines on the summary sheet and the new snapshot (setting "lastRun") go with it.
 */
export function planToWrite({ request, lang, t, previous, current }: PlanToWrite): {
  plan: WorkbookPlan;
  note?: MovementNote;
} {
  const plan = buildPlan({ ...request, lang, t, previous });
  if (!current) return { plan };
  const note = movementNote(previous, current, lang);
  const title = previous
    ? t("write.movementTitle", { date: createFormatters(lang).date(new Date(previous.takenAt)) })
    : "";
  const details = request.output && customerDetails(request.output, request.table);
  return { plan: withMovement(plan, { previous, current, lang, title, lines: movementText(t, note), details }), note };
}
