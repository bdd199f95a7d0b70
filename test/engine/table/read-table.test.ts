import { InputError } from "../../../src/engine/errors";
import { readTable } from "../../../src/engine/table/read-table";
import { roleFromHeader } from "../../../src/engine/table/role-from-header";
import type { ColumnRole } from "../../../src/engine/table/types";

const roles = (t: ReturnType<typeof readTable>) => t.columns.map((c) => c.role);
const kinds = (t: ReturnType<typeof readTable>) => t.columns.map((c) => c.kind);

describe("readTable: header detection", () => {
  test("takes a text first row over numbers as the header", () => {
    const t = readTable([
      ["Customer", "Sales"],
      ["Acme", 100],
      ["Beta", 250],
    ]);
    expect(t.hasHeader).toBe(true);
    expect(t.firstRow).toBe(1);
    expect(t.rows).toEqual([
      ["Acme", 100],
      ["Beta", 250],
    ]);
    expect(t.columns.map((c) => c.header)).toEqual(["Customer", "Sales"]);
  });

  test("takes a first row of known role names as the header even over text only", () => {
    const t = readTable([
      ["客户名称", "区域"],
      ["恒信科技", "华东"],
      ["永盛贸易", "华南"],
    ]);
    expect(t.hasHeader).toBe(true);
    expect(roles(t)).toEqual(["customer", "region"]);
  });

  test("reads a grid whose first row is data as having no header, naming columns by letter", () => {
    const t = readTable([
      ["Acme", 100],
      ["Beta", 250],
      ["Gamma", 75],
    ]);
    expect(t.hasHeader).toBe(false);
    expect(t.firstRow).toBe(0);
    expect(t.rows.length).toBe(3);
    expect(t.columns.map((c) => c.header)).toEqual(["Column A", "Column B"]);
  });

  test("does not take a row of names over more names as a header", () => {
    const t = readTable([
      ["Acme", "East"],
      ["Beta", "West"],
      ["Gamma", "East"],
    ]);
    expect(t.hasHeader).toBe(false);
  });

  test("does not take a mostly numeric first row as a header", () => {
    const t = readTable([
      ["Total", 1, 2],
      [5, 3, 4],
    ]);
    expect(t.hasHeader).toBe(false);
  });

  test("follows options.header when the caller knows better", () => {
    expect(
      readTable(
        [
          ["Acme", "East"],
          ["Beta", "West"],
        ],
        { header: true },
      ).hasHeader,
    ).toBe(true);
    expect(
      readTable(
        [
          ["Customer", "Sales"],
          ["Acme", 1],
        ],
        { header: false },
      ).rows.length,
    ).toBe(2);
  });

  test("names a blank header cell by its column letter", () => {
    const t = readTable([
      ["Customer", "", "Sales"],
      ["Acme", "x", 1],
      ["Beta", "y", 2],
    ]);
    expect(t.columns[1].header).toBe("Column B");
  });

  test("throws an InputError for an empty selection", () => {
    expect(() => readTable([])).toThrow(InputError);
    expect(() => readTable([[]])).toThrow(/selection is empty/);
  });
});

describe("readTable: roles from headers", () => {
  // The header words of issue 2 and /tmp/A.md, English and Chinese.
  const cases: [string, ColumnRole][] = [
    ["Customer", "customer"],
    ["Client", "customer"],
    ["Account", "customer"],
    ["Customer name", "customer"],
    ["客户", "customer"],
    ["客户名称", "customer"],
    ["客户名", "customer"],
    ["Name", "customer"],
    ["Sales", "value"],
    ["Revenue", "value"],
    ["Amount", "value"],
    ["Value", "value"],
    ["销售额", "value"],
    ["金额", "value"],
    ["收入", "value"],
    ["Total sales", "value"],
    ["Date", "date"],
    ["Order date", "date"],
    ["日期", "date"],
    ["下单日期", "date"],
    ["Last order date (Excel serial)", "date"],
    ["最近下单日期", "date"],
    ["Region", "region"],
    ["Area", "region"],
    ["区域", "region"],
    ["地区", "region"],
    ["Rep", "rep"],
    ["Owner", "rep"],
    ["Salesperson", "rep"],
    ["Sales rep", "rep"],
    ["负责人", "rep"],
    ["销售代表", "rep"],
    ["销售", "rep"],
    ["Account manager", "rep"],
    ["Segment", "segment"],
    ["Type", "segment"],
    ["Customer type", "segment"],
    ["客户类型", "segment"],
    ["类型", "segment"],
    ["Stage", "stage"],
    ["阶段", "stage"],
    ["Quantity", "quantity"],
    ["Qty", "quantity"],
    ["数量", "quantity"],
    ["Product", "product"],
    ["产品", "product"],
    ["Frequency", "frequency"],
    ["频次", "frequency"],
    ["购买次数", "frequency"],
    ["Orders", "frequency"],
    ["订单数", "frequency"],
    ["Recency", "recency"],
    ["最近购买天数", "recency"],
    ["Days since last order", "recency"],
    ["Notes", "other"],
    ["Updated", "other"],
    ["Product name", "product"],
    ["", "other"],
  ];
  test.each(cases)("reads the header %p as %p", (header, role) => {
    expect(roleFromHeader(header)).toBe(role);
  });

  test("guesses each column's role from a header row", () => {
    const t = readTable([
      ["客户名称", "区域", "销售代表", "客户类型", "销售额", "订单数", "最近下单日期", "最近购买天数"],
      ["恒信科技", "华东", "张伟", "新客户", 1000, 3, 45600, 57],
    ]);
    expect(roles(t)).toEqual(["customer", "region", "rep", "segment", "value", "frequency", "date", "recency"]);
  });
});

