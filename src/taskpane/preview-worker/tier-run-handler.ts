import type { CellValue } from "../../engine/cells";
import type { Table } from "../../engine/table";
import { runScheme } from "../model/preview-scheme";
import { packOutput } from "./reply-packing";
import { sendableError, type TierRunReply, type TierWorkerMessage } from "./protocol";

/**
 * What the tier worker does with each message: keeps the table as its parts arrive, and answers each run with
 * runScheme (the same one the pane runs in place). Kept apart from the worker's entry so a test can run it
 * without a browser.
 */
export function createTierRunHandler(): (
  message: TierWorkerMessage,
) => { reply: TierRunReply; transfer: ArrayBuffer[] } | undefined {
  let table: (Table & { rows: CellValue[][] }) | undefined;
  let tableId = -1;
  return (message) => {
    if (message.kind === "table") {
      ({ tableId } = message);
      table = { columns: message.columns, hasHeader: message.hasHeader, firstRow: message.firstRow, rows: [] };
      return undefined;
    }
    if (message.kind === "rows") {
      if (message.tableId === tableId && table) for (const row of message.rows) table.rows.push(row as CellValue[]);
      return undefined;
    }
    const failed = (error: unknown) => ({ reply: { id: message.id, error: sendableError(error) }, transfer: [] });
    if (!table || message.tableId !== tableId)
      return failed(new Error(`tier worker: table ${message.tableId} was not sent`));
    try {
      const { scheme, lang, excludeRows, today } = message;
      const { output, customerNames, transfer } = packOutput(runScheme({ table, scheme, lang, excludeRows, today }));
      return { reply: { id: message.id, output, customerNames }, transfer };
    } catch (error) {
      return failed(error);
    }
  };
}
