/**
 * Custom-function cost (issue 6, "Speed"):
 * 1. A spilled TIER.ABC / TIER.PARETO over 200,000 values (MAX_RANGE_CELLS, the most a TIER function
 *    takes: src/functions/size-limit.ts), handed over as Excel hands a column range to a custom
 *    function (number[][], one array per row, ~1 % blank cells as ""), must return in under 1000 ms.
 *    Baseline: one native Float64Array sort of the same values.
 * 2. The same two spills over 1,048,576 values (Excel's row limit; issue 16): the functions' own code
 *    (rankShareSpill / valueShareSpill, called with the cell limit raised to 1,048,576, since Excel never
 *    hands a TIER function more than 200,000 cells), from number[][] in to string[][] out, against a
 *    native Float64Array sort of the same values measured in the same run. Target: ≤ 1.2× the sort.
 * 3. TIER.OF copied down next to its data: 10,000 cells, each given the same 10,000 values. With the
 *    content cache one sort serves all cells; without it (cache = null) every cell sorts. Target: the
 *    cached column at least 20× faster. Both are measured here, in the same process. Every cell is
 *    given the same range object: the cache keys on content (it hashes and compares the values each
 *    call), never on identity, so this measures our per-cell cost and not the cost of building arrays.
 */
import type { Bench } from "./harness";
import { abc, pareto } from "../src/functions/cell-functions";
import { rankShareSpill, valueShareSpill } from "../src/functions/spill-share-tiers";
import { tierOfCache, tierOfCell } from "../src/functions/tier-of";
import { mulberry32 } from "../src/engine/sample/mulberry32";
import { MAX_RANGE_CELLS } from "../src/functions/size-limit";

/** Customer values with a long right tail (log-normal-like), rounded to cents, so ties occur. */
function customerValues(n: number, seed: number): number[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, () => Math.round(Math.exp(6 + 2 * (rnd() + rnd() + rnd() - 1.5)) * 100) / 100);
}

export default async function functionsBench(h: Bench): Promise<void> {
  const N = MAX_RANGE_CELLS;
  const values = customerValues(N, 42);
  const rnd = mulberry32(7);
  const asExcel: unknown[][] = values.map((v) => [rnd() < 0.01 ? "" : v]);
  const group = `functions: spill ${N.toLocaleString("en-US")}`;
  await h.time(group, "baseline: Float64Array sort", (copy: Float64Array) => copy.sort(), {
    setup: () => Float64Array.from(values),
  });
  await h.time(group, "TIER.ABC (number[][] column in, string[][] out)", () => abc(asExcel as never), {
    baseline: "baseline: Float64Array sort",
    maxMs: 1000,
  });
  await h.time(group, "TIER.PARETO (number[][] column in, string[][] out)", () => pareto(asExcel as never), {
    baseline: "baseline: Float64Array sort",
    maxMs: 1000,
  });

  const ROWS = 1_048_576;
  const large = customerValues(ROWS, 42);
  const largeExcel: unknown[][] = large.map((v) => [rnd() < 0.01 ? "" : v]);
  const atLimit = "functions: spill 1,048,576 (Excel's row limit)";
  const sortBase = "baseline: Float64Array sort";
  await h.time(atLimit, sortBase, (copy: Float64Array) => copy.sort(), {
    setup: () => Float64Array.from(large),
    runs: 5,
  });
  await h.time(
    atLimit,
    "TIER.ABC (number[][] column in, string[][] out)",
    () => rankShareSpill(largeExcel, null, null, ROWS),
    {
      baseline: sortBase,
      maxRatio: 1.2,
      runs: 5,
    },
  );
  await h.time(
    atLimit,
    "TIER.PARETO (number[][] column in, string[][] out)",
    () => valueShareSpill(largeExcel, null, null, ROWS),
    { baseline: sortBase, maxRatio: 1.2, runs: 5 },
  );

  const M = 10_000;
  const small = customerValues(M, 99);
  const column = small.map((v) => [v]);
  const down = "functions: TIER.OF copied down 10,000 × 10,000";
  await h.time(
    down,
    "without cache (prepares per cell)",
    () => {
      for (let i = 0; i < M; i++) tierOfCell(small[i], column, "abc", null, null);
    },
    { runs: 1 },
  );
  await h.time(
    down,
    "with content cache",
    () => {
      for (let i = 0; i < M; i++) tierOfCell(small[i], column, "abc", null);
    },
    { baseline: "without cache (prepares per cell)", minSpeedup: 20, setup: () => tierOfCache.clear() },
  );
}