describe("readTable: kinds and roles from contents", () => {
  test("finds the customer, value and date columns of a grid without a header", () => {
    const t = readTable(
      [
        ["Acme", "East", 12, 45292, 900],
        ["Beta", "West", 15, 45293, 40],
        ["Gamma", "East", 11, 45300, 1200],
        ["Delta", "East", 10, 45310, 5],
      ],
      { numberFormats: Array.from({ length: 4 }, () => ["General", "General", "0", "yyyy-mm-dd", "#,##0"]) },
    );
    expect(t.hasHeader).toBe(false);
    expect(kinds(t)).toEqual(["text", "text", "number", "date", "number"]);
    // Customer: 4 distinct of 4 beats the region's 2 of 4. Value: sums 2145 (col E) > 48 (col C).
    expect(roles(t)).toEqual(["customer", "other", "other", "date", "value"]);
  });

  test("treats year-first date text as a date column", () => {
    const t = readTable([
      ["Acme", "2024-01-05", 5],
      ["Beta", "2024/2/1", 7],
    ]);
    expect(t.columns[1].kind).toBe("date");
    expect(t.columns[1].role).toBe("date");
  });

  test("treats serial numbers under a date header as dates without number formats", () => {
    const t = readTable([
      ["Customer", "Order date", "Amount"],
      ["Acme", 45292, 10],
      ["Beta", 45300, 20],
    ]);
    expect(kinds(t)).toEqual(["text", "date", "number"]);
  });

  test("keeps a sales column numeric despite a stray n/a, blank and #N/A", () => {
    const body = Array.from({ length: 20 }, (_, i) => [`C${i}`, i * 10] as (string | number | null)[]);
    body[3][1] = "n/a";
    body[4][1] = null;
    body[5][1] = "#N/A";
    const t = readTable([["Customer", "Sales"], ...body]);
    expect(t.columns[1].kind).toBe("number");
  });

  test("calls a half-text, half-number column mixed and a blank column empty", () => {
    const t = readTable(
      [
        ["A", "B", "C"],
        [1, null, "x"],
        ["y", null, "z"],
      ],
      { header: true },
    );
    expect(kinds(t)).toEqual(["mixed", "empty", "text"]);
  });

  test("finds the customer column of a long list without a header (distinctness judged on a sample)", () => {
    const grid = Array.from({ length: 20_000 }, (_, i) => [["East", "West"][i % 2], `Customer ${i}`, i]);
    expect(readTable(grid).columns.map((c) => c.role)).toEqual(["other", "customer", "value"]);
  });

  test("leaves a column of repeated labels without a customer role", () => {
    const t = readTable([
      ["East", 1],
      ["East", 2],
      ["West", 3],
      ["East", 4],
    ]);
    expect(t.columns[0].role).toBe("other");
  });
});

describe("readTable: overrides", () => {
  test("applies the caller's roles on top of the guesses and keeps the guess", () => {
    const t = readTable(
      [
        ["Customer", "Sales", "Margin"],
        ["Acme", 100, 30],
      ],
      { roles: { 2: "value", 1: "other" } },
    );
    expect(roles(t)).toEqual(["customer", "other", "value"]);
    expect(t.columns.map((c) => c.guessedRole)).toEqual(["customer", "value", "other"]);
  });

  test("rejects an override for a column that does not exist, naming it", () => {
    expect(() =>
      readTable(
        [
          ["Customer", "Sales"],
          ["Acme", 1],
        ],
        { roles: { 5: "value" } },
      ),
    ).toThrow("options.roles: column 5 does not exist; expected an index from 0 to 1.");
  });

  test("rejects an override that is not a role", () => {
    expect(() =>
      readTable(
        [
          ["Customer", "Sales"],
          ["Acme", 1],
        ],
        { roles: { 1: "money" as ColumnRole } },
      ),
    ).toThrow(/"money" for column 1 is not a role/);
  });
});
