import { naturalBreaks, sortedFinite } from "../engine/tiering/numeric";
import { readLabels } from "./coerce-labels";
import { isMissing } from "./coerce-missing";
import { readInteger } from "./coerce-scalar";
import { readVector } from "./coerce-vector";
import { distinctCount } from "./distinct-count";
import { valueError } from "./errors";
import { spillTierLabels } from "./tier-labels";

/** TIER.BREAKS: natural-breaks tiers, optimal 1-D k-means (engine naturalBreaks), highest first. */
export function breaksSpill(values: unknown, k: unknown, labels: unknown): string[][] {
  const v = readVector(values, "values");
  const groups = isMissing(k) ? 3 : readInteger(k, "k", 2);
  const distinct = distinctCount(sortedFinite(v.values));
  if (groups > distinct)
    throw valueError(
      `k: ${groups} tiers asked for, but values hold only ${distinct} distinct number${distinct === 1 ? "" : "s"}.`,
    );
  const l = readLabels(labels, "labels", groups);
  return spillTierLabels(naturalBreaks(v.values, groups).tiers, l, v.orientation);
}
