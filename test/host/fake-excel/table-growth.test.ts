import { createFakeExcel } from "../../../src/host/fake-excel";

// Sources (also beside the code in src/host/fake-excel/table-growth.ts):
// - calculated columns: Microsoft's Excel help "Use calculated columns in an Excel table",
//   http://mac2.microsoft.com/help/office/14/en-us/excel/item/c0920a56-5d55-42f2-9a4a-9fb0eecfc317
// - AutoCorrect (auto-expansion, calculated columns) applies to API changes, and rows.add with formulas into a
//   calculated column gives every new row the column's formula: https://github.com/OfficeDev/office-js/issues/6745
// - table column names stay unique ("Units" → "Units2", as in Excel):
//   https://developer.mescius.com/kb/duplicate-column-headers-automatically-renamed-in-spreadjs

const undocumented = {
  code: "FakeUndocumentedBehaviour",
  message: expect.stringMatching(/^fake: undocumented behaviour, /),
};

/** A table "Sales" over A1:B3 (Customer, Sales). */
function withTable() {
  const fake = createFakeExcel({
    sheets: [
      {
        name: "S",
        grid: [
          ["Customer", "Sales"],
          ["Acme", 120],
          ["Bolt", 80],
        ],
      },
    ],
  });
  fake.testing.makeTable("S", "A1:B3", "Sales");
  return { fake, view: fake.workbookState };
}

async function write(
  fake: ReturnType<typeof withTable>["fake"],
  address: string,
  values: unknown[][],
  as: "values" | "formulas" = "values",
) {
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("S").getRange(address)[as] = values;
    await ctx.sync();
  });
}

const tableAddress = (view: ReturnType<typeof withTable>["view"]) => view.tables()[0].address;

describe("fake Excel: tables that grow by themselves (AutoCorrect, as Excel)", () => {
  it("extends a table by the rows written directly below it", async () => {
    const { fake, view } = withTable();
    await write(fake, "A4:B5", [
      ["Cara", 50],
      ["Dana", 10],
    ]);
    expect(tableAddress(view)).toBe("S!A1:B5");
  });

  it("extends a table by the columns written directly right of it, header included, named by the header", async () => {
    const { fake, view } = withTable();
    await write(fake, "C1:C3", [["Tier"], ["A"], ["B"]]);
    expect(view.tables()[0]).toMatchObject({ address: "S!A1:C3", headers: ["Customer", "Sales", "Tier"] });
  });

  it("leaves the table alone when the cells below are written blank, or with a gap", async () => {
    const { fake, view } = withTable();
    await write(fake, "A4:B4", [["", ""]]);
    await write(fake, "A6:B6", [["later", 1]]);
    expect(tableAddress(view)).toBe("S!A1:B3");
  });

  it("grows when a user types below it too", () => {
    const { fake, view } = withTable();
    fake.testing.setCells("S", "A4", [["Cara"]]);
    expect(tableAddress(view)).toBe("S!A1:B4");
  });

  it("refuses what is not documented: one write over the table and beyond, a new column without its header, a wider write below", async () => {
    const { fake, view } = withTable();
    await expect(
      write(fake, "A3:B4", [
        ["Bolt", 80],
        ["Cara", 50],
      ]),
    ).rejects.toMatchObject(undocumented);
    await expect(write(fake, "C2:C3", [["A"], ["B"]])).rejects.toMatchObject(undocumented);
    await expect(write(fake, "A4:C4", [["Cara", 50, "x"]])).rejects.toMatchObject(undocumented);
    await expect(write(fake, "A1:C1", [["Customer", "Sales", "Tier"]])).rejects.toMatchObject(undocumented);
    expect(tableAddress(view)).toBe("S!A1:B3");
  });

  it('refuses to blank a table\'s header cells, by clear or by writing "" (the names Excel gives then are not documented)', async () => {
    const { fake, view } = withTable();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("A1:B3").clear("All");
        await ctx.sync();
      }),
    ).rejects.toMatchObject(undocumented);
    await expect(write(fake, "B1", [[""]])).rejects.toMatchObject(undocumented);
    // The body can be cleared, and formats of the header row too.
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRange("A2:B3").clear("Contents");
      ws.getRange("A1:B1").clear("Formats");
      await ctx.sync();
    });
    expect(view.values("S", "A1:B3")).toEqual([
      ["Customer", "Sales"],
      ["", ""],
      ["", ""],
    ]);
  });
});

