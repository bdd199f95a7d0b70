import { FileSaveError } from "./file-save-error";
import type { FileWorkbook } from "./file-workbook";
import { type SaveWorkerReply, workbookMessages } from "./save-worker-protocol";

/** The part of a Web Worker used here. */
interface SaveWorkerPort {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: SaveWorkerReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A new save worker (webpack's "xlsx-save-worker" entry, served beside the page), or undefined without Web Workers (jest). */
export function startSaveWorker(): SaveWorkerPort | undefined {
  const WorkerClass = (globalThis as { Worker?: new (url: URL) => SaveWorkerPort }).Worker;
  if (typeof WorkerClass !== "function" || typeof document === "undefined") return undefined;
  return new WorkerClass(new URL("xlsx-save-worker.js", document.baseURI));
}

/**
 * Saves in the worker: the workbook goes over in parts, with a turn for the page between them, then the
 * worker writes and sends the bytes back (transferred). The worker is stopped when it is done.
 */
export async function saveInWorker(
  worker: SaveWorkerPort,
  file: FileWorkbook,
  onProgress?: (done: number) => void,
): Promise<Uint8Array> {
  const result = new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.kind === "progress") onProgress?.(data.done);
      else if (data.kind === "saved") resolve(data.bytes);
      else reject(data.problem ? new FileSaveError(data.problem, data.message) : new Error(data.message));
    };
    worker.onerror = (e) => reject(new Error(`The save worker stopped: ${e.message ?? "unknown error"}`));
  });
  try {
    for (const message of workbookMessages(file)) {
      worker.postMessage(message);
      await nextTask();
    }
    return await result;
  } finally {
    worker.terminate();
  }
}
