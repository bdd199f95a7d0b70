import type { Scheme } from "../../engine/scheme";
import type { ApplyProgress, ApplyReport } from "../../host";
import type { MovementNote } from "../model/movement";
import { TIER_OUTPUTS, type OutputKind } from "../model/output-kind";
import type { Action } from "./actions";

/** A write to the workbook: progress while it runs, then the report (with tier movement) or the error. */
export interface WriteSlice {
  readonly busy: boolean;
  readonly progress?: ApplyProgress;
  readonly report?: ApplyReport;
  readonly error?: unknown;
  /** Tier movement since the last run, after a write of tier outputs (undefined before, or when unknown). */
  readonly movement?: MovementNote;
}

export function writeReducer(s: WriteSlice, a: Action): WriteSlice {
  switch (a.type) {
    case "writeStarted":
      return { busy: true, progress: { fraction: 0, step: "" } };
    case "writeProgressed":
      return s.busy ? { ...s, progress: a.progress } : s;
    case "writeFinished":
      return { busy: false, report: a.report, movement: a.movement };
    case "writeFailed":
      return { busy: false, error: a.error };
    default:
      return s;
  }
}

/** The outputs ticked on the Write tab, and which tier outputs were written with which tiers. */
export interface OutputsSlice {
  readonly chosen: ReadonlySet<OutputKind>;
  /** Set once the user ticks something: a saved choice no longer replaces theirs. */
  readonly touched: boolean;
  /** Each tier output written in this session, with the signature (tierSignature) of the tiers it was made from. */
  readonly writtenWith: Partial<Record<OutputKind, string>>;
}

export function initialOutputs(): OutputsSlice {
  return { chosen: new Set<OutputKind>(["tierColumns", "summary"]), touched: false, writtenWith: {} };
}

/** The saved choice (Scheme.outputs), unless the user has ticked something already. */
function savedChoice(s: OutputsSlice, scheme: Scheme | undefined): OutputsSlice {
  return scheme?.outputs && !s.touched ? { ...s, chosen: new Set(scheme.outputs) } : s;
}

function written(s: OutputsSlice, outputs: Iterable<OutputKind>, signature: string | undefined): OutputsSlice {
  if (signature === undefined) return s;
  const add: Partial<Record<OutputKind, string>> = {};
  for (const k of outputs) if (TIER_OUTPUTS.includes(k)) add[k] = signature;
  return { ...s, writtenWith: { ...s.writtenWith, ...add } };
}

export function outputsReducer(s: OutputsSlice, a: Action): OutputsSlice {
  switch (a.type) {
    case "outputsChosen":
      return { ...s, chosen: a.chosen, touched: true };
    case "savedSchemeLoaded":
    case "schemeSaved":
      return savedChoice(s, a.scheme);
    case "outputsWritten":
      return written(s, a.outputs, a.signature);
    default:
      return s;
  }
}

/** Tier outputs written in this session with other tiers than the current ones (signature `current`). */
export function staleOutputs(s: OutputsSlice, current: string | undefined): OutputKind[] {
  return TIER_OUTPUTS.filter(
    (k) => s.writtenWith[k] !== undefined && current !== undefined && s.writtenWith[k] !== current,
  );
}
