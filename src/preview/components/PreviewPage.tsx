import type { ReactNode } from "react";
import type { Lang } from "../../i18n/language";
import type { PreviewStrings } from "../preview-strings";
import type { PreviewWorkbookView } from "../workbook-view";
import { GridView } from "./GridView";

/**
 * The preview's layout: a switch between the English- and Chinese-header samples, the in-memory
 * workbook on the left and the real task pane on the right, at a task pane's usual width.
 */
export function PreviewPage(props: {
  lang: Lang;
  strings: PreviewStrings;
  view: PreviewWorkbookView;
  pane: ReactNode;
  /** The standalone mode's file picker (StandalonePreview). */
  fileControl?: ReactNode;
  /** The "Download workbook" control (DownloadButton), at the toolbar's end. */
  download?: ReactNode;
}) {
  const { lang, strings, view, pane, fileControl, download } = props;
  return (
    <>
      <nav className="preview-toolbar" aria-label={strings.sample}>
        <span>{strings.sample}:</span>
        <a href="?lang=en-US" data-testid="preview-lang-en" aria-current={lang === "en-US" ? "page" : undefined}>
          {strings.sampleEn}
        </a>
        <a
          href="?lang=zh-CN"
          data-testid="preview-lang-zh"
          aria-current={lang === "zh-CN" ? "page" : undefined}
          lang="zh-CN"
        >
          {strings.sampleZh}
        </a>
        {download}
      </nav>
      {fileControl}
      <div className="preview-main">
        <GridView view={view} strings={strings} lang={lang} />
        {/* A plain box, not a landmark: the pane brings its own main landmark, which must be top-level. */}
        <div className="preview-pane" data-testid="preview-pane">
          {pane}
        </div>
      </div>
    </>
  );
}
