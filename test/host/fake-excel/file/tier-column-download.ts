import { fileWorkbook } from "../../../../src/host/fake-excel/file/file-workbook";
import type { OpenedWorkbook } from "../../../../src/host/fake-excel/file/opened-workbook";
import {
  type SaveWorkerReply,
  createSaveHandler,
  workbookMessages,
} from "../../../../src/host/fake-excel/file/save-worker-protocol";
import { writeXlsx } from "../../../../src/host/fake-excel/file/write-xlsx";
import type { WorkbookState } from "../../../../src/host/fake-excel/state";
import { openedFixture } from "./opened-fixture";

/**
 * `bytes` (a file named `name`) opened as standalone mode opens it (opened-fixture.ts); TierLadder writes a tier
 * column (C1:C5) on sheet `sheet` through office.js; saved through the save worker's messages, each cloned as
 * postMessage clones it: the standalone mode's whole path from a user's file to the download. (opened-fixture.ts's
 * downloadWithTierColumn saves in the page's process instead.)
 */
export async function workerDownloadWithTierColumn(
  name: string,
  bytes: Uint8Array,
  sheet: string,
): Promise<{ opened: OpenedWorkbook; bytes: Uint8Array }> {
  const { opened, state, fake } = await openedFixture(name, bytes);
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange("C1:C5").values = [["Tier"], ["A"], ["A"], ["B"], ["C"]];
    await ctx.sync();
  });
  return { opened, bytes: await savedThroughWorker(state) };
}

async function savedThroughWorker(state: WorkbookState): Promise<Uint8Array> {
  let saved: Uint8Array | undefined;
  const handle = createSaveHandler(writeXlsx, (reply: SaveWorkerReply) => {
    if (reply.kind === "saved") saved = reply.bytes;
    if (reply.kind === "failed") throw new Error(reply.message);
  });
  for (const message of workbookMessages(fileWorkbook(state, "en-US"))) await handle(structuredClone(message));
  if (!saved) throw new Error("not saved");
  return saved;
}
