import { parseNumber, type CellValue } from "../engine/cells";
import {
  DEFAULT_LIFECYCLE_WINDOWS,
  LIFECYCLE_NAMES,
  lifecycleStages,
  type LifecycleWindows,
} from "../engine/tiering/numeric";
import { readCells } from "./coerce-cells";
import { readLabels } from "./coerce-labels";
import { isMissing } from "./coerce-missing";
import { readNumberList } from "./coerce-number-list";
import { readNumber } from "./coerce-scalar";
import { valueError } from "./errors";
import { spillTierLabels } from "./tier-labels";

/** A blank cell: Excel passes it as null or "" (a formula's "" counts too). */
const isBlank = (cell: unknown) =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** {new; at-risk; lost} in days, whole and ≥ 0, at-risk shorter than lost; left out → {90;180;365}. */
function readWindows(arg: unknown): LifecycleWindows {
  if (isMissing(arg)) return DEFAULT_LIFECYCLE_WINDOWS;
  const w = readNumberList(arg, "windows");
  if (w.length !== 3) throw valueError(`windows: ${w.length} given; expected three: {new; at-risk; lost} in days.`);
  const bad = w.findIndex((d) => !Number.isInteger(d) || d < 0);
  if (bad >= 0) throw valueError(`windows: item ${bad + 1} is ${w[bad]}; expected a whole number of days, 0 or more.`);
  if (!(w[1] < w[2]))
    throw valueError(`windows: the at-risk window (${w[1]}) must be shorter than the lost window (${w[2]}).`);
  return { new: w[0], atRisk: w[1], lost: w[2] };
}

/** TIER.LIFECYCLE's arguments as Excel passes them. */
export interface LifecycleArgs {
  readonly first: unknown;
  readonly last: unknown;
  readonly asOf: unknown;
  readonly windows?: unknown;
  readonly labels?: unknown;
}

/**
 * TIER.LIFECYCLE (DESIGN.md "Customer history"; the engine's lifecycleStages): per customer, from the
 * first and last order dates at `asOf`, first match: last blank → never purchased; asOf − first ≤ new → new;
 * asOf − last > lost → lost; > at-risk → at risk; else active. A row whose dates are not numbers (text, an
 * error such as #N/A) or lie after asOf gets "".
 */
export function lifecycleSpill(args: LifecycleArgs): string[][] {
  const { first, last, asOf, windows, labels } = args;
  const f = readCells(first, "first");
  const l = readCells(last, "last");
  if (f.cells.length !== l.cells.length) {
    throw valueError(
      `first and last: ${f.cells.length} and ${l.cells.length} cells; expected one date per customer in each.`,
    );
  }
  const at = { asOf: Math.floor(readNumber(asOf, "asOf")), windows: readWindows(windows) };
  const names = isMissing(labels) ? [...LIFECYCLE_NAMES["en-US"]] : readLabels(labels, "labels", 5);
  const noOrder = Uint8Array.from(l.cells, (c) => (isBlank(c) ? 1 : 0));
  const dates = (cells: unknown[]) => Float64Array.from(cells, (c) => parseNumber(c as CellValue));
  return spillTierLabels(lifecycleStages(dates(f.cells), dates(l.cells), noOrder, at), names, l.orientation);
}
