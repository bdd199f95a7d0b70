import { createFakeExcel } from "../../../src/host/fake-excel";

const undocumented = {
  code: "FakeUndocumentedBehaviour",
  message: expect.stringMatching(/^fake: undocumented behaviour, /),
};

describe("fake Excel: reading a range is limited to 5,000,000 cells", () => {
  // "A range is limited to 5,000,000 cells for read operations", error code RangeExceedsLimit:
  // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling
  // No response limit here (Excel on the desktop has none), so only the cell count can refuse the read.
  const fake = () => createFakeExcel({ sheets: [{ name: "S" }], maxResponseBytes: Number.POSITIVE_INFINITY });
  const load = (f: ReturnType<typeof fake>, rows: number, columns: number) =>
    f.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, rows, columns).load("values");
      await ctx.sync();
      return r.values.length;
    });

  it("reads 2,500 × 2,000 = 5,000,000 cells", async () => {
    expect(await load(fake(), 2_500, 2_000)).toBe(2_500);
  });

  it("refuses 2,500 × 2,001 = 5,002,500 cells with RangeExceedsLimit", async () => {
    await expect(load(fake(), 2_500, 2_001)).rejects.toMatchObject({ code: "RangeExceedsLimit" });
  });
});

describe("fake Excel: add-in settings are limited", () => {
  // "2MB maximum for settings": https://github.com/OfficeDev/office-js/issues/621 ; InvalidArgument once one
  // setting holds about 1 MB: https://github.com/OfficeDev/office-js/issues/3957 . Sizes below are UTF-8 bytes
  // of key + JSON value: a string of n ASCII letters is n + 2 bytes of JSON.
  const save = (f: ReturnType<typeof createFakeExcel>, key: string, chars: number) =>
    f.run(async (ctx) => {
      ctx.workbook.settings.add(key, "x".repeat(chars));
      await ctx.sync();
    });

  it("refuses one setting over 1 MiB (1,048,576 bytes) with InvalidArgument, and keeps one at the limit", async () => {
    const f = createFakeExcel({ sheets: [{ name: "S" }] });
    // key "a" (1 byte) + quotes (2) + 1,048,573 letters = 1,048,576 bytes: accepted.
    await save(f, "a", 1_048_573);
    await expect(save(f, "b", 1_048_574)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(Object.keys(f.workbookState.settings())).toEqual(["a"]);
  });

  it("refuses settings that would hold more than 2 MiB in all, counting a replaced value once", async () => {
    const f = createFakeExcel({ sheets: [{ name: "S" }] });
    await save(f, "a", 900_000);
    await save(f, "b", 900_000);
    // 2 × 900,003 = 1,800,006 bytes so far; 300,000 more letters make 2,100,009 > 2,097,152.
    await expect(save(f, "c", 300_000)).rejects.toMatchObject({ code: "InvalidArgument" });
    // Replacing "b" by the same size keeps the total at 1,800,006.
    await save(f, "b", 900_000);
    expect(Object.keys(f.workbookState.settings())).toEqual(["a", "b"]);
  });
});

describe("fake Excel: chart members reported unsupported", () => {
  async function chart(
    type: string,
    then: (c: { title: { text: string }; series: { getItemAt(i: number): { name: string } } }) => void,
    options: Parameters<typeof createFakeExcel>[0] = { sheets: [] },
  ) {
    const f = createFakeExcel({
      ...options,
      sheets: [
        {
          name: "S",
          grid: [
            ["Stage", "Count"],
            ["Leads", 100],
            ["Signed", 3],
          ],
        },
      ],
    });
    await f.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const c = ws.charts.add(type, ws.getRange("A1:B3"), "Columns");
      then(c);
      await ctx.sync();
    });
    return f;
  }

  it("throws UnsupportedOperation at Chart.title of a waterfall chart (office-js#2041)", async () => {
    await expect(
      chart("Waterfall", (c) => {
        c.title.text = "Bridge";
      }),
    ).rejects.toMatchObject({ code: "UnsupportedOperation", debugInfo: { errorLocation: "Chart.title" } });
  });

  it("throws UnsupportedOperation at Chart.series of waterfall and sunburst charts (office-js-docs#910)", async () => {
    await expect(
      chart("Waterfall", (c) => {
        c.series.getItemAt(0).name = "x";
      }),
    ).rejects.toMatchObject({ code: "UnsupportedOperation" });
    await expect(
      chart("Sunburst", (c) => {
        c.series.getItemAt(0).name = "x";
      }),
    ).rejects.toMatchObject({ code: "UnsupportedOperation" });
  });

  it("sets a Pareto or funnel title (nothing reported), unless a test declares a host where it fails", async () => {
    const f = await chart("Pareto", (c) => {
      c.title.text = "Value by tier";
    });
    expect(f.workbookState.charts()[0].title).toBe("Value by tier");
    await expect(
      chart(
        "Funnel",
        (c) => {
          c.title.text = "Targets";
        },
        { sheets: [], unsupportedChartMembers: { Funnel: ["title"] } },
      ),
    ).rejects.toMatchObject({ code: "UnsupportedOperation" });
  });
});

describe("fake Excel: the selection is not always cells", () => {
  const sample = () =>
    createFakeExcel({
      sheets: [
        {
          name: "S",
          grid: [
            ["Stage", "Count"],
            ["Leads", 100],
          ],
        },
      ],
    });
  const selected = (f: ReturnType<typeof sample>) =>
    f.run(async (ctx) => {
      ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
    });

  it("throws InvalidSelection from getSelectedRange while a chart or a shape is selected (office-js#2268, #8)", async () => {
    const f = sample();
    await f.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.charts.add("ColumnClustered", ws.getRange("A1:B2"), "Columns");
      await ctx.sync();
    });
    f.testing.selectObject("S", "chart", "Chart 1");
    await expect(selected(f)).rejects.toMatchObject({ code: "InvalidSelection" });
    f.testing.selectObject("S", "shape", "Rectangle 1");
    await expect(selected(f)).rejects.toMatchObject({ code: "InvalidSelection" });
    f.testing.setSelection("S", "A1:B2");
    await expect(selected(f)).resolves.toBeUndefined();
  });

  it("throws InvalidSelection from getSelectedRange for several areas (office-js-docs-pr#2477)", async () => {
    const f = sample();
    f.testing.setSelection("S", "A1", "B2");
    await expect(selected(f)).rejects.toMatchObject({ code: "InvalidSelection" });
  });

  it("refuses getSelectedRanges with a chart selected: reported to fail, with no code given (office-js#2268)", async () => {
    const f = sample();
    f.testing.selectObject("S", "shape", "Rectangle 1");
    await expect(
      f.run(async (ctx) => {
        ctx.workbook.getSelectedRanges().load("areaCount");
        await ctx.sync();
      }),
    ).rejects.toMatchObject(undocumented);
  });
});
