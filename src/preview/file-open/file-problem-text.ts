import type { FileProblem } from "../../host";
import { type PreviewStrings, fill } from "../preview-strings";

const KEYS: { readonly [P in FileProblem]: keyof PreviewStrings } = {
  empty: "openEmpty",
  encrypted: "openEncrypted",
  xls: "openXls",
  notWorkbook: "openNotWorkbook",
  malformed: "openMalformed",
  tooManyRows: "openTooManyRows",
  tooManyColumns: "openTooManyColumns",
  unsupportedType: "openUnsupportedType",
  tableWithoutHeader: "openTableWithoutHeader",
};

/** The page's sentence for a file it could not open: which file, what is wrong, what to do. */
export function fileProblemText(
  strings: PreviewStrings,
  problem: { readonly problem: FileProblem; readonly fileName: string; readonly detail?: string },
): string {
  return fill(strings[KEYS[problem.problem]], { file: baseName(problem.fileName), detail: problem.detail ?? "" });
}

/** The file's name without a folder (browsers give "C:\fakepath\…" for some inputs). */
export const baseName = (fileName: string) => fileName.replace(/^.*[\\/]/, "");
