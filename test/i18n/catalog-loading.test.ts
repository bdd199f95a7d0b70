/**
 * The Chinese catalog and English's steps texts are chunks loaded on demand (src/i18n/catalogs.ts). The jest setup
 * loads them for every test file, so this file checks the loading in a fresh module registry, where it has not
 * happened yet.
 */
import type * as Catalogs from "../../src/i18n/catalogs";
import type * as CreateI18n from "../../src/i18n/create-i18n";
import { enUS } from "../../src/i18n/en-US";
import { zhCN } from "../../src/i18n/zh-CN";

function freshModules(): { c: typeof Catalogs; createI18n: typeof CreateI18n.createI18n } {
  let fresh: { c: typeof Catalogs; createI18n: typeof CreateI18n.createI18n } | undefined;
  jest.isolateModules(() => {
    fresh = {
      c: jest.requireActual<typeof Catalogs>("../../src/i18n/catalogs"),
      createI18n: jest.requireActual<typeof CreateI18n>("../../src/i18n/create-i18n").createI18n,
    };
  });
  if (!fresh) throw new Error("catalogs module not loaded");
  return fresh;
}
const freshCatalogs = () => freshModules().c;

describe("loading the Chinese catalog on demand", () => {
  it("has English at once and Chinese only after loadCatalog", async () => {
    const c = freshCatalogs();
    expect(c.hasCatalog("en-US")).toBe(true);
    expect(c.catalogFor("en-US").app.title).toBe("TierLadder");
    expect(c.hasCatalog("zh-CN")).toBe(false);
    expect(() => c.catalogFor("zh-CN")).toThrow("The zh-CN catalog is used before it was loaded");
    const loaded = await c.loadCatalog("zh-CN");
    expect(c.hasCatalog("zh-CN")).toBe(true);
    // The same texts as the catalog file (compared by value: the fresh registry has its own module copy).
    expect(loaded).toEqual(zhCN);
    expect(c.catalogFor("zh-CN").app.language).toBe(zhCN.app.language);
  });

  it("loads it once for any number of callers", async () => {
    const c = freshCatalogs();
    const [a, b] = await Promise.all([c.loadCatalog("zh-CN"), c.loadCatalog("zh-CN")]);
    expect(a).toBe(b);
  });
});

describe("loading English's steps texts with the steps", () => {
  it("has the first part at once and the steps' texts only after loadEnglishSteps", async () => {
    const c = freshCatalogs();
    expect(c.catalogFor("en-US").data.heading).toBe(enUS.data.heading);
    expect(c.catalogFor("en-US").tiers).toBeUndefined();
    expect(() => c.stepsCatalogFor("en-US")).toThrow("The English steps texts are used before they were loaded");
    await c.loadEnglishSteps();
    // Compared by value: the fresh registry has its own module copies.
    expect(c.catalogFor("en-US")).toEqual(enUS);
    expect(c.stepsCatalogFor("en-US").reps.noRep).toBe(enUS.reps.noRep);
  });

  it("gives the steps' texts to a pane's i18next made before they were loaded, before the load resolves", async () => {
    const { c, createI18n } = freshModules();
    const i18n = createI18n("en-US");
    expect(i18n.t("tiers.heading")).toBe("tiers.heading"); // i18next's answer for a key it does not have
    expect(i18n.t("data.heading")).toBe(enUS.data.heading);
    await c.loadEnglishSteps();
    expect(i18n.t("tiers.heading")).toBe(enUS.tiers.heading);
    expect(i18n.t("write.failedAction")).toBe(enUS.write.failedAction);
    expect(i18n.t("data.heading")).toBe(enUS.data.heading); // the first part is kept
    // An instance made after has them from the start.
    expect(createI18n("en-US").t("ladder.heading")).toBe(enUS.ladder.heading);
  });
});
