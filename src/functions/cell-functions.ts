/*
 * The TIER functions' work, synchronous: each coerces its arguments and spills the engine's result, throwing
 * CustomFunctions.Error #VALUE! with a message for a bad argument (errors.ts). functions.ts (the webpack entry
 * Excel's shared runtime loads, with the JSDoc the metadata is generated from) loads this module as a chunk of
 * its own on the first call, so the task pane's first script does not carry the engine's tiering code (issue 16).
 * Each function here is the one of the same name in functions.ts; its JSDoc there says what it takes and returns.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- ranges reach us as Excel gives them (see functions.ts). */
import { guarded } from "./errors";
import { rankShareSpill, valueShareSpill } from "./spill-share-tiers";
import { computedSpill } from "./spill-computed-tiers";
import { breaksSpill } from "./spill-natural-breaks";
import { thresholdSpill } from "./spill-threshold-tiers";
import { tierOfCell } from "./tier-of";
import { scoreSpill } from "./spill-score";
import { rfmSpill, segmentSpill } from "./spill-rfm";
import { allocateSpill, forecastValue, ratesSpill, stagesSpill } from "./spill-ladder";
import { lifecycleSpill } from "./spill-lifecycle";
import { commissionSpill } from "./spill-commission";

export function abc(values: any[][], shares?: any[][], labels?: any[][]): string[][] {
  return guarded(() => rankShareSpill(values, shares, labels));
}

export function pareto(values: any[][], shares?: any[][], labels?: any[][]): string[][] {
  return guarded(() => valueShareSpill(values, shares, labels));
}

export function computed(values: any[][], labels?: any[][]): string[][] {
  return guarded(() => computedSpill(values, labels));
}

export function breaks(values: any[][], k?: number, labels?: any[][]): string[][] {
  return guarded(() => breaksSpill(values, k, labels));
}

export function threshold(values: any[][], bounds: any[][], labels?: any[][]): string[][] {
  return guarded(() => thresholdSpill(values, bounds, labels));
}

export function tierOf(value: any, values: any[][], method?: string, labels?: any[][]): string {
  return guarded(() => tierOfCell(value, values, method, labels));
}

export function score(factors: any[][], weights: any[][], directions?: any[][]): any[][] {
  return guarded(() => scoreSpill(factors, weights, directions));
}

export function rfm(recency: any[][], frequency: any[][], monetary: any[][]): any[][] {
  return guarded(() => rfmSpill(recency, frequency, monetary));
}

export function segment(r: any[][], f: any[][], m: any[][], model?: string): string[][] {
  return guarded(() => segmentSpill(r, f, m, model));
}

// eslint-disable-next-line max-params -- a worksheet function's five arguments, in the order Excel passes them
export function lifecycle(first: any[][], last: any[][], asOf: any, windows?: any[][], labels?: any[][]): string[][] {
  return guarded(() => lifecycleSpill({ first, last, asOf, windows, labels }));
}

export function commission(sales: any[][], thresholds: any[][], rates: any[][], mode?: string): any[][] {
  return guarded(() => commissionSpill(sales, thresholds, rates, mode));
}

export function stages(target: number, rates: any[][]): number[][] {
  return guarded(() => stagesSpill(target, rates));
}

export function rates(counts: any[][]): any[][] {
  return guarded(() => ratesSpill(counts));
}

export function forecast(counts: any[][], rates: any[][]): number {
  return guarded(() => forecastValue(counts, rates));
}

export function allocate(total: number, weights: any[][]): number[][] {
  return guarded(() => allocateSpill(total, weights));
}
