import type { Grid } from "../cells/cell-value";
import { InputError } from "../errors";
import { mulberry32 } from "./mulberry32";
import { SAMPLE_EN, SAMPLE_ZH, type SampleVocabulary } from "./sample-vocabulary";
import { SALES_LOG_MEAN, SALES_LOG_SD } from "./skewed-values";
import { standardNormal } from "./standard-normal";

export type SampleLanguage = "en" | "zh";

/** The day the samples are "taken": DATE(2024,12,31), serial 45657. */
export const SAMPLE_AS_OF = 45657;
/** Excel's last row minus the header row. */
const MAX_ROWS = 1_048_575;
/** Where the deliberately bad Sales cells go, as shares of n: "n/a", a blank, #N/A. */
const BAD_CELLS: readonly [number, string | null][] = [
  [0.13, "n/a"],
  [0.37, null],
  [0.71, "#N/A"],
];
/** Region shares (North/华东 … West/西南). */
const REGION_WEIGHTS = [0.3, 0.25, 0.3, 0.15];
const KEY_ACCOUNT_SALES = 30_000;

export const vocabulary = (lang: SampleLanguage): SampleVocabulary => {
  if (lang === "en") return SAMPLE_EN;
  if (lang === "zh") return SAMPLE_ZH;
  throw new InputError(
    "sample.lang",
    { lang: String(lang) },
    `lang: "${String(lang)}" is not a sample language; expected "en" or "zh".`,
  );
};

/** n distinct names: a seeded shuffle of all part combinations, numbered " 2", " 3", … once they run out. */
function customerNames(n: number, words: SampleVocabulary, random: () => number): string[] {
  const parts = words.nameParts;
  const combos = parts.reduce((p, list) => p * list.length, 1);
  const order = Int32Array.from({ length: combos }, (_, i) => i);
  for (let i = combos - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return Array.from({ length: n }, (_, k) => {
    let code = order[k % combos];
    const chosen = parts.map((list) => {
      const w = list[code % list.length];
      code = Math.floor(code / list.length);
      return w;
    });
    const round = Math.floor(k / combos);
    return chosen.join(words.joiner) + (round > 0 ? ` ${round + 1}` : "");
  });
}

function pickWeighted(weights: readonly number[], u: number): number {
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    if (u < acc) return i;
  }
  return weights.length - 1;
}

/**
 * A made-up customer list for the preview and for tests, the same for the same seed: a header row
 * (Customer, Region, Sales rep, Customer type, Sales, Orders, Last order date as an Excel serial, Days
 * since last order — in Chinese for "zh"), log-normal sales, more orders and more recent purchases for
 * bigger customers, as-of date SAMPLE_AS_OF, and three bad Sales cells ("n/a", a blank, #N/A) when n ≥ 3
 * so an input report has something to show.
 */
export function sampleCustomers(n = 500, seed = 1, lang: SampleLanguage = "en"): Grid {
  if (!Number.isInteger(n) || n < 1 || n > MAX_ROWS) {
    throw new InputError(
      "sample.count",
      { n },
      `n: ${n} is not a customer count; expected a whole number from 1 to ${MAX_ROWS}.`,
    );
  }
  const words = vocabulary(lang);
  const random = mulberry32(seed);
  const names = customerNames(n, words, random);
  const grid: Grid = [[...words.headers.customers]];
  for (let i = 0; i < n; i++) {
    const z = standardNormal(random);
    const sales = Math.round(Math.exp(SALES_LOG_MEAN + SALES_LOG_SD * z) * 100) / 100;
    // Bigger customers order more often (correlated through z) …
    const orders = Math.max(1, Math.round(Math.exp(0.9 + 0.6 * z + 0.4 * standardNormal(random))));
    // … and more recently: exponential days since the last order, shorter with more orders, at most two years.
    const days = Math.min(730, Math.floor((-Math.log(1 - random()) * 120) / Math.sqrt(orders)));
    const region = pickWeighted(REGION_WEIGHTS, random());
    const rep = words.reps[2 * region + (random() < 0.5 ? 0 : 1)];
    const type = orders <= 1 ? words.types[0] : sales >= KEY_ACCOUNT_SALES ? words.types[2] : words.types[1];
    grid.push([names[i], words.regions[region], rep, type, sales, orders, SAMPLE_AS_OF - days, days]);
  }
  if (n >= BAD_CELLS.length) {
    for (const [share, cell] of BAD_CELLS) grid[1 + Math.floor(share * n)][4] = cell;
  }
  return grid;
}
