import fc from "fast-check";
import { createOfficeJsExcel } from "../../support/office-js";
import { createExcelHost, PAYLOAD_BUDGET_BYTES } from "../../../src/host/excel";
import { jsonStringBytes, planSettingWrite, splitByBytes } from "../../../src/host/excel/settings";
import { writeOldPieces } from "./old-pieces";

function setup() {
  const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid: [["x"]] }] });
  return { fake, host: createExcelHost(fake.env) };
}

/** About 1.5 MB of JSON: two 1 MB pieces, under the 2 MB Excel keeps of settings in all (office-js#621). */
const big = (tag: string) => Array.from({ length: 50_000 }, (_, i) => `${tag} customer ${i} 客户`);

describe("settings in the workbook", () => {
  // The last-run snapshot of 1,048,576 customers: snapshot-store.test.ts (custom XML parts, not settings).
  it("refuses a value over 512 KiB with a specific message, and stores nothing (Excel keeps about 2 MB of settings in all)", async () => {
    const { fake, host } = setup();
    await expect(host.saveSetting("list", big("one"))).rejects.toMatchObject({
      code: "SettingTooLarge",
      params: { setting: "list", limit: 0.5 },
    });
    expect(fake.workbookState.settings()).toEqual({});
  });

  it("reads a value an earlier version stored in pieces, several pieces per sync", async () => {
    const { fake, host } = setup();
    writeOldPieces(fake, "list", big("one"));
    fake.testing.resetStats();
    expect(await host.loadSetting("list")).toEqual(big("one"));
    expect(Math.max(...fake.stats.responseBytes)).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
  });

  it("removes the pieces of an older large value when a small one replaces it", async () => {
    const { fake, host } = setup();
    writeOldPieces(fake, "list", big("one"));
    await host.saveSetting("list", ["small"]);
    expect(Object.keys(fake.workbookState.settings())).toEqual(["TierLadder.list"]);
    expect(await host.loadSetting("list")).toEqual(["small"]);
  });

  it("reads a value whose pieces do not add up to the manifest as absent", async () => {
    const { fake, host } = setup();
    writeOldPieces(fake, "list", big("one"));
    fake.testing.setSetting("TierLadder.list#a1", "tampered");
    expect(await host.loadSetting("list")).toBeUndefined();
  });

  it("refuses to store a value above the size limit", () => {
    // JSON of 100 "y" is 102 bytes with its quotes.
    expect(planSettingWrite("x", "y".repeat(100), { keys: [] }, { pieceBytes: 10, maxBytes: 50 })).toEqual({
      tooBig: 102,
    });
  });

  it("cuts text into pieces under the byte limit without splitting a character (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), fc.integer({ min: 8, max: 40 }), (text, max) => {
        const pieces = splitByBytes(text, max);
        expect(pieces.map((p) => p.text).join("")).toBe(text);
        for (const p of pieces) {
          expect(p.bytes).toBe(jsonStringBytes(p.text));
          // A piece may exceed the limit only when it is one character long (4 bytes + quotes fit in 8).
          expect(p.bytes).toBeLessThanOrEqual(max);
          expect(new TextEncoder().encode(JSON.stringify(p.text)).length).toBe(p.bytes);
        }
      }),
    );
  });
});
