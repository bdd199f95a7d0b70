import { startTransition, useCallback, useEffect, useState } from "react";
import { FileOpenError } from "../../host";
import type { Lang } from "../../i18n/language";
import { downloadName } from "../download-name";
import { openFileInWorker } from "../file-worker/open-file-client";
import { baseName, fileProblemText } from "../file-open/file-problem-text";
import { notKeptText } from "../file-open/not-kept-text";
import { OpenFileControl, type OpenFileStatus } from "../file-open/OpenFileControl";
import { useFileDrop } from "../file-open/useFileDrop";
import { type PreviewStrings, fill } from "../preview-strings";
import { exposeForTests } from "../test-hook";
import { fileSession, type WorkbookSession } from "../workbook-session";
import { DownloadButton } from "./DownloadButton";
import { PreviewPage } from "./PreviewPage";

/**
 * The preview as the standalone mode: the page with the sample until the user opens a file (picker or
 * drag-and-drop), then the same page on that file, with a new fake Excel, host and pane.
 */
export function StandalonePreview(props: {
  lang: Lang;
  strings: PreviewStrings;
  seed: number;
  initial: WorkbookSession;
}) {
  const { lang, strings, seed, initial } = props;
  const [current, setCurrent] = useState(initial);
  const [status, setStatus] = useState<OpenFileStatus>({ kind: "idle" });

  useEffect(
    () => exposeForTests(current.view, { lang, seed, file: current.fileName }, current.excel),
    [current, lang, seed],
  );

  const open = useCallback(
    (file: File) => {
      const fileName = baseName(file.name);
      setStatus({ kind: "opening", fileName, progress: { phase: "reading" } });
      openFileInWorker(file, (progress) => setStatus({ kind: "opening", fileName, progress })).then(
        (opened) => {
          const { session, settingsUnreadable } = fileSession({ ...opened, fileName }, lang);
          const notices = [
            settingsUnreadable ? fill(strings.openSettingsUnreadable, { file: fileName }) : undefined,
            session.kind === "xlsm"
              ? fill(strings.openMacrosKept, { file: downloadName(fileName, "xlsm") })
              : undefined,
            notKeptText(strings, opened.notKept),
          ].filter((n): n is string => n !== undefined);
          // A transition: the new page (pane and grid, mounted afresh) renders in slices that yield to the
          // browser, where an ordinary update renders in one task (200 ms and more on a busy machine, traced with
          // a million-row file). The page shows the previous workbook until the new one is ready.
          // https://react.dev/reference/react/startTransition
          startTransition(() => {
            setCurrent(session);
            setStatus({ kind: "opened", fileName, notice: notices.length > 0 ? notices.join(" ") : undefined });
          });
        },
        (error: unknown) =>
          setStatus({
            kind: "failed",
            message:
              error instanceof FileOpenError
                ? fileProblemText(strings, error)
                : fill(strings.openFailed, {
                    file: fileName,
                    detail: error instanceof Error ? error.message : String(error),
                  }),
          }),
      );
    },
    [lang, strings],
  );
  const dragging = useFileDrop(open, status.kind !== "opening");

  return (
    <>
      <PreviewPage
        key={current.id}
        lang={lang}
        strings={strings}
        view={current.view}
        pane={current.pane}
        fileControl={<OpenFileControl strings={strings} status={status} onFile={open} />}
        download={
          <DownloadButton
            save={current.save}
            fileName={downloadName(current.fileName, current.kind)}
            strings={strings}
          />
        }
      />
      {dragging && (
        <div className="preview-drop" aria-hidden="true">
          {strings.dropFile}
        </div>
      )}
    </>
  );
}
