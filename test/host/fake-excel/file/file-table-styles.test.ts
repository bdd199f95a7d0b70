import type { XlContext } from "../../../../src/host/excel/xl-types";
import { editedFixture } from "./edited-fixture";
import { type TierColumn, downloadWithTierColumn, openedFixture } from "./opened-fixture";
import { Package } from "./package-reader";
import { fixtureBytes } from "./fixture-files";
import { savedThroughWorker } from "./saved-through-worker";

/**
 * A table's style (ECMA-376 Part 1 §18.5.1.5 tableStyleInfo) kept, and what else a table part holds named
 * (§18.5.1). The fixture (make_fixtures.py write_table_styles) is xlsxwriter's: on sheet "Data", table "Styled"
 * (A1:B4) in TableStyleLight9 with first-column emphasis and column stripes but no row stripes, and table "Plain"
 * (E1:F3) in no style (a tableStyleInfo without a name, row stripes on); on "Totals", "Orders" (A1:D4 and a total
 * row, a summed column, a column format, a calculated column) in TableStyleMedium9; on "Custom", "Branded" (A1:B3)
 * in the custom table style "Tier Brand". The download is read with JSZip and regular expressions only.
 */
const FILE = "table-styles.xlsx";

/** Right of both tables on "Data", so that the tier column touches neither. */
const TIERS_IN_H: TierColumn = { column: "H", tiers: ["A", "B", "A"] };

const download = (change?: (ctx: XlContext) => void, bytes = fixtureBytes(FILE)) =>
  downloadWithTierColumn(FILE, change, bytes, TIERS_IN_H);

/** A table part's tableStyleInfo as its attributes, or undefined when it has none. */
function styleInfo(tableXml: string): Record<string, string> | undefined {
  const tag = /<tableStyleInfo\b[^>]*>/.exec(tableXml)?.[0];
  if (tag === undefined) return undefined;
  return Object.fromEntries([...tag.matchAll(/\s(\w+)="([^"]*)"/g)].map(([, n, v]) => [n, v]));
}

/** Each table part in the package by its table's name. */
async function tableParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const pkg = await Package.load(bytes);
  const out = new Map<string, string>();
  for (const path of pkg.parts().filter((p) => p.startsWith("xl/tables/"))) {
    const xml = await pkg.text(path);
    out.set(/<table\b[^>]*\sname="([^"]+)"/.exec(xml)?.[1] ?? path, xml);
  }
  return out;
}

const styleOf = async (bytes: Uint8Array, table: string) => styleInfo((await tableParts(bytes)).get(table) ?? "");

const LIGHT9_FIRST_COLUMN_COLUMN_STRIPES = {
  name: "TableStyleLight9",
  showFirstColumn: "1",
  showLastColumn: "0",
  showRowStripes: "0",
  showColumnStripes: "1",
};

/** The style ExcelJS and Excel's UI give a new table: TableStyleMedium2, row stripes only. */
const MEDIUM2_ROW_STRIPES = {
  name: "TableStyleMedium2",
  showFirstColumn: "0",
  showLastColumn: "0",
  showRowStripes: "1",
  showColumnStripes: "0",
};

