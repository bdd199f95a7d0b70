import type { TFunction } from "i18next";
import { useCallback, useState } from "react";
import { decodeSnapshot, LAST_RUN_SETTING, type TierSnapshot } from "../../engine/plans";
import type { Scheme } from "../../engine/scheme";
import type { ApplyReport, WorkbookHost } from "../../host";
import { createFormatters } from "../../i18n/format";
import type { Lang } from "../../i18n/language";
import { buildPlan, type PlanInputs } from "../model/build-plans";
import { currentSnapshot, customerDetails, movementNote, withMovement, type MovementNote } from "../model/movement";
import type { ApplyState } from "./useApplyPlan";

export interface TierWrite {
  /** Tier movement since the last run, after a write of tier outputs (undefined before, or when unknown). */
  readonly movement?: MovementNote;
  /** Writes the plan for `inputs`, with tier movement and the new snapshot when tiers are written; saves the scheme. */
  write(inputs: Omit<PlanInputs, "lang" | "t">, scheme?: Scheme): Promise<ApplyReport | undefined>;
}

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

/**
 * Writing tiers: before the write, the last-run snapshot is read from the workbook; the plan then
 * carries the Movement sheet, the movement lines on the summary sheet and the new snapshot (setting
 * "lastRun"), and after the write the pane shows the same lines. A snapshot that cannot be read is
 * treated as a first run (the write must not fail because of it).
 */
export function useTierWrite(host: WorkbookHost, writer: ApplyState, lang: Lang, t: TFunction, saveScheme: (s: Scheme) => Promise<void>): TierWrite {
  const [movement, setMovement] = useState<MovementNote>();
  const write = useCallback(async (inputs: Omit<PlanInputs, "lang" | "t">, scheme?: Scheme) => {
    setMovement(undefined);
    const tiersWritten = inputs.output && (inputs.outputs.has("tierColumns") || inputs.outputs.has("summary"));
    const current = tiersWritten && inputs.output ? currentSnapshot(inputs.output, new Date().toISOString()) : undefined;
    let previous: TierSnapshot | undefined;
    if (current) {
      try { previous = decodeSnapshot(await host.loadSetting<unknown>(LAST_RUN_SETTING)); } catch { previous = undefined; }
    }
    let note: MovementNote | undefined;
    const report = await writer.apply(() => {
      const plan = buildPlan({ ...inputs, lang, t, previous });
      if (!current) return plan;
      note = movementNote(previous, current, lang);
      const title = previous ? t("write.movementTitle", { date: createFormatters(lang).date(new Date(previous.takenAt)) }) : "";
      return withMovement(plan, previous, current, lang, title, movementText(t, note), inputs.output && customerDetails(inputs.output, inputs.table));
    });
    if (report) {
      setMovement(note);
      if (scheme) await saveScheme(scheme).catch(() => undefined);
    }
    return report;
  }, [host, writer, lang, t, saveScheme]);
  return { movement, write };
}
