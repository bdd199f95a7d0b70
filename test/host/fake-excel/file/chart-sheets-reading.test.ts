import JSZip from "jszip";
import {
  type ListedChartSheet,
  keptWhole,
  readChartSheets,
} from "../../../../src/host/fake-excel/file/chart-sheets-reading";
import { ContentTypes } from "../../../../src/host/fake-excel/file/content-types";
import { NotKeptList } from "../../../../src/host/fake-excel/file/not-kept";
import { SheetPartsReader } from "../../../../src/host/fake-excel/file/sheet-parts-reading";
import { XlsxPackage } from "../../../../src/host/fake-excel/file/xlsx-package";

/**
 * readChartSheets on packages written here: a chart sheet part (ECMA-376 Part 1 §12.3.2) that relates to a drawing,
 * and a dialog sheet part (§12.3.7), typed in [Content_Types].xml by Overrides.
 */
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CHARTSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml";
const DIALOGSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

const TYPES =
  `<Types><Override PartName="/xl/chartsheets/sheet1.xml" ContentType="${CHARTSHEET_TYPE}"/>` +
  `<Override PartName="/xl/dialogsheets/sheet1.xml" ContentType="${DIALOGSHEET_TYPE}"/>` +
  `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${DRAWING_TYPE}"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;

async function readerOf(files: Record<string, string>): Promise<SheetPartsReader> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries({ "[Content_Types].xml": TYPES, ...files })) zip.file(path, text);
  const pkg = await XlsxPackage.open(await zip.generateAsync({ type: "uint8array" }));
  return new SheetPartsReader(pkg, new ContentTypes(TYPES));
}

const CHART_SHEET_FILES = {
  "xl/chartsheets/sheet1.xml": '<chartsheet><drawing r:id="rId1"/></chartsheet>',
  "xl/chartsheets/_rels/sheet1.xml.rels": `<Relationships><Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
  "xl/drawings/drawing1.xml": "<xdr:wsDr/>",
};

const chart = (over: Partial<ListedChartSheet> = {}): ListedChartSheet => ({
  name: "Chart1",
  path: "xl/chartsheets/sheet1.xml",
  relationshipType: `${R}/chartsheet`,
  visibility: "Visible",
  ...over,
});

const dialog: ListedChartSheet = {
  name: "Dialog1",
  path: "xl/dialogsheets/sheet1.xml",
  relationshipType: `${R}/dialogsheet`,
  visibility: "Hidden",
  after: "Customers",
};

async function read(files: Record<string, string>, listed: ListedChartSheet[]) {
  const notKept = new NotKeptList();
  const sheets = await readChartSheets(await readerOf(files), listed, notKept);
  return { sheets, notKept: notKept.list() };
}

describe("keptWhole", () => {
  it("is true for chart and dialog sheets only", () => {
    expect(["chartsheet", "dialogsheet", "worksheet", "macrosheet", ""].map(keptWhole)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe("readChartSheets", () => {
  it("keeps a chart sheet with its part first and the drawing it reaches, and a dialog sheet after its worksheet", async () => {
    const files = { ...CHART_SHEET_FILES, "xl/dialogsheets/sheet1.xml": "<dialogsheet/>" };
    const { sheets, notKept } = await read(files, [chart(), dialog]);
    expect(notKept).toEqual([]);
    expect(sheets.map((s) => ({ ...s, parts: s.parts.map((p) => [p.name, p.contentType]) }))).toEqual([
      {
        name: "Chart1",
        relationshipType: `${R}/chartsheet`,
        visibility: "Visible",
        parts: [
          ["xl/chartsheets/sheet1.xml", CHARTSHEET_TYPE],
          ["xl/drawings/drawing1.xml", DRAWING_TYPE],
        ],
      },
      {
        name: "Dialog1",
        relationshipType: `${R}/dialogsheet`,
        visibility: "Hidden",
        after: "Customers",
        parts: [["xl/dialogsheets/sheet1.xml", DIALOGSHEET_TYPE]],
      },
    ]);
    // A chart sheet first in the tabs has no `after` key at all (the worker posts plain data).
    expect(Object.keys(sheets[0])).not.toContain("after");
  });

  it("names a chart sheet whose part is missing, and keeps the next one", async () => {
    const files = { "xl/dialogsheets/sheet1.xml": "<dialogsheet/>" };
    const { sheets, notKept } = await read(files, [chart(), dialog]);
    expect(notKept).toEqual([{ feature: "chartSheets", sheets: ["Chart1"] }]);
    expect(sheets.map((s) => s.name)).toEqual(["Dialog1"]);
  });

  it("names a chart sheet that reaches a missing part", async () => {
    const { "xl/drawings/drawing1.xml": _drawing, ...files } = CHART_SHEET_FILES;
    const { sheets, notKept } = await read(files, [chart()]);
    expect(notKept).toEqual([{ feature: "chartSheets", sheets: ["Chart1"] }]);
    expect(sheets).toEqual([]);
  });

  it("names a chart sheet whose relationships are not XML", async () => {
    const files = { ...CHART_SHEET_FILES, "xl/chartsheets/_rels/sheet1.xml.rels": "<Relationships><Relationship" };
    const { sheets, notKept } = await read(files, [chart()]);
    expect(notKept).toEqual([{ feature: "chartSheets", sheets: ["Chart1"] }]);
    expect(sheets).toEqual([]);
  });

  it("names a sheet whose part is not of its kind's content type: a chart sheet related to a worksheet part", async () => {
    const files = { "xl/worksheets/sheet1.xml": "<worksheet/>", "xl/dialogsheets/sheet1.xml": "<dialogsheet/>" };
    const listed = [chart({ path: "xl/worksheets/sheet1.xml" }), { ...dialog, relationshipType: `${R}/chartsheet` }];
    const { sheets, notKept } = await read(files, listed);
    expect(notKept).toEqual([{ feature: "chartSheets", sheets: ["Chart1", "Dialog1"] }]);
    expect(sheets).toEqual([]);
  });
});
