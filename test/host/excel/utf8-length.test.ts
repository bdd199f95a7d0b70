import { rowBytes } from "../../../src/host/excel/chunking";
import { utf8Length } from "../../../src/host/excel/utf8-length";

// Expected byte counts from the UTF-8 encoding table (RFC 3629): U+0000–U+007F 1 byte, U+0080–U+07FF 2,
// U+0800–U+FFFF 3, beyond (surrogate pairs in JavaScript) 4. Cross-checked with Node's Buffer.byteLength.
describe("UTF-8 request sizes", () => {
  it("counts ASCII as one byte a character", () => {
    expect(utf8Length("Acme Ltd, 1200")).toBe(14);
  });

  it("counts Chinese characters as three bytes each (华东 is 6 bytes, not 2)", () => {
    expect(utf8Length("华东")).toBe(6);
    expect(utf8Length("客户名称 A")).toBe(4 * 3 + 2);
  });

  it("counts é as two bytes and an emoji (a surrogate pair) as four", () => {
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("📈")).toBe(4);
  });

  it("agrees with Buffer.byteLength on mixed text", () => {
    const text = 'Row 7, "销售额": n/a — ünïcødé 📈 ok';
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
  });

  it("sizes a row of Chinese text by its bytes, so chunks stay under the limit", () => {
    const row = ["上海华东贸易有限公司", 1200];
    // JSON bytes, the separator, and office.js's 1,024-byte block share: 2 columns → 750 rows per block.
    expect(rowBytes(row)).toBe(Buffer.byteLength(JSON.stringify(row), "utf8") + 1 + 1024 / 750);
  });
});
