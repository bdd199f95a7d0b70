import { openWorkbookFile } from "../../../../src/host/fake-excel/file/open-workbook-file";
import type ExcelJS from "exceljs";
import { type Rect, columnIndex, rectAddress } from "../../../../src/engine/cells";
import { decodeSnapshot } from "../../../../src/engine/plans";
import { defaultScheme } from "../../../../src/engine/scheme";
import { readTable } from "../../../../src/engine/table";
import { createExcelHost } from "../../../../src/host/excel";
import { SETTINGS_PART_NAMESPACE, settingsFromXmlPart } from "../../../../src/host/fake-excel/file/settings-part";
import { fileColumnWidth } from "../../../../src/host/fake-excel/file/column-width";
import { createI18n } from "../../../../src/i18n";
import type { Lang } from "../../../../src/i18n/language";
import { customerRange, previewSheetInputs, previewSheets } from "../../../../src/preview/sample-workbook";
import { initialLadderDraft } from "../../../../src/taskpane/model/ladder-draft";
import type { OutputKind } from "../../../../src/taskpane/model/output-kind";
import { runScheme, writeRequest } from "../../../../src/taskpane/model/run-scheme";
import { initialTasksDraft } from "../../../../src/taskpane/model/tasks-draft";
import { planToWrite, snapshotToWrite } from "../../../../src/taskpane/model/write-plan";
import { createOfficeJsExcel, type OfficeJsExcel } from "../../../support/office-js";
import { customXmlPartsOf, openXlsx, savedCell } from "./saved-workbook";

/**
 * Saving the preview's sample workbook after the pane's own write path (run-scheme.ts → write-plan.ts →
 * host.applyPlan, as the Write tab does it, twice so the second run has movement), then re-reading the bytes
 * with ExcelJS and JSZip: every cell, format, table, validation, conditional format and frozen pane of the
 * workbook is in the file, each chart has its note, and the settings and snapshot parts read back equal.
 */
const OUTPUTS = new Set<OutputKind>(["tierColumns", "summary", "tasks", "funnel"]);
const TODAY = new Date("2025-03-03T00:00:00Z");

async function writeTwice(lang: Lang): Promise<OfficeJsExcel> {
  const sheets = previewSheets(lang);
  const fake = createOfficeJsExcel({
    displayLanguage: lang,
    sheets: previewSheetInputs(sheets),
  });
  fake.testing.setSelection(sheets[0].name, rectAddress(customerRange(sheets[0])));
  const host = createExcelHost(fake.env);
  const { t } = createI18n(lang);
  for (let run = 0; run < 2; run++) {
    const read = await host.readSelection();
    const table = readTable(read.grid, { numberFormats: read.numberFormats });
    const output = runScheme({ table, scheme: defaultScheme(), lang, today: TODAY });
    const forms = { ladder: initialLadderDraft(TODAY), tasks: initialTasksDraft(TODAY), lang };
    const request = writeRequest({ read, table, output, outputs: OUTPUTS }, forms);
    const previous = decodeSnapshot(await host.loadSetting("lastRun"));
    const current = snapshotToWrite(request, new Date(TODAY.getTime() + run * 86_400_000));
    const { plan } = planToWrite({ request, lang, t, previous, current });
    const report = await host.applyPlan(plan);
    expect(report.warnings).toEqual([]);
    fake.testing.setSelection(sheets[0].name, read.address.replace(/^.*!/, ""));
  }
  return fake;
}

/** Every custom XML part of the fake workbook, read through the API (namespace and XML), in order. */
async function partsInWorkbook(fake: OfficeJsExcel): Promise<{ ns: string; xml: string }[]> {
  return fake.run(async (ctx) => {
    const all = ctx.workbook.customXmlParts.load("items/id,items/namespaceUri");
    await ctx.sync();
    const out: { ns: string; xml: string }[] = [];
    for (let i = 0; i < all.items.length; i += 4) {
      const batch = all.items.slice(i, i + 4).map((p) => ({ ns: p.namespaceUri, xml: p.getXml() }));
      await ctx.sync();
      out.push(...batch.map((b) => ({ ns: b.ns, xml: b.xml.value })));
    }
    return out;
  });
}

