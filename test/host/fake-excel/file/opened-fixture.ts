import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import { openedWorkbookState } from "../../../../src/host/fake-excel/file/opened-workbook-state";
import { packWorkbook, unpackWorkbook } from "../../../../src/host/fake-excel/file/packed-workbook";
import type { XlContext } from "../../../../src/host/excel/xl-types";
import { createOfficeJsExcel } from "../../../support/office-js";
import { fixtureBytes } from "./fixture-files";

/**
 * A fixture file as standalone mode opens it: read, packed for the page, moved there (its buffers transferred, as
 * postMessage does) and unpacked, with Microsoft's office.js client library in front of the fake.
 */
export async function openedFixture(file: string, bytes: Uint8Array = fixtureBytes(file)) {
  const opened = await openWorkbookFile(file, bytes);
  const { packed, transfer } = packWorkbook(opened);
  const { state } = openedWorkbookState(await unpackWorkbook(structuredClone(packed, { transfer })));
  const fake = createOfficeJsExcel({ sheets: [], state, displayLanguage: "en-US" });
  // The fake's run is office.js's Excel.run: its context is an Excel.RequestContext.
  const excel = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) =>
    fake.run((ctx) => batch(ctx as unknown as Excel.RequestContext));
  return { opened, state, fake, excel };
}

/** Where on sheet "Data" a test writes TierLadder's tier column (a header "Tier" in row 1), and the tiers below it. */
export interface TierColumn {
  readonly column: string;
  readonly tiers: readonly string[];
}

/** Beside the two columns most fixtures' "Data" has: C1:C4. */
export const TIERS_IN_C: TierColumn = { column: "C", tiers: ["A", "B", "A"] };

/** The fixture's download after a tier column (by default Tier, A, B, A in "Data"!C1:C4) is written and `change` made. */
export async function downloadWithTierColumn(
  file: string,
  change: (ctx: XlContext) => void = () => undefined,
  bytes: Uint8Array = fixtureBytes(file),
  { column, tiers }: TierColumn = TIERS_IN_C,
): Promise<Uint8Array> {
  const { fake } = await openedFixture(file, bytes);
  await fake.run(async (ctx) => {
    const range = `${column}1:${column}${tiers.length + 1}`;
    ctx.workbook.worksheets.getItem("Data").getRange(range).values = [["Tier"], ...tiers.map((tier) => [tier])];
    change(ctx);
    await ctx.sync();
  });
  return fake.saveXlsx();
}
