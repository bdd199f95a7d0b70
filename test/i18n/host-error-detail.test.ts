import { tierColumnsPlan } from "../../src/engine/plans";
import { createFakeExcel } from "../../src/host/fake-excel";
import { createExcelHost } from "../../src/host/excel";
import { HostError } from "../../src/host/host-api";
import { createI18n, enUS, translateError, zhCN } from "../../src/i18n";
import { HOST_DETAIL_KEYS } from "../../src/i18n/host-error-params";

/** Runs the real host (src/host/excel) on the fake Excel and returns what it throws. */
async function hostFailure(
  run: (host: ReturnType<typeof createExcelHost>, fake: ReturnType<typeof createFakeExcel>) => Promise<unknown>,
): Promise<HostError> {
  const fake = createFakeExcel({
    sheets: [
      {
        name: "Data",
        grid: [
          ["Customer", "Sales"],
          ["Acme", 120],
          ["Bolt", 80],
          ["Cara", 50],
        ],
      },
    ],
  });
  const host = createExcelHost(fake.env);
  try {
    await run(host, fake);
  } catch (e) {
    if (e instanceof HostError) return e;
    throw e;
  }
  throw new Error("the host did not fail");
}

// Made once the jest setup has loaded the Chinese catalog (test/support/lazy-chunks-loaded.ts).
let zh: ReturnType<typeof createI18n>;
let en: ReturnType<typeof createI18n>;
beforeAll(() => {
  zh = createI18n("zh-CN");
  en = createI18n("en-US");
});

describe("host errors keep their details in the user's language", () => {
  it("names the occupied cells in Chinese when a write would overwrite them", async () => {
    const error = await hostFailure(async (host, fake) => {
      fake.testing.makeTable("Data", "A1:B4", "Customers");
      fake.testing.setCells("Data", "D3", [["keep me"]]);
      await host.applyPlan(
        tierColumnsPlan({
          sheet: "Data",
          tableName: "Customers",
          headerRow: 0,
          firstDataRow: 1,
          firstFreeColumn: 2,
          rows: [
            { tier: "A", rank: 1, why: "" },
            { tier: "B", rank: 2, why: "" },
            { tier: "C", rank: 3, why: "" },
          ],
          labels: ["A", "B", "C"],
          lang: "zh-CN",
        }),
      );
    });
    expect(error.key).toBe("host.cellsNotEmpty");
    const message = translateError(zh.t, error).message;
    expect(message.startsWith(zhCN.errors.host.cellsNotEmpty)).toBe(true);
    expect(message).toContain('被占用的单元格：Data!D3 ("keep me")');
    expect(translateError(en.t, error).message).toContain('Cells in the way: Data!D3 ("keep me")');
  });

  it("says how many areas were selected, in Chinese", async () => {
    const error = await hostFailure(async (host, fake) => {
      fake.testing.setSelection("Data", "A1:A4", "C1:C4");
      await host.readSelection();
    });
    expect(error.key).toBe("host.multiArea");
    const message = translateError(zh.t, error).message;
    expect(message).toMatch(/您选择了 2 个区域（.*A1:A4.*C1:C4.*）。$/);
  });

  it("uses params the host error carries itself", () => {
    const error = Object.assign(new HostError("CellsNotEmpty", "(English)", "host.cellsNotEmpty"), {
      params: { cells: "Sheet1!E2:E3" },
    });
    expect(translateError(zh.t, error).message).toContain("被占用的单元格：Sheet1!E2:E3。");
  });

  it("shows the general message alone when the details cannot be read", () => {
    const error = new HostError("CellsNotEmpty", "Some other wording.", "host.cellsNotEmpty");
    expect(translateError(zh.t, error).message).toBe(zhCN.errors.host.cellsNotEmpty);
  });

  it("have a detail line in both catalogs for each host error with details", () => {
    for (const key of HOST_DETAIL_KEYS) {
      expect([key, typeof (enUS.errors.hostDetail as Record<string, string>)[key]]).toEqual([key, "string"]);
      expect([key, typeof (zhCN.errors.hostDetail as Record<string, string>)[key]]).toEqual([key, "string"]);
    }
  });
});
