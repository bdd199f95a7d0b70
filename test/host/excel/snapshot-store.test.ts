import { decodeSnapshot, encodeSnapshot, movementPlan, snapshotOf, type TierSnapshot } from "../../../src/engine/plans";
import { createExcelHost, PAYLOAD_BUDGET_BYTES } from "../../../src/host/excel";
import { SNAPSHOT_NAMESPACE } from "../../../src/host/excel/snapshot-parts";
import { createOfficeJsExcel } from "../../support/office-js";
import { writeOldPieces } from "./old-pieces";

// Settings: Excel keeps about 2 MB in all (Office.Settings.set docs, quoted in office-js#621); users report
// InvalidArgument near 1 MB (office-js#3957). What TierLadder keeps there must stay far below.
const SETTINGS_ROOM = 64 * 1024;
const ONE_MB = 1024 * 1024;

function setup(requirementSets?: Record<string, string>) {
  const fake = createOfficeJsExcel({ sheets: [{ name: "Data", grid: [["x"]] }], requirementSets });
  return { fake, host: createExcelHost(fake.env) };
}

/** Namespaces and sizes of every custom XML part in the fake workbook, read through the API. */
async function parts(fake: ReturnType<typeof createOfficeJsExcel>): Promise<{ ns: string; bytes: number }[]> {
  return fake.run(async (ctx) => {
    const all = ctx.workbook.customXmlParts.load("items/id,items/namespaceUri");
    await ctx.sync();
    const out: { ns: string; bytes: number }[] = [];
    for (let i = 0; i < all.items.length; i += 4) {
      // four parts of up to 1 MB per response, under 5 MB
      const xml = all.items.slice(i, i + 4).map((p) => ({ ns: p.namespaceUri, xml: p.getXml() }));
      await ctx.sync();
      out.push(...xml.map((x) => ({ ns: x.ns, bytes: new TextEncoder().encode(x.xml.value).length })));
    }
    return out;
  });
}

const settingsBytes = (fake: ReturnType<typeof createOfficeJsExcel>) =>
  JSON.stringify(fake.workbookState.settings()).length;

function snapshot(n: number, takenAt: string, shift = 0): TierSnapshot {
  const customers = Array.from({ length: n }, (_, i) => `Customer ${i}`);
  return snapshotOf(
    customers,
    Int32Array.from({ length: n }, (_, i) => (i + shift) % 3),
    ["A", "B", "C"],
    takenAt,
  );
}

