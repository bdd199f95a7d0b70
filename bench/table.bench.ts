/**
 * The table layer at Excel's row limit: readTable + numericColumn over a 1,048,576 × 4 grid (header,
 * customer names, regions, sales, orders), against a plain loop doing Number() over the same cells.
 * Then what the pane and the ribbon command run: tierTable on a customer list (names, region, sales)
 * read by readTable (untimed), rank-share 20/30/50, with every per-row figure behind the explanations
 * and the input report, against a Float64Array sort of the same sales values (issue 16: ≤ 3× the sort).
 */
import type { Bench } from "./harness";
import type { Grid } from "../src/engine/cells/cell-value";
import { readTable } from "../src/engine/table/read-table";
import { numericColumn } from "../src/engine/table/numeric-column";
import { skewedValues } from "../src/engine/sample/skewed-values";
import { mulberry32 } from "../src/engine/sample/mulberry32";
import { tierTable } from "../src/engine/tiering/tier-table";
import { defaultScheme } from "../src/engine/scheme/default-scheme";

const ROWS = 1_048_576;
const GROUP = "table 1,048,576 × 4";
const TIER_GROUP = "tierTable 1,048,576 rows";
const SORT = "baseline: Float64Array sort";

function bigGrid(header: boolean): Grid {
  const sales = skewedValues(ROWS, 1);
  const random = mulberry32(2);
  const regions = ["North", "South", "East", "West"];
  const grid: Grid = header ? [["Customer", "Region", "Sales", "Orders"]] : [];
  for (let i = grid.length; i < ROWS; i++) {
    grid.push([`Customer ${i}`, regions[(random() * 4) | 0], sales[i], 1 + ((random() * 20) | 0)]);
  }
  grid[100][2] = "n/a"; // a few bad cells, as real sheets have
  grid[200][2] = null;
  grid[300][2] = "#N/A";
  return grid;
}

export default async function tableBench(h: Bench): Promise<void> {
  const grid = bigGrid(true);
  await h.time(GROUP, "baseline: Number() over every cell", () => {
    let sum = 0;
    for (const row of grid)
      for (let c = 0; c < 4; c++) {
        const v = Number(row[c]);
        if (Number.isFinite(v)) sum += v;
      }
    return sum;
  });
  await h.time(GROUP, "readTable (header row)", () => readTable(grid), {
    baseline: "baseline: Number() over every cell",
    maxRatio: 4,
    maxMs: 1000,
  });
  await h.time(GROUP, "readTable + numericColumn(Sales)", () => numericColumn(readTable(grid), 2), {
    baseline: "baseline: Number() over every cell",
    maxRatio: 5,
    maxMs: 1000,
  });
  const bare = bigGrid(false);
  await h.time(GROUP, "readTable, no header (roles from contents)", () => readTable(bare), {
    baseline: "baseline: Number() over every cell",
    maxRatio: 8,
    maxMs: 2000,
  });
  await tierTableBench(h);
}

/** A customer list of 1,048,575 customers under a header (names, one of 8 regions, skewed sales). */
function customerList(sales: Float64Array): Grid {
  const random = mulberry32(7);
  const regions = ["East", "West", "North", "South", "Central", "Northeast", "Northwest", "Southwest"];
  const grid: Grid = [["Customer", "Region", "Sales"]];
  for (let i = 0; i < ROWS - 1; i++) grid.push([`Customer ${i + 1}`, regions[(random() * 8) | 0], sales[i]]);
  return grid;
}

async function tierTableBench(h: Bench): Promise<void> {
  const sales = skewedValues(ROWS, 42);
  await h.time(TIER_GROUP, SORT, (copy: Float64Array) => copy.sort(), { runs: 5, setup: () => sales.slice() });
  const table = readTable(customerList(sales));
  await h.time(
    TIER_GROUP,
    "tierTable end to end, rank-share, 1,048,576 rows",
    () => tierTable(table, defaultScheme()),
    { runs: 5, baseline: SORT, maxRatio: 3 },
  );
}
