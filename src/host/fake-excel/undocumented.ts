import { FakeOfficeError } from "./office-error";

/**
 * The fake's answer where Office's behaviour is not documented (DESIGN.md: "where Office's behaviour is
 * undocumented, the fake throws rather than guesses"). The code is not an Office error code, so a host
 * that meets it shows the text, and a test that meets it sees which operation needs checking in Excel.
 */
export const UNDOCUMENTED = "FakeUndocumentedBehaviour";

export function undocumented(what: string): FakeOfficeError {
  return new FakeOfficeError(
    UNDOCUMENTED,
    `fake: undocumented behaviour, ${what}. The fake does not guess what Excel does here; check it in Excel on the web and on the desktop before relying on it.`,
  );
}
