import type { Grid } from "../../../src/engine/cells/cell-value";
import { InputError } from "../../../src/engine/errors";
import type { Scheme } from "../../../src/engine/scheme";
import { schemeToSql, type SchemeSqlOptions } from "../../../src/engine/sql";
import { readTable } from "../../../src/engine/table";
import { tierTable } from "../../../src/engine/tiering";
import { sqlRows } from "./duckdb-harness";

const source = { table: "t", columns: ["Customer", "Region", "Sales"] };
const base: Scheme = {
  version: 1,
  source: { kind: "customers", columns: { customer: 0, value: 2 } },
  method: { kind: "rank-share" },
  tiers: { labels: ["A", "B", "C"], shares: [20, 30, 50] },
};

/** The InputError schemeToSql throws, for its message and key. */
function errorOf(scheme: Scheme, options: Partial<SchemeSqlOptions> = {}): InputError {
  try {
    schemeToSql(scheme, { dialect: "duckdb", source, ...options });
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("schemeToSql refuses a scheme it cannot express, naming the field", () => {
  it("an unknown column index", () => {
    expect(errorOf({ ...base, source: { kind: "customers", columns: { customer: 0, value: 5 } } }).message).toMatch(
      /^source\.columns\.value: column 5 does not exist/,
    );
    expect(errorOf({ ...base, groupBy: 3 }).message).toMatch(/^groupBy: column 3 does not exist/);
    const score: Scheme = {
      ...base,
      method: { kind: "score", factors: [{ column: 9, weight: 1, direction: "higher" }], then: "rank-share" },
    };
    expect(errorOf(score).message).toMatch(/^method\.factors\[0\]\.column: column 9 does not exist/);
  });

  it("a role the scheme gives no index for (SQL has no sheet to guess it from)", () => {
    const noKey: Scheme = { ...base, source: { kind: "customers", columns: { value: 2 } } };
    expect(errorOf(noKey).message).toMatch(/^source\.columns\.customer: .*give its index/);
  });

  it("computed ABC and natural breaks without fixedBounds, and with the wrong number of them", () => {
    const abc: Scheme = { ...base, method: { kind: "computed" } };
    const e = errorOf(abc);
    expect(e.key).toBe("sql.fixedBounds");
    expect(e.message).toMatch(/^fixedBounds: computed ABC has no SQL form/);
    expect(errorOf({ ...base, method: { kind: "breaks" } }).message).toMatch(
      /^fixedBounds: natural breaks has no SQL form/,
    );
    expect(errorOf(abc, { fixedBounds: [10] }).message).toMatch(
      /^fixedBounds: expected 2 cut-offs for 3 tiers, found 1/,
    );
  });

  it("lifecycle without an as-of date", () => {
    const s: Scheme = { ...base, method: { kind: "lifecycle", first: 1, last: 2 } };
    expect(errorOf(s).message).toMatch(/^source\.asOf: expected the as-of date/);
  });
});

describe("computed ABC exported as thresholds fixed in the workbook", () => {
  it("says so at the top and tiers by the cut-offs given", async () => {
    const grid: Grid = [
      ["Customer", "Region", "Sales"],
      ...[1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22].map((v, i) => [`c${i + 1}`, "N", v]),
    ];
    const scheme: Scheme = { ...base, method: { kind: "computed" } };
    // The engine's computed ABC on DESIGN.md's example: A {25, 22, 17}, B {15, 6}, C the rest; its smallest A and B
    // values are the cut-offs the workbook hands over.
    const { result } = tierTable(readTable(grid), scheme);
    const low = (t: number) =>
      Math.min(...[1, 15, 25, 17, 2, 3, 5, 6, 2, 3, 22].filter((_, i) => result.tier[i] === t));
    const fixedBounds = [low(0), low(1)];
    expect(fixedBounds).toEqual([17, 6]);
    const sql = schemeToSql(scheme, { dialect: "duckdb", source, fixedBounds });
    expect(sql.split("\n").slice(0, 6).join("\n")).toMatch(/fixed in the workbook/);
    const rows = await sqlRows(grid, scheme, { fixedBounds });
    const tierOf = new Map(rows.map((r) => [r.Customer, r.tier]));
    expect(result.customers!.map((c, i) => tierOf.get(c) === result.labels[result.tier[i]])).not.toContain(false);
  });
});

describe("a scheme that joins an order history from another sheet", () => {
  it("is refused, naming source.history (the SQL reads one table)", () => {
    const joined: Scheme = {
      ...base,
      source: {
        ...base.source,
        history: { sheet: "Orders", address: "A1:C9", columns: { customer: 0, amount: 1, date: 2 } },
      },
    };
    const e = errorOf(joined);
    expect(e.key).toBe("sql.history");
    expect(e.message).toMatch(/^source\.history: /);
  });
});
