import { FileOpenError, fileOpenErrorData, openWorkbookFile, packWorkbook } from "../../host";
import type { OpenFileReply, OpenFileRequest } from "./protocol";

/**
 * The file worker's entry (webpack entry "open-file-worker"): reads a workbook file off the page's thread,
 * so a 1,048,576-row sheet loads while the page keeps answering and shows progress. JSZip and papaparse
 * are loaded here, on the first file, never by the page's first script.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<OpenFileRequest>) => void) | null;
  postMessage(message: OpenFileReply, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
/** At most one progress message per this many ms: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_EVERY_MS = 100;

scope.onmessage = async (event) => {
  const { fileName, file } = event.data;
  let last = 0;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const workbook = await openWorkbookFile(fileName, bytes, (progress) => {
      const now = Date.now();
      if (now - last < PROGRESS_EVERY_MS && progress.done !== 1) return;
      last = now;
      scope.postMessage({ type: "progress", progress });
    });
    const { packed, transfer } = packWorkbook(workbook);
    scope.postMessage({ type: "opened", workbook: packed }, transfer);
  } catch (e) {
    if (e instanceof FileOpenError) scope.postMessage({ type: "failed", problem: fileOpenErrorData(e) });
    else scope.postMessage({ type: "crashed", message: e instanceof Error ? e.message : String(e) });
  }
};
