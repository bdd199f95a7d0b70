import {
  type OpenProgress,
  type OpenedWorkbook,
  type PackedWorkbook,
  fileOpenErrorFrom,
  unpackWorkbook,
} from "../../host";
import type { OpenFileReply, OpenFileRequest } from "./protocol";

/**
 * Reads a file in a worker of its own (webpack entry "open-file-worker", served beside the page), which ends
 * when the file is read: the memory it used to parse goes with it. Resolves with the workbook; rejects with
 * FileOpenError for a file that cannot be opened, or an Error when the worker itself fails.
 */
export async function openFileInWorker(file: File, onProgress: (p: OpenProgress) => void): Promise<OpenedWorkbook> {
  const worker = new Worker(new URL("open-file-worker.js", document.baseURI));
  // The bar's second half is the page unpacking the cells (packed-workbook.ts), a slice at a time.
  const half = (p: OpenProgress, from: number): OpenProgress =>
    p.done === undefined ? p : { ...p, done: from + p.done / 2 };
  let packed: PackedWorkbook;
  try {
    packed = await new Promise<PackedWorkbook>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<OpenFileReply>) => {
        const reply = event.data;
        if (reply.type === "progress") onProgress(half(reply.progress, 0));
        else if (reply.type === "opened") resolve(reply.workbook);
        else if (reply.type === "failed") reject(fileOpenErrorFrom(reply.problem));
        else reject(new Error(reply.message));
      };
      worker.onerror = (event) => reject(new Error(event.message || "the file worker stopped"));
      const request: OpenFileRequest = { fileName: file.name, file };
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
  // The task that received the workbook (structured cloning it back) ends here; the unpacking starts in the next.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return unpackWorkbook(packed, (p) => onProgress(half(p, 0.5)));
}
