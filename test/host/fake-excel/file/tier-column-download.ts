import type { OpenedWorkbook } from "../../../../src/host/fake-excel/file/opened-workbook";
import { openedFixture } from "./opened-fixture";
import { savedThroughWorker } from "./saved-through-worker";

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
