import { createRoot } from "react-dom/client";
import { StandalonePreview } from "./components/StandalonePreview";
import { langFromUrl } from "./lang-from-url";
import { previewStrings } from "./preview-strings";
import { PREVIEW_SEED } from "./sample-workbook";
import { sampleSizeFromUrl } from "./sample-size-from-url";
import { sampleSession } from "./workbook-session";

/**
 * The preview page: the real task pane and the real host code (src/host/excel) running on the fake
 * Excel (src/host/fake-excel, a test double) loaded with the seeded sample, or with a workbook file the user
 * opens (the standalone mode). `?lang=zh-CN` loads the Chinese-header sample and the Chinese UI;
 * `?customers=100000` a larger sample (sample-size-from-url.ts).
 */
const lang = langFromUrl(window.location.search, navigator.language);
document.documentElement.lang = lang;
const strings = previewStrings(lang);
const initial = sampleSession(lang, sampleSizeFromUrl(window.location.search));

createRoot(document.getElementById("root") as HTMLElement).render(
  <StandalonePreview lang={lang} strings={strings} seed={PREVIEW_SEED} initial={initial} />,
);
