/*
 * The TIER custom functions (namespace TIER in the manifest). This file holds only the JSDoc
 * @customfunction wrappers: custom-functions-metadata-plugin reads them to generate functions.json and
 * to add the CustomFunctions.associate calls. Each returns a Promise: the work (cell-functions.ts, which
 * calls coerce-*.ts and the engine) is a chunk fetched on the first call (load-cell-functions.ts).
 * Ranges arrive as 2-D arrays (typed any[][] so blanks, text, booleans and errors get through to be
 * coerced by our rules rather than Excel's: error cells reach us because the build sets
 * allowErrorForDataTypeAny in functions.json, see build-metadata.cjs); bad arguments throw
 * CustomFunctions.Error #VALUE! with a message (errors.ts). Every description here must match
 * function-help.json, which also holds the Chinese help (test/functions/metadata.test.ts).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata maps `any` to type "any", which lets
   blanks, text and error values reach our coercion instead of being rejected by Excel first. */
import { cellFunctions } from "./load-cell-functions";

/**
 * Rank-share tiers: the top 20 % of customers by value are A, the next 30 % B, the rest C (or your shares). Equal values share a tier.
 * @customfunction ABC
 * @param values The customers' values: one column or one row. Cells that are not numbers (blanks, text, errors such as #N/A) get an empty result.
 * @param [shares] Share of customers per tier, top tier first: fractions summing to 1 or percents summing to 100. Default 20/30/50.
 * @param [labels] One label per tier, top tier first. Default A, B, C.
 * @returns {Promise<string[][]>} The tier of each value, in the same layout as values.
 */
export function abc(values: any[][], shares?: any[][], labels?: any[][]): Promise<string[][]> {
  return cellFunctions().then((work) => work.abc(values, shares, labels));
}

/**
 * Value-share (Pareto) tiers: A is the smallest set of top customers holding 80 % of the total value, B the next 15 %, C the rest (or your shares).
 * @customfunction PARETO
 * @param values The customers' values: one column or one row. Values of 0 or less go to the last tier.
 * @param [shares] Share of total value per tier, top tier first: fractions summing to 1 or percents summing to 100. Default 80/15/5.
 * @param [labels] One label per tier, top tier first. Default A, B, C.
 * @returns {Promise<string[][]>} The tier of each value, in the same layout as values.
 */
export function pareto(values: any[][], shares?: any[][], labels?: any[][]): Promise<string[][]> {
  return cellFunctions().then((work) => work.pareto(values, shares, labels));
}

/**
 * Computed ABC tiers with data-driven cut-offs from the ABC curve (Ultsch & Lötsch 2015; R package ABCanalysis).
 * @customfunction COMPUTED
 * @param values The customers' values: one column or one row, at least one above 0.
 * @param [labels] Three labels, top tier first. Default A, B, C.
 * @returns {Promise<string[][]>} The tier of each value, in the same layout as values.
 */
export function computed(values: any[][], labels?: any[][]): Promise<string[][]> {
  return cellFunctions().then((work) => work.computed(values, labels));
}

/**
 * Natural-breaks tiers: the optimal grouping of the values into k clusters (1-D k-means, Ckmeans.1d.dp), highest cluster first.
 * @customfunction BREAKS
 * @param values The customers' values: one column or one row.
 * @param [k] Number of tiers, at least 2 and at most the number of distinct values. Default 3.
 * @param [labels] One label per tier, top tier first. Default A, B, C, ...
 * @returns {Promise<string[][]>} The tier of each value, in the same layout as values.
 */
export function breaks(values: any[][], k?: number, labels?: any[][]): Promise<string[][]> {
  return cellFunctions().then((work) => work.breaks(values, k, labels));
}

/**
 * Threshold tiers: value at or above the first bound gets the first label, at or above the second bound the second, and so on; the rest get the last label.
 * @customfunction THRESHOLD
 * @param values The customers' values: one column or one row.
 * @param bounds Lower bounds of the tiers, top tier first, strictly decreasing.
 * @param [labels] One label per tier (one more than bounds), top tier first. Default A, B, C, ...
 * @returns {Promise<string[][]>} The tier of each value, in the same layout as values.
 */
export function threshold(values: any[][], bounds: any[][], labels?: any[][]): Promise<string[][]> {
  return cellFunctions().then((work) => work.threshold(values, bounds, labels));
}

/**
 * The tier of one value within a list of values, for a formula copied down next to the data.
 * @customfunction OF
 * @param value The value to place.
 * @param values All customers' values: one column or one row.
 * @param [method] "abc" (rank-share 20/30/50, default), "pareto" (value-share 80/15/5), "computed" (computed ABC) or "breaks" (natural breaks, 3 tiers).
 * @param [labels] Three labels, top tier first. Default A, B, C.
 * @returns {Promise<string>} The tier label, or an empty result when value is not a number.
 */
export function tierOf(value: any, values: any[][], method?: string, labels?: any[][]): Promise<string> {
  return cellFunctions().then((work) => work.tierOf(value, values, method, labels));
}

/**
 * Weighted score from 0 to 100 per customer: each factor becomes a mid-rank percentile, combined by the weights.
 * @customfunction SCORE
 * @param factors One column per factor, one row per customer (or one row per factor when weights match the rows).
 * @param weights One weight per factor, 0 or more, not all 0.
 * @param [directions] Per factor: 1 when higher is better (default), -1 when lower is better (such as days since the last order).
 * @returns {Promise<any[][]>} The score of each customer; empty where a factor is not a number.
 */