function expectSameCells(fake: OfficeJsExcel, ws: ExcelJS.Worksheet, sheet: string): number {
  const view = fake.workbookState;
  const used = view.usedRect(sheet);
  if (!used) return 0;
  let checked = 0;
  for (let r = 0; r < used.row + used.rowCount; r++) {
    for (let c = 0; c < used.column + used.columnCount; c++) {
      const address = rectAddress({ row: r, column: c, rowCount: 1, columnCount: 1 });
      const want = view.cell(sheet, address);
      const got = savedCell(ws, r, c);
      expect({ address, ...got }).toEqual({
        address,
        value: want.value,
        numberFormat: want.numberFormat,
        bold: want.bold,
        fill: want.fill?.toUpperCase(),
        isFormula: want.isFormula,
      });
      checked++;
    }
  }
  return checked;
}

describe.each(["en-US", "zh-CN"] as const)("saving the sample workbook after two writes (%s)", (lang) => {
  let fake: OfficeJsExcel;
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    fake = await writeTwice(lang);
    bytes = await fake.saveXlsx();
    wb = await openXlsx(bytes);
  }, 60_000);

  it("keeps every sheet, in order, with every cell's value, formula, number format, bold and fill", () => {
    const names = fake.workbookState.sheetNames();
    expect(wb.worksheets.map((w) => w.name)).toEqual(names);
    // The pane wrote its own sheets beside the two of the sample.
    expect(names.length).toBeGreaterThanOrEqual(5);
    let cells = 0;
    for (const name of names) cells += expectSameCells(fake, wb.getWorksheet(name)!, name);
    // 500 customers × 8 columns and 4 tier columns alone are 6,000 cells.
    expect(cells).toBeGreaterThan(6_000);
  });

  it("keeps every table with its name, range and header row", () => {
    const want = fake.workbookState.tables();
    expect(want.length).toBeGreaterThan(0);
    const got = wb.worksheets.flatMap((ws) =>
      Object.values(
        (
          ws as unknown as {
            tables: Record<
              string,
              { table: { name: string; tableRef: string; headerRow: boolean; columns: { name: string }[] } }
            >;
          }
        ).tables,
      ).map((t) => ({
        name: t.table.name,
        sheet: ws.name,
        address: `${ws.name.includes(" ") ? `'${ws.name}'` : ws.name}!${t.table.tableRef}`,
        headers: t.table.columns.map((c) => c.name),
        headerRow: t.table.headerRow,
      })),
    );
    expect(got).toEqual(want.map((t) => ({ ...t, headerRow: true })));
  });

  it("keeps every validation list, conditional format, frozen pane and column width", () => {
    const view = fake.workbookState;
    let rules = 0;
    let widths = 0;
    for (const name of view.sheetNames()) {
      const ws = wb.getWorksheet(name)!;
      for (const v of view.validations(name)) {
        // ExcelJS reads a validation over a range back as one entry per cell.
        const model = (
          ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }
        ).dataValidations.model;
        const first = v.address.split(":")[0];
        expect(model[first]).toMatchObject({ type: "list", formulae: [`"${v.list.join(",")}"`] });
        rules++;
      }
      const cfs = (
        ws as unknown as {
          conditionalFormattings: {
            ref: string;
            rules: { operator: string; formulae: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[];
          }[];
        }
      ).conditionalFormattings;
      expect(
        cfs.map((f) => ({
          address: f.ref,
          operator: f.rules[0].operator,
          formula1: `=${f.rules[0].formulae[0]}`,
          fill: f.rules[0].style?.fill?.bgColor?.argb,
        })),
      ).toEqual(
        view.conditionalFormats(name).map((f) => ({
          address: f.address,
          operator: { EqualTo: "equal" }[f.operator],
          formula1: f.formula1,
          fill: f.fill && `FF${f.fill.slice(1).toUpperCase()}`,
        })),
      );
      rules += cfs.length;
      const frozen = view.frozenRows(name);
      const pane = (ws.views ?? []).find((v) => v.state === "frozen") as { ySplit?: number } | undefined;
      expect(pane?.ySplit ?? 0).toBe(frozen);
      for (let c = 0; c < 30; c++) {
        const points = view.columnWidth(name, c);
        if (points === undefined) continue;
        expect(ws.getColumn(c + 1).width).toBe(fileColumnWidth(points));
        widths++;
      }
    }
    expect(rules).toBeGreaterThan(0);
    expect(widths).toBeGreaterThan(0);
    expect(view.sheetNames().some((n) => view.frozenRows(n) > 0)).toBe(true);
  });

  it("opens again in the standalone mode with the same validation lists and conditional formats, nothing left out", async () => {
    const opened = await openWorkbookFile("saved.xlsx", bytes);
    const view = fake.workbookState;
    let rules = 0;
    for (const sheet of opened.sheets) {
      const address = (rect: Rect) => rectAddress(rect);
      expect(sheet.rules?.validations.map((v) => ({ address: address(v.rect), list: v.list }))).toEqual(
        view.validations(sheet.name),
      );
      // Each rule read back also holds its priority in the file (kept-rules-merge.ts numbers them), not in the view.
      const formats = sheet.rules?.condFormats.map((f) => ({
        address: address(f.rect),
        operator: f.operator,
        formula1: f.formula1,
        fill: f.fill,
      }));
      expect(formats).toEqual(view.conditionalFormats(sheet.name));
      rules += view.validations(sheet.name).length + view.conditionalFormats(sheet.name).length;
    }
    // The task sheets' status lists and the movement colours, at least.
    expect(rules).toBeGreaterThanOrEqual(2);
    // The print areas of TierLadder's sheets are kept as defined names too (file-print-names.test.ts).
    expect(opened.notKept).toEqual([]);
  });

  it("puts a visible note, in the workbook's language, where each chart was", () => {
    const charts = fake.workbookState.charts();
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      const ws = wb.getWorksheet(chart.sheet)!;
      const notes: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && cell.value.includes(`“${chart.name}”`)) notes.push(cell.value);
        }),
      );
      expect(notes).toHaveLength(1);
      expect(notes[0]).toContain(`“${chart.title}”`);
      expect(notes[0]).toContain(
        lang === "zh-CN" ? "插入 › 推荐的图表 › 所有图表" : "Insert › Recommended Charts › All Charts",
      );
      // Where the chart's top-left corner was (the plan puts charts on empty cells).
      const from = chart.position!.split(":")[0];
      expect(ws.findCell(Number(/\d+/.exec(from)![0]), columnIndex(/[A-Z]+/.exec(from)![0]) + 1)?.value).toBe(notes[0]);
    }
  });

  it("carries the settings as one part and the snapshot's parts as they are, each with its properties part", async () => {
    const saved = await customXmlPartsOf(bytes);
    const inWorkbook = await partsInWorkbook(fake);
    expect(inWorkbook.length).toBeGreaterThan(0);
    expect(saved.map((p) => p.xml).slice(1)).toEqual(inWorkbook.map((p) => p.xml));
    const settings = settingsFromXmlPart(saved[0].xml);
    expect(saved[0].xml).toContain(SETTINGS_PART_NAMESPACE);
    expect(settings && Object.fromEntries([...settings].map(([k, v]) => [k, JSON.parse(v)]))).toEqual(
      fake.workbookState.settings(),
    );
    for (const p of saved) {
      expect(p.propsContentType).toBe("application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
      expect(p.itemId).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
    }
    expect(new Set(saved.map((p) => p.itemId)).size).toBe(saved.length);
  });
});
