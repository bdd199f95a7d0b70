/**
 * Why a workbook could not be saved. The writer says what it found (a code, the sheet, the cells and the
 * detail); the page turns it into a sentence in the user's language (src/preview/preview-strings.ts), with
 * what to do about it. The English message stays for logs and tests.
 */
export type SaveProblem =
  /** A fill colour the file cannot hold (`detail`: the colour); only #RRGGBB is written. */
  | "fillColour"
  /** A conditional format whose operator the file cannot hold (`detail`: the operator). */
  | "conditionalFormat"
  /** Text longer than an Excel cell holds (`detail`: its length). */
  | "textTooLong"
  /** A number that is not finite (`detail`: the value). */
  | "notFinite"
  /** No empty row left for a chart's note (`detail`: the chart's name). */
  | "noNoteRow"
  /** Anything else: the writer or its worker failed (`detail`: what was reported). */
  | "internal";

/** A FileSaveError as plain data (what the save worker posts). */
export interface FileSaveErrorData {
  readonly problem: SaveProblem;
  readonly sheet?: string;
  /** The cells concerned (A1:C3), without the sheet. */
  readonly address?: string;
  readonly detail?: string;
}

export class FileSaveError extends Error implements FileSaveErrorData {
  readonly problem: SaveProblem;
  readonly sheet?: string;
  readonly address?: string;
  readonly detail?: string;

  constructor(data: FileSaveErrorData, message: string) {
    super(message);
    this.name = "FileSaveError";
    this.problem = data.problem;
    this.sheet = data.sheet;
    this.address = data.address;
    this.detail = data.detail;
  }
}

export const fileSaveErrorData = (e: FileSaveError): FileSaveErrorData => ({
  problem: e.problem,
  sheet: e.sheet,
  address: e.address,
  detail: e.detail,
});
