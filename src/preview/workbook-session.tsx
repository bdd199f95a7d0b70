import type { ReactNode } from "react";
import { rectAddress } from "../engine/cells";
import {
  type FakeExcel,
  type FakeWorkbookView,
  type OpenedWorkbook,
  createExcelHost,
  createFakeExcel,
  fakeExcelFromFile,
} from "../host";
import type { Lang } from "../i18n/language";
import { App } from "../taskpane/App";
import type { DownloadKind } from "./download-name";
import { fakeWorkbookView } from "./fake-workbook-view";
import { customerRange, previewSheetInputs, previewSheets } from "./sample-workbook";
import type { PreviewWorkbookView } from "./workbook-view";

/**
 * One workbook the page shows with its own fake Excel, host and pane: the seeded sample, or a file the user
 * opened (a new session replaces the old one whole, so the pane starts afresh on the new workbook).
 */
export interface WorkbookSession {
  readonly id: number;
  readonly view: PreviewWorkbookView;
  readonly pane: ReactNode;
  /** Saves this workbook as .xlsx bytes (the fake's saveXlsx, for the Download button). */
  readonly save: FakeExcel["saveXlsx"];
  /** The fake's own read-only view (formats, tables, rules), for the browser tests' hook. */
  readonly excel: FakeWorkbookView;
  /** The opened file's name; undefined for the sample. */
  readonly fileName?: string;
  /** .xlsm when the opened file's VBA project is kept (the fake never drops it), else .xlsx. */
  readonly kind: DownloadKind;
}

let nextId = 1;

function session(fake: FakeExcel, lang: Lang, fileName?: string, kind: DownloadKind = "xlsx"): WorkbookSession {
  const host = createExcelHost(fake.env);
  return {
    id: nextId++,
    view: fakeWorkbookView(fake),
    pane: <App host={host} language={lang} />,
    save: fake.saveXlsx,
    excel: fake.workbookState,
    fileName,
    kind,
  };
}

/** The sample workbook, its customer list selected so "Use selection" works at once. */
export function sampleSession(lang: Lang, customers: number): WorkbookSession {
  const sheets = previewSheets(lang, customers);
  const fake = createFakeExcel({
    displayLanguage: lang,
    sheets: previewSheetInputs(sheets),
  });
  fake.testing.setSelection(sheets[0].name, rectAddress(customerRange(sheets[0])));
  return session(fake, lang);
}

/** An opened file (A1 of its first sheet selected, as Excel opens a new file); whether its saved settings were unreadable. */
export function fileSession(
  opened: OpenedWorkbook,
  lang: Lang,
): { session: WorkbookSession; settingsUnreadable: boolean } {
  const { fake, settingsUnreadable } = fakeExcelFromFile(opened, lang);
  const kind = opened.vba?.project ? "xlsm" : "xlsx";
  return { session: session(fake, lang, opened.fileName, kind), settingsUnreadable };
}
