import { useRef, useState } from "react";
import { downloadMediaType } from "../download-name";
import { fill, type PreviewStrings } from "../preview-strings";
import { saveProblemText } from "../save-problem-text";

/** How long the Blob URL is kept after the click: the browser has started the download by then. */
const REVOKE_AFTER_MS = 60_000;

type SaveState =
  | { readonly kind: "idle" }
  | { readonly kind: "saving"; readonly done: number }
  | { readonly kind: "saved" }
  | { readonly kind: "failed"; readonly message: string };

/**
 * Hands the bytes to the browser as a download of `fileName` (a Blob URL on a temporary link), typed by its
 * extension: an .xlsx's or an .xlsm's media type (download-name.ts).
 */
function offerDownload(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: downloadMediaType(fileName) }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * "Download workbook": saves the in-memory workbook as .xlsx or .xlsm (`save`, the fake Excel's saveXlsx) and
 * downloads it as `fileName`. While it saves, a progress bar shows how far it is and the button stays focusable but does nothing
 * (aria-disabled, so a keyboard user keeps their place); the outcome is announced in a polite live region.
 */
export function DownloadButton(props: {
  save: (onProgress: (done: number) => void) => Promise<Uint8Array>;
  fileName: string;
  strings: PreviewStrings;
}) {
  const { save, fileName, strings } = props;
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const busy = useRef(false);
  const onClick = async () => {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: "saving", done: 0 });
    try {
      const bytes = await save((done) => setState({ kind: "saving", done }));
      offerDownload(bytes, fileName);
      setState({ kind: "saved" });
    } catch (error) {
      setState({ kind: "failed", message: saveProblemText(strings, error) });
    } finally {
      busy.current = false;
    }
  };
  const saving = state.kind === "saving";
  return (
    <span
      className="preview-download"
      style={{ marginLeft: "auto", display: "inline-flex", gap: 8, alignItems: "center" }}
    >
      <button type="button" data-testid="preview-download" aria-disabled={saving} onClick={() => void onClick()}>
        {strings.download}
      </button>
      {saving && (
        <progress
          data-testid="preview-download-progress"
          max={1}
          value={state.done}
          aria-label={strings.downloadSaving}
        />
      )}
      <span role="status" aria-live="polite" data-testid="preview-download-status">
        {state.kind === "saving"
          ? strings.downloadSaving
          : state.kind === "saved"
            ? fill(strings.downloadSaved, { file: fileName })
            : state.kind === "failed"
              ? fill(strings.downloadFailed, { message: state.message })
              : ""}
      </span>
    </span>
  );
}
