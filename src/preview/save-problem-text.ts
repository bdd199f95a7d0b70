import { FileSaveError, type SaveProblem } from "../host";
import { type PreviewStrings, fill } from "./preview-strings";

const KEYS: { readonly [P in SaveProblem]: keyof PreviewStrings } = {
  fillColour: "saveFillColour",
  conditionalFormat: "saveConditionalFormat",
  textTooLong: "saveTextTooLong",
  notFinite: "saveNotFinite",
  noNoteRow: "saveNoNoteRow",
  internal: "saveUnexpected",
};

/**
 * Why the workbook could not be saved, in the page's language: what the writer refused (which sheet, which cells,
 * what) and what to do, or, for anything else, that writing failed with the writer's own words in brackets.
 */
export function saveProblemText(strings: PreviewStrings, error: unknown): string {
  if (error instanceof FileSaveError)
    return fill(strings[KEYS[error.problem]], {
      sheet: error.sheet ?? "",
      address: error.address ?? "",
      detail: error.detail ?? "",
    });
  return fill(strings.saveUnexpected, { detail: error instanceof Error ? error.message : String(error) });
}