describe("fake Excel: calculated columns", () => {
  /** The table with an empty "Margin" column C (added by the user), then a formula typed into C2. */
  async function withCalculated() {
    const t = withTable();
    await t.fake.run(async (ctx) => {
      ctx.workbook.tables.getItem("Sales").columns.add(undefined, undefined, "Margin");
      await ctx.sync();
    });
    t.fake.testing.setFormula("S", "C2", "=[@Sales]*0.2", 24);
    return t;
  }
  const formulas = async (fake: ReturnType<typeof withTable>["fake"], address: string) =>
    fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRange(address).load("formulas");
      await ctx.sync();
      return r.formulas;
    });

  it("fills a formula typed into an empty table column into every row (the help page's calculated column)", async () => {
    const { fake, view } = await withCalculated();
    expect(await formulas(fake, "C2:C3")).toEqual([["=[@Sales]*0.2"], ["=[@Sales]*0.2"]]);
    expect(view.cell("S", "C3").isFormula).toBe(true);
  });

  it("does not make a calculated column when the column already holds data", async () => {
    const { fake } = withTable();
    fake.testing.setFormula("S", "B2", "=100+20", 120);
    expect(await formulas(fake, "B2:B3")).toEqual([["=100+20"], [80]]);
  });

  it("fills the formula into rows added by rows.add, by Table.resize and by writing below the table", async () => {
    const { fake } = await withCalculated();
    await fake.run(async (ctx) => {
      ctx.workbook.tables.getItem("Sales").rows.add(undefined, [["Cara", 50, ""]]);
      await ctx.sync();
    });
    expect(await formulas(fake, "C4")).toEqual([["=[@Sales]*0.2"]]);
    await write(fake, "A5:B5", [["Dana", 10]]);
    expect(await formulas(fake, "C5")).toEqual([["=[@Sales]*0.2"]]);
    fake.testing.setCells("S", "A6:B6", [["Eve", 5]]);
    await fake.run(async (ctx) => {
      ctx.workbook.tables.getItem("Sales").resize("A1:C7");
      await ctx.sync();
    });
    expect(await formulas(fake, "C6:C7")).toEqual([["=[@Sales]*0.2"], ["=[@Sales]*0.2"]]);
  });

  it("gives rows added with another formula the column's formula (office-js#6745)", async () => {
    const { fake } = await withCalculated();
    await fake.run(async (ctx) => {
      ctx.workbook.tables.getItem("Sales").rows.add(undefined, [["Cara", 50, "=1+1"]]);
      await ctx.sync();
    });
    expect(await formulas(fake, "C4")).toEqual([["=[@Sales]*0.2"]]);
  });

  it("refuses what is not documented: different formulas into an empty column, and clearing a calculated column", async () => {
    const { fake } = await withCalculated();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRange("C2:C3").clear("Contents");
        await ctx.sync();
      }),
    ).rejects.toMatchObject(undocumented);
    const plain = withTable();
    await plain.fake.run(async (ctx) => {
      ctx.workbook.tables.getItem("Sales").columns.add(undefined, undefined, "Note");
      await ctx.sync();
    });
    await expect(write(plain.fake, "C2:C3", [["=1"], ["call back"]], "formulas")).rejects.toMatchObject(undocumented);
  });
});

describe("fake Excel: table column names stay unique", () => {
  it("renames a column added under a name the table already has, and columns.add returns it under its real name", async () => {
    const { fake, view } = withTable();
    fake.testing.setCells("S", "C1:C3", [["Tier"], ["gold"], ["silver"]]); // the user's own Tier column (C joins the table)
    const name = await fake.run(async (ctx) => {
      const column = ctx.workbook.tables.getItem("Sales").columns.add(undefined, undefined, "Tier") as unknown as {
        load(p: string): { name: string };
      };
      const loaded = column.load("name");
      await ctx.sync();
      return loaded.name;
    });
    expect(name).toBe("Tier2");
    expect(view.tables()[0].headers).toEqual(["Customer", "Sales", "Tier", "Tier2"]);
  });

  it("deletes a column found by name and moves the columns right of it left", async () => {
    const { fake, view } = withTable();
    fake.testing.setCells("S", "C1:D3", [
      ["Tier", "Rank"],
      ["A", 1],
      ["B", 2],
    ]);
    await fake.run(async (ctx) => {
      ctx.workbook.tables.getItem("Sales").columns.getItemOrNullObject("Tier").delete();
      await ctx.sync();
    });
    expect(view.tables()[0]).toMatchObject({ address: "S!A1:C3", headers: ["Customer", "Sales", "Rank"] });
    expect(view.values("S", "C1:D3")).toEqual([
      ["Rank", ""],
      [1, ""],
      [2, ""],
    ]);
  });

  it("finds a column by its id (TableColumn.id, a number, not its position) and deletes that one", async () => {
    const { fake, view } = withTable();
    fake.testing.setCells("S", "C1:C3", [["Tier"], ["gold"], ["silver"]]);
    type Column = { load(p: string): { id: number; name: string }; delete(): void };
    const added = await fake.run(async (ctx) => {
      const column = (
        ctx.workbook.tables.getItem("Sales").columns.add(-1, undefined, "Tier") as unknown as Column
      ).load("id,name");
      await ctx.sync();
      return { id: column.id, name: column.name };
    });
    // Customer, Sales and Tier are columns 1–3; the one added is number 4, named Tier2.
    expect(added).toEqual({ id: 4, name: "Tier2" });
    await fake.run(async (ctx) => {
      (ctx.workbook.tables.getItem("Sales").columns.getItemOrNullObject(added.id) as unknown as Column).delete();
      (ctx.workbook.tables.getItem("Sales").columns.getItemOrNullObject(99) as unknown as Column).delete(); // no such id: a null object
      await ctx.sync();
    });
    expect(view.tables()[0].headers).toEqual(["Customer", "Sales", "Tier"]);
    expect(view.values("S", "C2:C3")).toEqual([["gold"], ["silver"]]);
  });

  it("refuses to delete a table column while cells right of the table in its rows hold data (not documented)", async () => {
    const { fake } = withTable();
    fake.testing.setCells("S", "D2", [["note"]]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.tables.getItem("Sales").columns.getItemOrNullObject("Customer").delete();
        await ctx.sync();
      }),
    ).rejects.toMatchObject(undocumented);
  });
});
