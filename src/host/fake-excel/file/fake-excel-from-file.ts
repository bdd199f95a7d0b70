import { type FakeExcel, createFakeExcel } from "../create-fake-excel";
import type { OpenedWorkbook } from "./opened-workbook";
import { openedWorkbookState } from "./opened-workbook-state";

/** A fake Excel over an opened file (the standalone mode's "Excel"), in the user's display language. */
export function fakeExcelFromFile(
  opened: OpenedWorkbook,
  displayLanguage: string,
): { fake: FakeExcel; settingsUnreadable: boolean } {
  const { state, settingsUnreadable } = openedWorkbookState(opened);
  return { fake: createFakeExcel({ sheets: [], state, displayLanguage }), settingsUnreadable };
}
