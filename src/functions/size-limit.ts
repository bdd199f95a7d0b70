import { valueError } from "./errors";

/**
 * The most cells a TIER function takes in one range argument (and so spills per range).
 * A custom function's arguments and result travel as JSON between Excel and the add-in, and Excel
 * on the web caps those requests and responses at 5 MB ("Excel on the web has a payload size limit
 * for requests and responses of 5MB", https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization);
 * a result past it is retried and then left as #BUSY! for good (office-js issues #2222 and #2786,
 * https://github.com/OfficeDev/office-js/issues/2786; the runtime's _restoreAndSliceResultEntries).
 * A cell costs up to about 20 bytes there ([72.53968253968254], with its brackets and comma), so
 * 200,000 cells stay near 4 MB. The same limit holds on every platform, so a workbook behaves the
 * same in Excel on the web, on Windows and on the Mac. The task pane reads in chunks and has no limit.
 */
export const MAX_RANGE_CELLS = 200_000;

const count = (n: number) => n.toLocaleString("en-US");

/**
 * #VALUE! naming the argument, the limit and what to do instead, when a range has too many cells.
 * `max` is MAX_RANGE_CELLS for every worksheet call; only the bench passes more, to time a function's
 * own code at Excel's row limit (bench/functions.bench.ts).
 */
export function checkRangeSize(cells: number, name: string, max = MAX_RANGE_CELLS): void {
  if (cells > max) {
    throw valueError(
      `${name}: ${count(cells)} cells is more than the ${count(max)} a TIER function takes (Excel on the web limits a function's data to 5 MB). For a longer list, use the TierLadder task pane (Home › TierLadder › Open TierLadder), which handles any size.`,
    );
  }
}
