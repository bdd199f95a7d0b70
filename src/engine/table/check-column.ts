import { InputError } from "../errors";
import type { Table } from "./types";

/** Throws unless `index` names a column of the table; `argument` says which argument it came from. */
export function checkColumn(table: Table, index: number, argument: string): void {
  const width = table.columns.length;
  if (!Number.isInteger(index) || index < 0 || index >= width) {
    throw new InputError(
      "table.columnOutOfRange",
      { argument, column: String(index), width },
      `${argument}: column ${index} does not exist; expected an index from 0 to ${width - 1}.`,
    );
  }
}
