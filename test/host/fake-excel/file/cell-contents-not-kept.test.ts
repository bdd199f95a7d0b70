import { editedFixture } from "./edited-fixture";
import { openedFixture } from "./opened-fixture";

/**
 * What of a sheet's cells the fake reads as plain values, and so names on the page.
 *
 * Text with formatting within a cell: rich text runs (ECMA-376 Part 1 §18.4.4 r, each with its run properties
 * §18.4.7 rPr), in the shared strings (§18.4.8 si) or a cell's inline string (§18.3.1.53 is). The fake keeps a
 * cell's text, not its runs' fonts, so the page names them on their sheet. The fixture is sheet-settings.xlsx
 * (xlsxwriter), whose "Data"!A2 is the shared string "Acme".
 */
const FILE = "sheet-settings.xlsx";
const SHARED = "xl/sharedStrings.xml";

const edited = (part: string, edit: (xml: string) => string) =>
  editedFixture(FILE, async (zip) => {
    zip.file(part, edit(await zip.file(part)!.async("string")));
  });

describe("rich text (§18.4.4)", () => {
  it("names a shared string written as runs on the sheet that uses it, and reads its text whole", async () => {
    const bytes = await edited(SHARED, (x) =>
      x.replace("<si><t>Acme</t></si>", '<si><r><rPr><b/><sz val="11"/></rPr><t>Ac</t></r><r><t>me</t></r></si>'),
    );
    const { opened, state } = await openedFixture(FILE, bytes);
    expect(opened.notKept).toEqual([{ feature: "richText", sheets: ["Data"] }]);
    expect(state.get(state.sheet("Data")!, 1, 0)).toBe("Acme");
  });

  it("names an inline string written as runs", async () => {
    const bytes = await edited("xl/worksheets/sheet1.xml", (x) =>
      x.replace(
        '<c r="A3" t="s"><v>3</v></c>',
        '<c r="A3" t="inlineStr"><is><r><rPr><i/></rPr><t>Bi</t></r><r><t>rch</t></r></is></c>',
      ),
    );
    const { opened, state } = await openedFixture(FILE, bytes);
    expect(opened.notKept).toEqual([{ feature: "richText", sheets: ["Data"] }]);
    expect(state.get(state.sheet("Data")!, 2, 0)).toBe("Birch");
  });

  it("names nothing for a plain shared string, nor for a rich one no cell uses", async () => {
    const bytes = await edited(SHARED, (x) =>
      x.replace("</sst>", "<si><r><rPr><b/></rPr><t>unused</t></r></si></sst>"),
    );
    expect((await openedFixture(FILE, bytes)).opened.notKept).toEqual([]);
  });
});

describe('What-If data tables (§18.3.1.40 f t="dataTable")', () => {
  it("names a data table on its sheet, its cells keeping their last results as values", async () => {
    // A one-variable data table as Excel writes it: the formula element on its first cell, empty, with the input cell.
    const bytes = await edited("xl/worksheets/sheet1.xml", (x) =>
      x.replace(
        '<c r="B3"><v>800</v></c>',
        '<c r="B3"><f t="dataTable" ref="B3:B4" dt2D="0" dtr="0" r1="A1"/><v>800</v></c>',
      ),
    );
    const { opened, state } = await openedFixture(FILE, bytes);
    expect(opened.notKept).toEqual([{ feature: "dataTables", sheets: ["Data"] }]);
    expect(state.get(state.sheet("Data")!, 2, 1)).toBe(800);
  });
});
