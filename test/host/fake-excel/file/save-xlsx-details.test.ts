import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createFakeExcel } from "../../../../src/host/fake-excel";
import { openXlsx, savedCell } from "./saved-workbook";

/** What the sample's write does not show: formulas, text that looks like a formula, booleans, hidden rows, charts on occupied cells, colours the file cannot hold. */
function workbook(displayLanguage = "en-US") {
  const fake = createFakeExcel({
    displayLanguage,
    sheets: [
      {
        name: "Data",
        grid: [
          ["Customer", "Sales", "Paid"],
          ["Acme", 120, "TRUE"],
          ["'=not a formula", 80, "false"],
        ],
      },
    ],
  });
  fake.testing.setFormula("Data", "B4", "=SUM(B2:B3)", 200);
  fake.testing.hideRows("Data", [2]);
  return fake;
}

async function addChart(fake: ReturnType<typeof workbook>, corner: string) {
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Data");
    const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B3"), "Columns");
    chart.name = "Sales chart";
    chart.title.text = "Sales by customer";
    chart.setPosition(corner, "H12");
  });
}

describe("saving cells the sample does not hold", () => {
  it("keeps a formula with its last value, text that starts with = as text, booleans, and hidden rows", async () => {
    const wb = await openXlsx(await workbook().saveXlsx());
    const ws = wb.getWorksheet("Data")!;
    expect(ws.findCell(4, 2)?.value).toEqual({ formula: "SUM(B2:B3)", result: 200 });
    expect(savedCell(ws, 2, 0)).toMatchObject({ value: "=not a formula", isFormula: false });
    expect([savedCell(ws, 1, 2).value, savedCell(ws, 2, 2).value]).toEqual([true, false]);
    expect([ws.getRow(2).hidden, ws.getRow(3).hidden]).toEqual([false, true]);
  });

  it("keeps the quote prefix of text that reads as a number or formula (xf quotePrefix, ECMA-376 Part 1 §18.8.45)", async () => {
    const bytes = await workbook().saveXlsx();
    const ws = (await openXlsx(bytes)).getWorksheet("Data")!;
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const xfs = [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*>/g)].map((m) => m[0]);
    const quoted = (address: string) => {
      const s = Number(new RegExp(`<c r="${address}"(?: s="(\\d+)")?`).exec(sheet)?.[1] ?? 0);
      return /quotePrefix="1"/.test(xfs[s]);
    };
    // A3 was typed '=not a formula, A2 Acme: only A3 carries the prefix; its text is still text.
    expect([quoted("A3"), quoted("A2"), quoted("B2")]).toEqual([true, false, false]);
    expect(ws.findCell(3, 1)?.type).toBe(ExcelJS.ValueType.String);
  });

  it("writes the chart note where the chart's corner was when that cell is empty", async () => {
    const fake = workbook();
    await addChart(fake, "E2");
    const ws = (await openXlsx(await fake.saveXlsx())).getWorksheet("Data")!;
    expect(ws.findCell(2, 5)?.value).toBe(
      "Chart “Sales chart” (Clustered Column, title “Sales by customer”) could not be saved as a chart: the library " +
        "that writes this file cannot write charts. Its data is kept in Data!A1:B3. To recreate it in Excel, select " +
        "Data!A1:B3 and choose Insert › Recommended Charts › All Charts › Clustered Column.",
    );
    expect(savedCell(ws, 1, 4)).toMatchObject({ bold: true, fill: "#FFF2CC" });
  });

  it("writes it below everything on the sheet, in Chinese for a Chinese workbook, when the corner cell holds a value", async () => {
    const fake = workbook("zh-CN");
    await addChart(fake, "A2");
    const ws = (await openXlsx(await fake.saveXlsx())).getWorksheet("Data")!;
    // Used rows 1–4; one empty row, then the note in A6. A2 keeps the customer.
    expect(ws.findCell(2, 1)?.value).toBe("Acme");
    expect(ws.findCell(6, 1)?.value).toBe(
      "图表“Sales chart”（簇状柱形图，标题“Sales by customer”）无法保存为图表：写入此文件的程序库不能写入图表。" +
        "其数据保留在 Data!A1:B3。如需在 Excel 中重新创建，请选中 Data!A1:B3，然后选择“插入 › 推荐的图表 › 所有图表 › 簇状柱形图”。",
    );
  });

  it("refuses a fill colour it cannot write, naming the sheet, the cells and the colour", async () => {
    const fake = workbook();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1:C1").format.fill.color = "Orange";
    });
    await expect(fake.saveXlsx()).rejects.toThrow("Sheet “Data”, A1:C1: the fill colour “Orange” cannot be saved");
  });

  it("reports progress from 0 to 1, never going back", async () => {
    const seen: number[] = [];
    await workbook().saveXlsx((done) => seen.push(done));
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
