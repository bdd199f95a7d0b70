import { createOfficeJsExcel, loadOfficeJs } from "../support/office-js";

/* The bridge between Microsoft's office.js and the fake Excel (test/support/office-js): what office.js decides
 * on the client stays office.js's, what Excel decides comes from the fake's workbook. */
const { OfficeExtension } = loadOfficeJs();
const setup = () =>
  createOfficeJsExcel({
    sheets: [
      {
        name: "Data",
        grid: [
          ["Customer", "Sales"],
          ["Acme", 120],
        ],
      },
      { name: "Other" },
    ],
  });

describe("office.js in front of the fake Excel", () => {
  it("marks a missing item as a null object after sync, whose loaded properties read undefined (office.js is lenient there)", async () => {
    const fake = setup();
    const [isNull, name, present] = await fake.env.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nowhere").load("name");
      const there = ctx.workbook.worksheets.getItemOrNullObject("Other");
      await ctx.sync();
      // eslint-disable-next-line office-addins/call-sync-before-read -- read after the sync above; isNullObject needs no load
      return [missing.isNullObject, missing.name, there.isNullObject];
    });
    expect([isNull, name, present]).toEqual([true, undefined, false]);
  });

  it("reads back values just set without a load: office.js keeps them on the client", async () => {
    const fake = setup();
    const values = await fake.env.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Other").getRange("A1:B1");
      range.values = [["x", 1]];
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- the point: office.js answers a value just set
      return range.values;
    });
    expect(values).toEqual([["x", 1]]);
    expect(fake.workbookState.values("Other", "A1:B1")).toEqual([["x", 1]]); // and Excel.run sent them
  });

  it("lands a write office.js splits into 1,500-cell blocks (getRow … getBoundingRect) cell for cell", async () => {
    const fake = setup();
    // 1,601 rows × 2 columns = 3,202 cells: office.js sends blocks of round(1500 / 2) = 750 rows, the last one 101 rows.
    const rows = Array.from({ length: 1601 }, (_, i) => [`c${i}`, i]);
    await fake.env.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Other").getRange("B2:C1602").values = rows;
      await ctx.sync();
    });
    expect(fake.workbookState.values("Other", "B2:C1602")).toEqual(rows);
    expect(fake.workbookState.usedAddress("Other")).toBe("B2:C1602");
  });

  it("keeps a range across syncs by the reference id Excel answered, not by re-evaluating its path", async () => {
    const fake = setup();
    const [before, after] = await fake.env.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const used = ws.getUsedRange().load("address");
      await ctx.sync();
      const first = used.address;
      ws.getRange("D5").values = [["later"]];
      used.load("address");
      await ctx.sync();
      return [first, used.address];
    });
    // Excel's Range object is the cells it was created for (A1:B2), even when the used range grows.
    expect([before, after]).toEqual(["Data!A1:B2", "Data!A1:B2"]);
    expect(fake.workbookState.usedAddress("Data")).toBe("A1:D5");
  });

  it("turns a failure Excel reports into office.js's own error, naming the statement that failed", async () => {
    const fake = setup();
    let writes = 0;
    fake.testing.failOn((a) => a.kind === "range.values" && ++writes === 2, "AccessDenied"); // the second write
    const error = await fake.env
      .run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Other");
        ws.getRange("B1").values = [["first"]];
        ws.getRange("A1").values = [["second"]];
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect(error).toMatchObject({
      code: "AccessDenied",
      debugInfo: { statement: expect.stringContaining("values = ") },
    });
    // As in Excel, what ran before the failing action stays; the rest of the request does not run.
    expect(fake.workbookState.values("Other", "A1:B1")).toEqual([["", "first"]]);
  });

  it("refuses a request over 5 MB measured on office.js's serialized body in UTF-8 bytes, writing nothing", async () => {
    const fake = setup();
    // Chinese text: 3 UTF-8 bytes per character, so the JSON is under 5 MB counted in characters but over it in bytes.
    const rows = Array.from({ length: 400_000 }, (_, i) => [`销售额 ${i % 10}`]);
    expect(JSON.stringify(rows).length).toBeLessThan(5 * 1024 * 1024);
    const error = await fake.env
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Other").getRange("A1:A400000").values = rows;
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.stats.officeJsRequestBytes[0]).toBeGreaterThan(5 * 1024 * 1024);
    expect(fake.stats.syncs).toBe(0); // never reached the workbook
    expect(fake.workbookState.usedAddress("Other")).toBeUndefined();
  });

  it("answers a method's ClientResult (CustomXmlPart.getXml) after sync, and office.js refuses to read it before", async () => {
    const fake = setup();
    const xml = '<a xmlns="urn:x">1 &amp; 2</a>';
    const [early, late] = await fake.env.run(async (ctx) => {
      const result = ctx.workbook.customXmlParts.add(xml).getXml();
      /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- the point: office.js refuses this read */
      const before = (() => {
        try {
          return result.value;
        } catch (e) {
          return e;
        }
      })();
      /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */
      await ctx.sync();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- read after the sync above; a ClientResult needs no load
      return [before, result.value];
    });
    expect(early).toMatchObject({ code: "ValueNotLoaded" }); // office.js's own check, before any request
    expect(late).toBe(xml);
  });

  it("reaches custom XML parts through the collection: getByNamespace, items by id and by position, null objects, setXml, delete", async () => {
    const fake = setup();
    const a = '<a xmlns="urn:one">first</a>',
      b = '<b xmlns="urn:two">second</b>';
    await fake.env.run(async (ctx) => {
      ctx.workbook.customXmlParts.add(a);
      ctx.workbook.customXmlParts.add(b);
      await ctx.sync();
    });
    const seen = await fake.env.run(async (ctx) => {
      const two = ctx.workbook.customXmlParts.getByNamespace("urn:two").load("items/id");
      // Loaded without ids, the items are addressed by position (GetItemAt) in the next request.
      const byPosition = ctx.workbook.customXmlParts.load("items/namespaceUri");
      const missing = ctx.workbook.customXmlParts.getItemOrNullObject("{no such part}");
      await ctx.sync();
      const xmlOfSecond = byPosition.items[1].getXml();
      const found = ctx.workbook.customXmlParts.getItemOrNullObject(two.items[0].id).load("namespaceUri");
      await ctx.sync();
      /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- read after the sync above; isNullObject and a ClientResult need no load */
      return {
        ids: two.items.length,
        namespaces: byPosition.items.map((p) => p.namespaceUri),
        second: xmlOfSecond.value,
        missing: missing.isNullObject,
        found: [found.isNullObject, found.namespaceUri],
        id: two.items[0].id,
      };
      /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */
    });
    expect(seen).toMatchObject({
      ids: 1,
      namespaces: ["urn:one", "urn:two"],
      second: b,
      missing: true,
      found: [false, "urn:two"],
    });
    await fake.env.run(async (ctx) => {
      ctx.workbook.customXmlParts.getItem(seen.id).setXml('<b xmlns="urn:two">changed</b>');
      ctx.workbook.customXmlParts.getByNamespace("urn:one").load("items/id");
      await ctx.sync();
    });
    const after = await fake.env.run(async (ctx) => {
      const one = ctx.workbook.customXmlParts.getByNamespace("urn:one").load("items/id");
      await ctx.sync();
      one.items[0].delete();
      const all = ctx.workbook.customXmlParts.load("items/id");
      await ctx.sync();
      const xml = all.items.map((p) => p.getXml());
      await ctx.sync();
      return xml.map((x) => x.value);
    });
    expect(after).toEqual(['<b xmlns="urn:two">changed</b>']);
  });

  it("stores null given to settings.add as the value null (the API takes any value there), not as a missing argument", async () => {
    const fake = setup();
    await fake.env.run(async (ctx) => {
      ctx.workbook.settings.add("k", null);
      await ctx.sync();
    });
    expect(fake.workbookState.settings()).toEqual({ k: null });
  });
});
