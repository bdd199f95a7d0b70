import { fileWorkbook } from "../../../../src/host/fake-excel/file/file-workbook";
import {
  type SaveWorkerReply,
  createSaveHandler,
  workbookMessages,
} from "../../../../src/host/fake-excel/file/save-worker-protocol";
import { writeXlsx } from "../../../../src/host/fake-excel/file/write-xlsx";
import type { WorkbookState } from "../../../../src/host/fake-excel/state";

/**
 * The workbook saved as the page's Download does it: through the save worker's messages, each cloned as
 * postMessage clones it, answered by the worker's handler (in this process).
 */
export async function savedThroughWorker(state: WorkbookState): Promise<Uint8Array> {
  let saved: Uint8Array | undefined;
  const handle = createSaveHandler(writeXlsx, (reply: SaveWorkerReply) => {
    if (reply.kind === "saved") saved = reply.bytes;
    if (reply.kind === "failed") throw new Error(reply.message);
  });
  for (const message of workbookMessages(fileWorkbook(state, "en-US"))) await handle(structuredClone(message));
  if (!saved) throw new Error("not saved");
  return saved;
}
