import type { CellValue, Grid } from "../cells/cell-value";
import { parseNumber } from "../cells/parse-number";
import { InputError } from "../errors";
import { mulberry32 } from "./mulberry32";
import { vocabulary, type SampleLanguage } from "./sample-customers";
import { SALES_LOG_MEAN, SALES_LOG_SD } from "./skewed-values";
import { standardNormal } from "./standard-normal";

/** Columns of a sampleCustomers grid that the order lines are built from. */
const CUSTOMER = 0,
  REP = 2,
  SALES = 4,
  ORDERS = 5,
  LAST_DATE = 6;
/** Mean days between two orders of one customer. */
const MEAN_GAP_DAYS = 30;

/**
 * Order lines behind a sampleCustomers grid, the same for the same seed: per customer as many lines
 * as its Orders, the last one on its Last order date and earlier ones spaced by random gaps, amounts
 * that add up to its Sales to the cent; a customer whose Sales cell is bad gets that bad cell on its
 * first line. Header: Customer, Order date (Excel serial), Amount, Sales rep (Chinese for "zh");
 * lines sorted by date.
 */
export function sampleOrders(customers: Grid, seed = 1, lang: SampleLanguage = "en"): Grid {
  const words = vocabulary(lang);
  if (customers.length < 1 || customers[0].length < 8) {
    throw new InputError(
      "sample.customers",
      {},
      "customers: expected a grid made by sampleCustomers (a header and 8 columns).",
    );
  }
  const random = mulberry32(seed);
  const lines: { date: number; row: CellValue[] }[] = [];
  for (let r = 1; r < customers.length; r++) {
    const c = customers[r];
    const count = Math.max(1, Math.floor(parseNumber(c[ORDERS])) || 1);
    const sales = parseNumber(c[SALES]);
    const dates: number[] = [Number(c[LAST_DATE])];
    for (let k = 1; k < count; k++) dates.push(dates[k - 1] - 1 - Math.floor(-Math.log(1 - random()) * MEAN_GAP_DAYS));
    let amounts: CellValue[];
    if (Number.isNaN(sales)) {
      amounts = [c[SALES]];
      for (let k = 1; k < count; k++)
        amounts.push(Math.round(Math.exp(SALES_LOG_MEAN - 1 + SALES_LOG_SD * standardNormal(random)) * 100) / 100);
    } else {
      // Split in whole cents; the last line takes the remainder so the lines sum to Sales exactly.
      const weights = dates.map(() => Math.exp(0.5 * standardNormal(random)));
      const total = weights.reduce((a, b) => a + b, 0);
      const cents = Math.round(sales * 100);
      const parts = weights.map((w) => Math.floor((cents * w) / total));
      parts[parts.length - 1] += cents - parts.reduce((a, b) => a + b, 0);
      amounts = parts.map((p) => p / 100);
    }
    dates.forEach((date, k) => lines.push({ date, row: [c[CUSTOMER], date, amounts[k], c[REP]] }));
  }
  lines.sort((a, b) => a.date - b.date); // stable: same-day lines keep customer order
  return [[...words.headers.orders], ...lines.map((l) => l.row)];
}
