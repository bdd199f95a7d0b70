import fc from "fast-check";
import type { CellValue } from "../../../src/engine/cells/cell-value";
import { cellText } from "../../../src/engine/cells/cell-text";
import { customerName } from "../../../src/engine/table/customer-key";
import { customerKeyHash, keyHash } from "../../../src/engine/table/customer-key-hash";
import { inputReport } from "../../../src/engine/table/input-report";
import { readTable } from "../../../src/engine/table/read-table";
import { repeatedCustomers } from "../../../src/engine/table/repeated-customers";

// Pieces of names where the fast path and customerKey could part: ASCII letters in both cases, ASCII
// spaces trim() removes (tab … carriage return, space), spaces it removes that are not ASCII (U+00A0,
// U+3000), full-width forms NFKC folds (Ａ → A, （ → (), a ligature (ﬁ → fi), a combining accent
// (e + U+0301 → é), Chinese characters, an Excel error's "#", digits.
const PIECES = [
  "a",
  "A",
  "b",
  "Z",
  "é",
  "e\u0301",
  "ﬁ",
  "fi",
  "Ａ",
  "ａ",
  "（",
  "(",
  "客",
  "户",
  "甲",
  "乙",
  " ",
  "\t",
  "\n",
  "\v",
  "\f",
  "\r",
  "\u00a0",
  "\u3000",
  "#",
  "N/A",
  "#N/A",
  "1",
  "0",
  ".",
  "-",
];
const name = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join(""));
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: name },
  {
    weight: 1,
    arbitrary: fc.constantFrom<CellValue>(null, undefined, true, false, "true", " FALSE ", {
      type: "Error",
      code: "#N/A",
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 12, 1.5, -3, NaN, Infinity, 1e21) },
);

/** The definition (DESIGN.md "Customer history"): the hash of customerName's key, computed the slow way. */
const referenceHash = (v: CellValue) => {
  const id = customerName(v);
  return id ? keyHash(id.key) : undefined;
};

describe("customerKeyHash", () => {
  test("is keyHash of customerName's key (NFKC, trimmed, lower case) for every cell, undefined without a name", () => {
    fc.assert(
      fc.property(cell, (v) => {
        expect(customerKeyHash(v)).toBe(referenceHash(v));
      }),
      { numRuns: 5000 },
    );
    expect(customerKeyHash(" Acme\t")).toBe(keyHash("acme"));
    expect(customerKeyHash("Ａｃｍｅ")).toBe(keyHash("acme"));
    expect(customerKeyHash("#N/A")).toBeUndefined();
    expect(customerKeyHash(" \u3000 ")).toBeUndefined();
  });

  test("reads as plain only characters that NFKC and lower-casing leave alone (checked on every one, by ICU)", () => {
    // The fast path's premise, over all of ASCII and U+4E00–U+9FFF: NFKC keeps the character, and
    // toLowerCase changes only A–Z.
    const changed: string[] = [];
    const check = (code: number) => {
      const c = String.fromCharCode(code);
      const upper = code >= 0x41 && code <= 0x5a;
      if (c.normalize("NFKC") !== c || (c.toLowerCase() !== c) !== upper) changed.push(code.toString(16));
    };
    for (let code = 0; code < 0x80; code++) check(code);
    for (let code = 0x4e00; code <= 0x9fff; code++) check(code);
    expect(changed).toEqual([]);
  });
});

/** The definition: rows grouped by customerKey with a Map; groups of two or more, in order of their first row. */
function referenceRepeats(cells: readonly CellValue[], firstRow: number) {
  const byKey = new Map<string, number[]>();
  const missing: number[] = [];
  cells.forEach((v, i) => {
    const id = customerName(v);
    if (!id) missing.push(i);
    else byKey.set(id.key, [...(byKey.get(id.key) ?? []), i]);
  });
  const repeats = [...byKey.values()]
    .filter((rows) => rows.length > 1)
    .map((rows) => ({ customer: customerName(cells[rows[0]])!.name, rows: rows.map((r) => r + firstRow) }));
  return { missing, repeats };
}

describe("repeatedCustomers", () => {
  test("finds the rows without a name and the names on several rows as grouping by customerKey does, from the cells or from the names as shown", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), (cells) => {
        const table = readTable([["Customer", "Sales"], ...cells.map((c) => [c, 1])], { header: true });
        const expected = referenceRepeats(cells, 1);
        expect(repeatedCustomers(table, 0)).toEqual(expected);
        // The same from the names as shown (what tierTable lists), going back to the cells only where it must.
        expect(repeatedCustomers(table, 0, cells.map(cellText))).toEqual(expected);
        // inputReport says the same: the list, and one issue per missing name and per later row.
        const report = inputReport(table, 1, 0);
        expect(report.duplicates).toEqual(expected.repeats);
        const reasons = report.issues.map((i) => i.reason);
        expect(reasons.filter((r) => r === "missing-customer")).toHaveLength(expected.missing.length);
        const later = expected.repeats.reduce((sum, d) => sum + d.rows.length - 1, 0);
        expect(reasons.filter((r) => r === "duplicate-customer")).toHaveLength(later);
      }),
      { numRuns: 2000 },
    );
  });

  test("tells apart names whose hashes agree (a small table: many rows share a slot)", () => {
    // Found by trying "customer 0", "customer 1", …: the first pair whose 32-bit keyHash is the same.
    expect(keyHash("customer 23891")).toBe(keyHash("customer 164696"));
    const table = readTable(
      [["Customer"], ["Customer 23891"], ["Customer 164696"], ["customer 164696 "], ["CUSTOMER 23891"]],
      { header: true },
    );
    expect(repeatedCustomers(table, 0)).toEqual({
      missing: [],
      repeats: [
        { customer: "Customer 23891", rows: [1, 4] },
        { customer: "Customer 164696", rows: [2, 3] },
      ],
    });
  });
});
