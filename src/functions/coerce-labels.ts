import { defaultLabels } from "../engine/tiering/numeric";
import { readCells } from "./coerce-cells";
import { describeCell } from "./coerce-describe";
import { isMissing } from "./coerce-missing";
import { valueError } from "./errors";

/** Reads tier labels, one per tier (numbers are shown as text); omitted → A, B, C, … */
export function readLabels(arg: unknown, name: string, tierCount: number): string[] {
  if (isMissing(arg)) return defaultLabels(tierCount);
  const { cells } = readCells(arg, name);
  if (cells.length !== tierCount)
    throw valueError(`${name}: ${cells.length} label${cells.length === 1 ? "" : "s"} given for ${tierCount} tiers.`);
  return cells.map((cell, i) => {
    if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
    if (typeof cell === "string" && cell.trim() !== "" && !cell.startsWith("#")) return cell;
    throw valueError(`${name}: label ${i + 1} is ${describeCell(cell)}; expected text.`);
  });
}
