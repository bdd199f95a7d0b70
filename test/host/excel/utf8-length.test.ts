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

  // A lone surrogate is not a character: the WHATWG encoder (TextEncoder, what fetch/XHR send) writes it as
  // U+FFFD, 3 bytes (https://encoding.spec.whatwg.org/#utf-8-encoder). A high surrogate followed by something
  // other than a low one is still lone: "\ud800é" is 3 + 2 bytes, "\ud800\ud800" 3 + 3, "\udc00\ud800" 3 + 3.
  it("counts a lone surrogate as three bytes (U+FFFD), a pair as four", () => {
    expect(utf8Length("\ud800")).toBe(3);
    expect(utf8Length("\ud800é")).toBe(5);
    expect(utf8Length("\ud800\ud800")).toBe(6);
    expect(utf8Length("\udc00\ud800")).toBe(6);
    expect(utf8Length("a\ud83d\udcc8\ud83d")).toBe(1 + 4 + 3);
    for (const text of ["\ud800é", "\ud800\ud800", "\udc00\ud800", "a\ud83d\udcc8\ud83d"])
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
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
