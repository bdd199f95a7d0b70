/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- these tests read ClientResult values (which need no load) and, on purpose, before sync, to show the fake throws as Office.js does. */
import { createFakeExcel } from "../../../src/host/fake-excel";
import { UNDOCUMENTED } from "../../../src/host/fake-excel/undocumented";

// Each behaviour from Excel.CustomXmlPartCollection / CustomXmlPart (ExcelApi 1.5):
// https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection,
// https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart; the 1 MB limit of Office on the web
// from https://github.com/OfficeDev/office-js/issues/2408.
function fake(version = "1.13") {
  return createFakeExcel({ sheets: [{ name: "S" }], requirementSets: { ExcelApi: version } });
}

describe("fake Excel: custom XML parts", () => {
  it("adds, finds by namespace and id, reads, replaces and deletes parts", async () => {
    const f = fake();
    const result = await f.run(async (ctx) => {
      const a = ctx.workbook.customXmlParts.add('<a xmlns="urn:one">1</a>').load("id,namespaceUri");
      ctx.workbook.customXmlParts.add('<b xmlns="urn:two">2</b>');
      ctx.workbook.customXmlParts.add('<p:c xmlns:p="urn:one">3</p:c>');
      await ctx.sync();
      const one = ctx.workbook.customXmlParts.getByNamespace("urn:one").load("items/id");
      const byId = ctx.workbook.customXmlParts.getItem(a.id).getXml();
      const missing = ctx.workbook.customXmlParts.getItemOrNullObject("{nope}");
      await ctx.sync();
      ctx.workbook.customXmlParts.getItem(a.id).setXml('<a xmlns="urn:one">changed</a>');
      one.items[1].delete();
      const after = ctx.workbook.customXmlParts.load("items/namespaceUri");
      const changed = ctx.workbook.customXmlParts.getItem(a.id).getXml();
      await ctx.sync();
      return {
        ns: a.namespaceUri,
        one: one.items.length,
        xml: byId.value,
        missing: missing.isNullObject,
        after: after.items.map((p) => p.namespaceUri),
        changed: changed.value,
      };
    });
    expect(result).toEqual({
      ns: "urn:one",
      one: 2,
      xml: '<a xmlns="urn:one">1</a>',
      missing: true,
      after: ["urn:one", "urn:two"],
      changed: '<a xmlns="urn:one">changed</a>',
    });
  });

  it("throws like Office.js: an unloaded property, a result read before sync, getItem of a missing id", async () => {
    const f = fake();
    await f.run(async (ctx) => {
      const all = ctx.workbook.customXmlParts.load("items/id");
      ctx.workbook.customXmlParts.add('<a xmlns="urn:one">1</a>');
      await ctx.sync();
      expect(all.items).toHaveLength(0); // loaded before the add ran
      const listed = ctx.workbook.customXmlParts.load("items/id");
      await ctx.sync();
      expect(() => listed.items[0].namespaceUri).toThrow(/not available/);
      const xml = listed.items[0].getXml();
      expect(() => xml.value).toThrow(/not available/);
      await ctx.sync();
      expect(xml.value).toContain("urn:one");
      ctx.workbook.customXmlParts.getItem("{nope}").delete();
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      ctx.workbook.customXmlParts.getItemOrNullObject("{nope}").getXml();
      await expect(ctx.sync()).rejects.toMatchObject({ code: UNDOCUMENTED });
    });
  });

  it("refuses a part over 1 MB (InvalidArgument), XML it cannot vouch for and a namespace change (undocumented), and every call below ExcelApi 1.5", async () => {
    const f = fake();
    const big = `<a xmlns="urn:one">${"x".repeat(1024 * 1024)}</a>`;
    await expect(
      f.run(async (ctx) => {
        ctx.workbook.customXmlParts.add(big);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      f.run(async (ctx) => {
        ctx.workbook.customXmlParts.add("<a><b/></a>");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: UNDOCUMENTED });
    await expect(
      f.run(async (ctx) => {
        const p = ctx.workbook.customXmlParts.add('<a xmlns="urn:one">1</a>');
        p.setXml('<a xmlns="urn:two">1</a>');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: UNDOCUMENTED });
    const old = fake("1.4");
    await expect(
      old.run(async (ctx) => {
        ctx.workbook.customXmlParts.load("items/id");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
