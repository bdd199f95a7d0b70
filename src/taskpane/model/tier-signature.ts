import type { TierTableOutput } from "../../engine/tiering";

/** A short fingerprint of a tier result (labels and every row's tier, FNV-1a): equal tiers, equal text. */
export function tierSignature(output: TierTableOutput | undefined): string | undefined {
  if (!output) return undefined;
  const r = output.result;
  let h = 0x811c9dc5;
  const mix = (x: number) => {
    h = Math.imul(h ^ x, 0x01000193);
  };
  for (const l of r.labels) for (let i = 0; i < l.length; i++) mix(l.charCodeAt(i));
  for (let i = 0; i < r.tier.length; i++) mix(r.tier[i] + 1);
  return `${r.labels.length}:${r.tier.length}:${(h >>> 0).toString(16)}`;
}
