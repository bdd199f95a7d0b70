import { createSaveHandler, type SaveWorkerMessage } from "./save-worker-protocol";
import { writeXlsx } from "./write-xlsx";

/**
 * The save worker's entry (webpack entry "xlsx-save-worker"): writes the .xlsx off the page's thread, since
 * ExcelJS renders each sheet's XML in one go (seconds for a large sheet; see bench/file-save.bench.ts).
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<SaveWorkerMessage>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createSaveHandler(writeXlsx, (message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => void handle(event.data);
