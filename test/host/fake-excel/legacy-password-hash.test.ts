import { legacyPasswordHash } from "../../../src/host/fake-excel/legacy-password-hash";

/**
 * The legacy 16-bit password hash of sheetProtection's `password` and workbookProtection's `workbookPassword`
 * (ECMA-376 Part 1 §18.3.1.85, §18.2.29; MS-OFFCRYPTO §2.3.7.1). Expected values are what two other programs write
 * for the same passwords: xlsxwriter 3 (Worksheet._encode_password) and openpyxl 3.1 (utils.protection.hash_password)
 * give the same hex for each.
 */
describe("the legacy password hash (MS-OFFCRYPTO §2.3.7.1)", () => {
  it.each([
    ["", "CE4B"], // no characters: 0 rotated, XOR length 0, XOR 0xCE4B
    ["a", "CE88"], // 'a' = 0x61 rotated once (0xC2), XOR length 1 and 0xCE4B
    ["password", "83AF"],
    ["test", "CBEB"],
    ["Secret!", "CA66"],
    ["abcdefghijklmnop", "C643"], // 16 characters: bit 14 rotates round to bit 0
    ["zzzzzzzzzzzzzzz", "B1BB"],
    ["~~~~~~~~~~~~~~~", "CE44"],
    ["été", "C902"], // characters past ASCII are taken as their UTF-16 code units
  ])("hashes %j to %s, as xlsxwriter and openpyxl write it", (password, hex) => {
    expect(legacyPasswordHash(password)).toBe(hex);
  });
});
