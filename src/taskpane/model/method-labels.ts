import { methodOf, type TierResult } from "../../engine/tiering";
import type { Lang } from "../../i18n/language";

/**
 * English tier name → its name in `lang`, when the method names the tiers itself (RFM segments,
 * lifecycle stages: TieringMethod.labelNames); undefined when the labels are the user's own.
 */
export function fixedLabelNames(result: TierResult, lang: Lang): ReadonlyMap<string, string> | undefined {
  const method = methodOf(result.method);
  const local = method.labelNames?.(result.method, lang);
  const english = method.labelNames?.(result.method, "en-US");
  if (!local || !english) return undefined;
  return new Map(english.map((name, i) => [name, local[i] ?? name]));
}