describe("the last-run snapshot store (custom XML parts)", () => {
  it("round-trips 1,048,576 customers in parts of at most 1 MB, no request or response over 4 MB, settings small", async () => {
    const n = 1_048_576;
    const current = snapshot(n, "2025-01-06T00:00:00Z");
    const { fake, host } = setup();
    const report = await host.applyPlan(movementPlan(undefined, current, "en-US"));
    expect(report.warnings).toEqual([]);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    // What office.js really sent and received (UTF-8 bytes of each serialized body), under the same budget.
    expect(Math.max(...fake.stats.officeJsRequestBytes)).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(Math.max(...fake.stats.officeJsResponseBytes)).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(settingsBytes(fake)).toBeLessThan(SETTINGS_ROOM);
    const stored = await parts(fake);
    expect(stored.length).toBeGreaterThan(1);
    for (const p of stored) {
      expect(p.ns.startsWith(SNAPSHOT_NAMESPACE)).toBe(true);
      expect(p.bytes).toBeLessThanOrEqual(ONE_MB);
    }
    fake.testing.resetStats();
    const back = decodeSnapshot(await host.loadSetting("lastRun"));
    expect(Math.max(...fake.stats.responseBytes)).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(Math.max(...fake.stats.officeJsResponseBytes)).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    // The snapshot came back through office.js: its responses carry at least the parts' text (several MB in all).
    expect(fake.stats.officeJsResponseBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(
      stored.reduce((a, p) => a + p.bytes, 0),
    );
    expect(Object.keys(back!.tiers)).toHaveLength(n);
    // Customer i has tier index i mod 3: 1,048,575 = 3 × 349,525 → "A"; 7 mod 3 = 1 → "B".
    expect([back!.tiers["Customer 1048575"], back!.tiers["Customer 7"], back!.takenAt]).toEqual([
      "A",
      "B",
      "2025-01-06T00:00:00Z",
    ]);
  }, 60_000);

  it("keeps text with <, &, quotes, ]]>, CR, control characters, U+FFFE, CJK and emoji exactly", async () => {
    const keys = [
      'a<b & "c"',
      "]]> end",
      "line\r\nnext\rlast",
      "tab\tbell\u0007nul\u0000",
      "odd \uFFFE\uFFFF",
      "客户 上海",
      "🚀 Rocket 👩‍💻",
      "&amp; literal",
      "'single'",
    ];
    const current = snapshotOf(
      keys,
      Int32Array.from(keys, (_, i) => i % 2),
      ["A <top>", 'B & "more"'],
      "2025-02-01T00:00:00Z",
    );
    const { host } = setup();
    await host.applyPlan(movementPlan(undefined, current, "zh-CN"));
    const back = decodeSnapshot(await host.loadSetting("lastRun"));
    expect(back).toEqual(current);
  });

  it("re-runs replace the parts: one generation is left, the newest", async () => {
    const { fake, host } = setup();
    await host.applyPlan(movementPlan(undefined, snapshot(150_000, "2025-01-01T00:00:00Z"), "en-US"));
    const first = await parts(fake);
    await host.applyPlan(movementPlan(undefined, snapshot(150_000, "2025-01-02T00:00:00Z", 1), "en-US"));
    const second = await parts(fake);
    expect(first.length).toBeGreaterThan(1);
    expect(new Set(second.map((p) => p.ns)).size).toBe(1);
    expect(second[0].ns).not.toBe(first[0].ns);
    const back = decodeSnapshot(await host.loadSetting("lastRun"));
    expect([back!.takenAt, back!.tiers["Customer 0"]]).toEqual(["2025-01-02T00:00:00Z", "B"]);
  });

  it("a write that fails while adding parts leaves the previous snapshot readable and removes what it added", async () => {
    const { fake, host } = setup();
    await host.applyPlan(movementPlan(undefined, snapshot(150_000, "2025-01-01T00:00:00Z"), "en-US"));
    const before = await parts(fake);
    let adds = 0;
    fake.testing.failOn((a) => a.kind === "customXmlParts.add" && ++adds === 2);
    await expect(
      host.applyPlan(movementPlan(undefined, snapshot(150_000, "2025-01-02T00:00:00Z", 1), "en-US")),
    ).rejects.toThrow();
    expect(await parts(fake)).toEqual(before);
    expect(decodeSnapshot(await host.loadSetting("lastRun"))!.takenAt).toBe("2025-01-01T00:00:00Z");
  });

  it("reads an older workbook's snapshot from settings pieces, and the next write moves it to parts and removes the pieces", async () => {
    const { fake, host } = setup();
    const old = snapshot(300_000, "2024-12-01T00:00:00Z");
    // How earlier versions stored it: the compact snapshot in settings, in 1 MB pieces.
    writeOldPieces(fake, "lastRun", encodeSnapshot(old));
    expect(
      Object.keys(fake.workbookState.settings()).filter((k) => k.startsWith("TierLadder.lastRun#")).length,
    ).toBeGreaterThan(1);
    expect(decodeSnapshot(await host.loadSetting("lastRun"))).toEqual(old);
    const current = snapshot(300_000, "2025-01-06T00:00:00Z", 2);
    await host.applyPlan(movementPlan(old, current, "en-US"));
    expect(Object.keys(fake.workbookState.settings()).filter((k) => k.startsWith("TierLadder.lastRun"))).toEqual([
      "TierLadder.lastRun",
    ]);
    expect(settingsBytes(fake)).toBeLessThan(SETTINGS_ROOM);
    expect((await parts(fake)).length).toBeGreaterThan(0);
    expect(decodeSnapshot(await host.loadSetting("lastRun"))).toEqual(current);
  });

  it("reads parts that do not match their head (edited or lost) as no snapshot", async () => {
    const { fake, host } = setup();
    await host.applyPlan(movementPlan(undefined, snapshot(1000, "2025-01-01T00:00:00Z"), "en-US"));
    await fake.run(async (ctx) => {
      const all = ctx.workbook.customXmlParts.load("items/id");
      await ctx.sync();
      all.items[0].delete();
      await ctx.sync();
    });
    expect(await host.loadSetting("lastRun")).toBeUndefined();
  });

  it("without ExcelApi 1.5 the write succeeds, movement is not tracked, and an older snapshot is cleared", async () => {
    // 1.4: settings and *OrNullObject exist; custom XML parts (1.5) do not, and the fake throws ApiNotFound on any use.
    const { fake, host } = setup({ ExcelApi: "1.4" });
    await host.saveSetting("lastRun", encodeSnapshot(snapshot(10, "2024-12-01T00:00:00Z")));
    await host.applyPlan(movementPlan(undefined, snapshot(10, "2025-01-06T00:00:00Z"), "en-US"));
    expect(fake.workbookState.settings()["TierLadder.lastRun"]).toBeNull();
    expect(decodeSnapshot(await host.loadSetting("lastRun"))).toBeUndefined();
  });
});