describe("a table's style kept (§18.5.1.5) and its other settings named (§18.5.1)", () => {
  it("keeps table Styled's TableStyleLight9 with first-column emphasis, column stripes and no row stripes", async () => {
    const bytes = await download();
    expect(await styleOf(fixtureBytes(FILE), "Styled")).toEqual(LIGHT9_FIRST_COLUMN_COLUMN_STRIPES);
    expect(await styleOf(bytes, "Styled")).toEqual(LIGHT9_FIRST_COLUMN_COLUMN_STRIPES);
  });

  it("keeps every built-in style as the file had it: Orders in TableStyleMedium9 with row stripes", async () => {
    const saved = await tableParts(await download());
    const file = await tableParts(fixtureBytes(FILE));
    for (const table of ["Styled", "Plain", "Orders"])
      expect(styleInfo(saved.get(table)!)).toEqual(styleInfo(file.get(table)!));
    expect(styleInfo(saved.get("Orders")!)).toEqual({ ...MEDIUM2_ROW_STRIPES, name: "TableStyleMedium9" });
  });

  it("keeps table Plain without a style: no name in its tableStyleInfo, its row stripes as written", async () => {
    expect(await styleOf(await download(), "Plain")).toEqual({
      showFirstColumn: "0",
      showLastColumn: "0",
      showRowStripes: "1",
      showColumnStripes: "0",
    });
  });

  it("saves a table whose part has no tableStyleInfo without a style, not in TableStyleMedium2", async () => {
    const bytes = await editedFixture(FILE, async (zip) => {
      const xml = await zip.file("xl/tables/table2.xml")!.async("string");
      const without = xml.replace(/<tableStyleInfo\b[^>]*\/>/, "");
      expect(without).not.toBe(xml);
      zip.file("xl/tables/table2.xml", without);
    });
    // ExcelJS always writes a tableStyleInfo; with no name and nothing shown it is no style (§18.5.1.5).
    expect(await styleOf(await download(undefined, bytes), "Plain")).toEqual({
      showFirstColumn: "0",
      showLastColumn: "0",
      showRowStripes: "0",
      showColumnStripes: "0",
    });
  });

  it("keeps the styles through the save worker's messages too", async () => {
    const bytes = await savedThroughWorker((await openedFixture(FILE)).state);
    expect(await styleOf(bytes, "Styled")).toEqual(LIGHT9_FIRST_COLUMN_COLUMN_STRIPES);
    expect((await styleOf(bytes, "Plain"))?.name).toBeUndefined();
  });

  it("saves table Branded, in the custom style Tier Brand the download cannot hold, in TableStyleMedium2", async () => {
    expect(await styleOf(await download(), "Branded")).toEqual(MEDIUM2_ROW_STRIPES);
  });

  it("saves a table the pane adds in TableStyleMedium2 with row stripes, as before", async () => {
    const bytes = await download((ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Data");
      sheet.getRange("J1:K3").values = [
        ["Tier", "Count"],
        ["A", 2],
        ["B", 1],
      ];
      sheet.tables.add("Data!J1:K3", true);
    });
    const added = [...(await tableParts(bytes)).values()].find((xml) => /\sref="J1:K3"/.test(xml));
    expect(styleInfo(added ?? "")).toEqual(MEDIUM2_ROW_STRIPES);
  });

  it("names the table settings not kept on Totals (total row, formats, calculated column) and Custom, not on Data", async () => {
    const { opened } = await openedFixture(FILE);
    expect(opened.notKept).toEqual([{ feature: "tableSettings", sheets: ["Totals", "Custom"] }]);
  });

  it("names nothing for tables of a plain shape in built-in styles and none (Data alone)", async () => {
    const bytes = await editedFixture(FILE, async (zip) => {
      for (const sheet of ["sheet2", "sheet3"]) {
        const path = `xl/worksheets/${sheet}.xml`;
        const xml = await zip.file(path)!.async("string");
        zip.file(path, xml.replace(/<tableParts\b.*<\/tableParts>/, ""));
      }
    });
    const { opened } = await openedFixture(FILE, bytes);
    expect(opened.tables.map((t) => t.name)).toEqual(["Styled", "Plain"]);
    expect(opened.notKept).toEqual([]);
  });

  it("reads the styles again from a re-opened download, and names nothing in it", async () => {
    const { opened } = await openedFixture("download.xlsx", await download());
    expect(Object.fromEntries(opened.tables.map((t) => [t.name, t.style]))).toEqual({
      Styled: {
        name: "TableStyleLight9",
        showFirstColumn: true,
        showLastColumn: false,
        showRowStripes: false,
        showColumnStripes: true,
      },
      Plain: { showFirstColumn: false, showLastColumn: false, showRowStripes: true, showColumnStripes: false },
      Orders: {
        name: "TableStyleMedium9",
        showFirstColumn: false,
        showLastColumn: false,
        showRowStripes: true,
        showColumnStripes: false,
      },
      Branded: {
        name: "TableStyleMedium2",
        showFirstColumn: false,
        showLastColumn: false,
        showRowStripes: true,
        showColumnStripes: false,
      },
    });
    expect(opened.notKept).toEqual([]);
  });
});
