import { FileSaveError, type FileSaveErrorData, fileSaveErrorData } from "./file-save-error";
import type { FileSheet, FileWorkbook } from "./file-workbook";

/**
 * The messages that carry a workbook to the save worker, in parts (as the tier worker receives a table):
 * the workbook without its cells, then each sheet's rows a slice at a time, then "save". No single structured
 * clone holds the page for long; a million rows cloned at once take seconds.
 */
export type SaveWorkerMessage =
  | { readonly kind: "workbook"; readonly file: FileWorkbook }
  | {
      readonly kind: "rows";
      readonly sheet: number;
      readonly from: number;
      readonly values: FileSheet["values"];
      readonly formats: FileSheet["formats"];
    }
  | { readonly kind: "save" };

export type SaveWorkerReply =
  | { readonly kind: "progress"; readonly done: number }
  | { readonly kind: "saved"; readonly bytes: Uint8Array }
  /** `problem` when the writer refused something it names (file-save-error.ts), for the page to word. */
  | { readonly kind: "failed"; readonly message: string; readonly problem?: FileSaveErrorData };

/** Rows per message: 4 to 20 columns of a sheet, tens of milliseconds of cloning each. */
export const ROWS_PER_MESSAGE = 20_000;

/** The messages for one workbook, in order. */
export function* workbookMessages(file: FileWorkbook): Generator<SaveWorkerMessage> {
  yield { kind: "workbook", file: { ...file, sheets: file.sheets.map((s) => ({ ...s, values: [], formats: [] })) } };
  for (let i = 0; i < file.sheets.length; i++) {
    const { values, formats } = file.sheets[i];
    const rows = Math.max(values.length, formats.length);
    for (let from = 0; from < rows; from += ROWS_PER_MESSAGE) {
      const to = from + ROWS_PER_MESSAGE;
      yield { kind: "rows", sheet: i, from, values: values.slice(from, to), formats: formats.slice(from, to) };
    }
  }
  yield { kind: "save" };
}

/**
 * The worker's side: collects a workbook from its messages and, on "save", hands it to `write`. Kept apart from
 * the worker's entry so a test can run it without a browser.
 */
export function createSaveHandler(
  write: (file: FileWorkbook, onProgress: (done: number) => void) => Promise<Uint8Array>,
  reply: (message: SaveWorkerReply, transfer: Transferable[]) => void,
): (message: SaveWorkerMessage) => Promise<void> {
  let file: FileWorkbook | undefined;
  return async (message) => {
    if (message.kind === "workbook") {
      file = message.file;
      return;
    }
    if (!file) return reply({ kind: "failed", message: "save worker: rows or save before the workbook" }, []);
    if (message.kind === "rows") {
      const sheet = file.sheets[message.sheet];
      message.values.forEach((row, i) => row && (sheet.values[message.from + i] = row));
      message.formats.forEach((row, i) => row && (sheet.formats[message.from + i] = row));
      return;
    }
    try {
      const bytes = await write(file, (done) => reply({ kind: "progress", done }, []));
      reply({ kind: "saved", bytes }, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      reply(
        error instanceof FileSaveError
          ? { kind: "failed", message, problem: fileSaveErrorData(error) }
          : { kind: "failed", message },
        [],
      );
    } finally {
      file = undefined;
    }
  };
}
