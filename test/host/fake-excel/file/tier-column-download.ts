import { fileWorkbook } from "../../../../src/host/fake-excel/file/file-workbook";
import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type { OpenedWorkbook } from "../../../../src/host/fake-excel/file/opened-workbook";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import {
  type SaveWorkerReply,
  createSaveHandler,
  workbookMessages,
} from "../../../../src/host/fake-excel/file/save-worker-protocol";
import { writeXlsx } from "../../../../src/host/fake-excel/file/write-xlsx";
import type { WorkbookState } from "../../../../src/host/fake-excel/state";
import { createOfficeJsExcel } from "../../../support/office-js";

/**
 * `bytes` (a file named `name`) opened, packed for the page and unpacked there; TierLadder writes a tier column
 * (C1:C5) on sheet `sheet` through office.js; saved through the save worker's messages, each cloned as postMessage
 * clones it: the standalone mode's whole path from a user's file to the download.
 */
export async function downloadWithTierColumn(
  name: string,
  bytes: Uint8Array,
  sheet: string,
): Promise<{ opened: OpenedWorkbook; bytes: Uint8Array }> {
  const opened = await openWorkbookFile(name, bytes);
  const { packed, transfer } = packWorkbook(opened);
  const { state } = openedWorkbookState(await unpackWorkbook(structuredClone(packed, { transfer })));
  const fake = createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" });
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