export function score(factors: any[][], weights: any[][], directions?: any[][]): Promise<any[][]> {
  return cellFunctions().then((work) => work.score(factors, weights, directions));
}

/**
 * RFM scores 1 to 5 per customer from recency, frequency and monetary value (quintiles, as PERCENTILE.INC).
 * @customfunction RFM
 * @param recency Days since each customer's last purchase (lower is better).
 * @param frequency Number of purchases per customer.
 * @param monetary Total value per customer.
 * @returns {Promise<any[][]>} One row of three scores (R, F, M) per customer; empty where an input is not a number.
 */
export function rfm(recency: any[][], frequency: any[][], monetary: any[][]): Promise<any[][]> {
  return cellFunctions().then((work) => work.rfm(recency, frequency, monetary));
}

/**
 * The RFM segment (Champions, Loyal Customers, At Risk, Lost, ...) of each customer from their R, F and M scores.
 * @customfunction SEGMENT
 * @param r Recency scores, 1 to 5.
 * @param f Frequency scores, 1 to 5.
 * @param m Monetary scores, 1 to 5.
 * @param [model] "rfm10" (default): the ten segments; "rfm8": the eight classes (Important value ... General to win back), a score being high when above the mean of the scores given.
 * @returns {Promise<string[][]>} The segment name of each customer; empty where a score is missing.
 */
export function segment(r: any[][], f: any[][], m: any[][], model?: string): Promise<string[][]> {
  return cellFunctions().then((work) => work.segment(r, f, m, model));
}

/**
 * Lifecycle grade of each customer from its first and last order dates at an as-of date: Never purchased, New, Active, At risk or Lost.
 * @customfunction LIFECYCLE
 * @param first First order date of each customer: one column or one row of dates.
 * @param last Last order date of each customer, in the same layout; blank means the customer never purchased.
 * @param asOf The date the days are counted to.
 * @param [windows] The new, at-risk and lost windows in days. Default {90;180;365}.
 * @param [labels] Five labels in the order never, new, active, at risk, lost. Default Never purchased, New, Active, At risk, Lost.
 * @returns {Promise<string[][]>} The grade of each customer, in the same layout as last; "" where a date is not a number or lies after asOf.
 */
// eslint-disable-next-line max-params -- a worksheet function's five arguments, in the order Excel passes them
export function lifecycle(
  first: any[][],
  last: any[][],
  asOf: any,
  windows?: any[][],
  labels?: any[][],
): Promise<string[][]> {
  return cellFunctions().then((work) => work.lifecycle(first, last, asOf, windows, labels));
}

/**
 * Commission (or bonus) by bands: marginal, each slice of sales earns its band's rate, like tax brackets; whole, all sales earn the rate of the highest band reached.
 * @customfunction COMMISSION
 * @param sales Sales of each rep or deal: one cell, one column or one row. Sales of 0 or less earn 0 (a return is not a negative commission); a cell that is not a number gives an empty result.
 * @param thresholds Lower bounds of the bands, strictly ascending, the first usually 0. Sales equal to a bound belong to the band that starts there; sales below the first bound earn 0.
 * @param rates One rate per band, as fractions from 0 to 1 (5 % is 0.05).
 * @param [mode] "marginal" (default): each slice of sales earns its band's rate; "whole": all sales earn the rate of the highest band reached.
 * @returns {Promise<any[][]>} The payout on each sales value, in the same layout as sales.
 */
export function commission(sales: any[][], thresholds: any[][], rates: any[][], mode?: string): Promise<any[][]> {
  return cellFunctions().then((work) => work.commission(sales, thresholds, rates, mode));
}

/**
 * Stage targets worked back from a target at the last stage: each earlier stage needs the next stage's count divided by its rate, rounded up.
 * @customfunction STAGES
 * @param target Deals wanted at the last stage: a whole number, 0 or more.
 * @param rates Step conversion rates from each stage to the next, first stage first, each above 0 and at most 1 (50 % is 0.5).
 * @returns {Promise<number[][]>} The count needed at every stage, first stage first (one more than rates).
 */
export function stages(target: number, rates: any[][]): Promise<number[][]> {
  return cellFunctions().then((work) => work.stages(target, rates));
}

/**
 * Step conversion rates from stage counts: each stage's count divided by the one before.
 * @customfunction RATES
 * @param counts Deals that reached each stage, first stage first.
 * @returns {Promise<any[][]>} The rate from each stage to the next (one fewer than counts); empty where both counts are 0.
 */
export function rates(counts: any[][]): Promise<any[][]> {
  return cellFunctions().then((work) => work.rates(counts));
}

/**
 * Expected count at the last stage from the deals in each stage today: each count times the rates from its stage to the end.
 * @customfunction FORECAST
 * @param counts Deals currently in each stage, first stage first.
 * @param rates Step conversion rates from each stage to the next (one fewer than counts), each above 0 and at most 1.
 * @returns {Promise<number>} The expected number of deals reaching the last stage.
 */
export function forecast(counts: any[][], rates: any[][]): Promise<number> {
  return cellFunctions().then((work) => work.forecast(counts, rates));
}

/**
 * Splits a whole-number total into whole parts by weights (largest remainder; ties go to the earlier entry). The parts always sum to the total.
 * @customfunction ALLOCATE
 * @param total The whole number to split, 0 or more.
 * @param weights One weight per part, 0 or more, not all 0.
 * @returns {Promise<number[][]>} The parts, in the same layout as weights.
 */
export function allocate(total: number, weights: any[][]): Promise<number[][]> {
  return cellFunctions().then((work) => work.allocate(total, weights));
}
