import { createRoot } from "react-dom/client";
import { rectAddress } from "../engine/cells";
import { createExcelHost, createFakeExcel } from "../host";
import { App } from "../taskpane/App";
import { DownloadButton } from "./components/DownloadButton";
import { PreviewPage } from "./components/PreviewPage";
import { downloadName } from "./download-name";
import { fakeWorkbookView } from "./fake-workbook-view";
import { langFromUrl } from "./lang-from-url";
import { previewStrings } from "./preview-strings";
import { customerRange, PREVIEW_SEED, previewSheets } from "./sample-workbook";
import { sampleSizeFromUrl } from "./sample-size-from-url";
import { exposeForTests } from "./test-hook";

/**
 * The preview page: the real task pane and the real host code (src/host/excel) running on the fake
 * Excel (src/host/fake-excel, a test double) loaded with the seeded sample. `?lang=zh-CN` loads the
 * Chinese-header sample and the Chinese UI; `?customers=100000` a larger sample (sample-size-from-url.ts).
 */
const lang = langFromUrl(window.location.search, navigator.language);
document.documentElement.lang = lang;
const strings = previewStrings(lang);
const sheets = previewSheets(lang, sampleSizeFromUrl(window.location.search));
const fake = createFakeExcel({
  displayLanguage: lang,
  sheets: sheets.map((s) => ({
    name: s.name,
    grid: s.grid,
    numberFormats: s.grid.map((row, r) => (r === 0 ? [] : s.columnFormats.map((f) => f))),
  })),
});
// The customer list is selected, so "Use selection" works at once.
fake.testing.setSelection(sheets[0].name, rectAddress(customerRange(sheets[0])));

const view = fakeWorkbookView(fake);
exposeForTests(view, { lang, seed: PREVIEW_SEED });
const host = createExcelHost(fake.env);

createRoot(document.getElementById("root") as HTMLElement).render(
  <PreviewPage
    lang={lang}
    strings={strings}
    view={view}
    pane={<App host={host} language={lang} />}
    download={<DownloadButton save={fake.saveXlsx} fileName={downloadName()} strings={strings} />}
  />,
);
