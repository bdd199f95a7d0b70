import { useEffect, useRef, useState } from "react";
import type { TierTableOutput } from "../../engine/tiering";
import type { OutputKind } from "../model/output-kind";
import type { SavedScheme } from "./useSavedScheme";

/** Outputs made from the tiers: written with earlier tiers, they no longer match the tier columns. */
export const TIER_OUTPUTS: readonly OutputKind[] = ["tierColumns", "summary", "tasks"];

/** A short fingerprint of a tier result (labels and every row's tier, FNV-1a): equal tiers, equal text. */
export function tierSignature(output: TierTableOutput | undefined): string | undefined {
  if (!output) return undefined;
  const r = output.result;
  let h = 0x811c9dc5;
  const mix = (x: number) => { h = Math.imul(h ^ x, 0x01000193); };
  for (const l of r.labels) for (let i = 0; i < l.length; i++) mix(l.charCodeAt(i));
  for (let i = 0; i < r.tier.length; i++) mix(r.tier[i] + 1);
  return `${r.labels.length}:${r.tier.length}:${(h >>> 0).toString(16)}`;
}

export interface OutputChoice {
  readonly chosen: ReadonlySet<OutputKind>;
  setChosen(next: ReadonlySet<OutputKind>): void;
  /** Tier outputs written in this session with other tiers than the current ones. */
  readonly stale: readonly OutputKind[];
  /** Records what was just written, with the tiers it was made from. */
  written(outputs: Iterable<OutputKind>, signature: string | undefined): void;
}

/**
 * The outputs ticked on the Write tab, kept while the user moves between tabs and saved with the
 * scheme (Scheme.outputs), so a reopened workbook starts with the same ticks; and which tier outputs
 * were written from tiers that have changed since.
 */
export function useOutputChoice(saved: SavedScheme, output: TierTableOutput | undefined): OutputChoice {
  const [chosen, setChosenState] = useState<ReadonlySet<OutputKind>>(() => new Set<OutputKind>(["tierColumns", "summary"]));
  const touched = useRef(false);
  const [writtenWith, setWrittenWith] = useState<Partial<Record<OutputKind, string>>>({});
  const savedOutputs = saved.scheme?.outputs;
  useEffect(() => {
    // The saved choice, unless the user has ticked something already.
    if (savedOutputs && !touched.current) setChosenState(new Set(savedOutputs));
  }, [savedOutputs]);
  const current = tierSignature(output);
  const stale = TIER_OUTPUTS.filter((k) => writtenWith[k] !== undefined && current !== undefined && writtenWith[k] !== current);
  return {
    chosen,
    setChosen: (next) => { touched.current = true; setChosenState(next); },
    stale,
    written: (outputs, signature) => {
      if (signature === undefined) return;
      const add: Partial<Record<OutputKind, string>> = {};
      for (const k of outputs) if (TIER_OUTPUTS.includes(k)) add[k] = signature;
      setWrittenWith((w) => ({ ...w, ...add }));
    },
  };
}
