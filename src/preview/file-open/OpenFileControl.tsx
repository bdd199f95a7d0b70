import { useId } from "react";
import type { OpenProgress } from "../../host";
import { type PreviewStrings, fill } from "../preview-strings";

/** What the file control shows: nothing yet, a file being read, the file open, or why it could not be. */
export type OpenFileStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "opening"; readonly fileName: string; readonly progress: OpenProgress }
  | { readonly kind: "opened"; readonly fileName: string; readonly notice?: string }
  | { readonly kind: "failed"; readonly message: string };

/**
 * The standalone mode's file picker (`preview-open-file`, an `<input type="file">` so a test can set files on
 * it), the sentence that nothing leaves the browser, the progress bar while a file loads, and the outcome.
 */
export function OpenFileControl(props: {
  strings: PreviewStrings;
  status: OpenFileStatus;
  onFile: (file: File) => void;
}) {
  const { strings, status, onFile } = props;
  const privacyId = useId();
  const busy = status.kind === "opening";
  return (
    <div className="preview-open" data-testid="preview-open">
      <label className="preview-open-button">
        {strings.openFile}
        <input
          type="file"
          accept=".xlsx,.xlsm,.csv"
          data-testid="preview-open-file"
          aria-describedby={privacyId}
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = ""; // the same file chosen again opens again
            if (file) onFile(file);
          }}
        />
      </label>
      <span id={privacyId} className="preview-open-privacy">
        {strings.openFilePrivacy}
      </span>
      {status.kind === "opening" && <OpeningProgress strings={strings} status={status} />}
      {status.kind === "opened" && (
        <span data-testid="preview-open-status" role="status">
          {fill(strings.openedFile, { file: status.fileName })}. {status.notice ?? strings.openedHint}
        </span>
      )}
      {status.kind === "failed" && (
        <span className="preview-open-error" data-testid="preview-open-error" role="alert">
          {status.message}
        </span>
      )}
    </div>
  );
}

function OpeningProgress(props: { strings: PreviewStrings; status: Extract<OpenFileStatus, { kind: "opening" }> }) {
  const { strings, status } = props;
  const { done } = status.progress;
  const label =
    done === undefined
      ? fill(strings.openReading, { file: status.fileName })
      : fill(strings.openCells, { file: status.fileName, percent: Math.round(done * 100) });
  return (
    <span role="status" className="preview-open-progress">
      {/* Without a value the bar is indeterminate: while the worker reads the file's bytes and the zip's directory. */}
      <progress data-testid="preview-open-progress" aria-label={strings.openProgress} max={1} value={done} /> {label}
    </span>
  );
}
