import { computedAbc } from "../engine/tiering/numeric";
import { readLabels } from "./coerce-labels";
import { readVector } from "./coerce-vector";
import { spillTierLabels } from "./tier-labels";

/** TIER.COMPUTED: computed ABC tiers (engine computedAbc, Ultsch & Lötsch 2015 / R ABCanalysis). */
export function computedSpill(values: unknown, labels: unknown): string[][] {
  const v = readVector(values, "values");
  const l = readLabels(labels, "labels", 3);
  return spillTierLabels(computedAbc(v.values).tiers, l, v.orientation);
}
