/**
 * The Chinese catalog is a chunk loaded on demand (src/i18n/catalogs.ts). The jest setup loads it for every
 * test file, so this file checks the loading in a fresh module registry, where it has not happened yet.
 */
import type * as Catalogs from "../../src/i18n/catalogs";
import { zhCN } from "../../src/i18n/zh-CN";

function freshCatalogs(): typeof Catalogs {
  let fresh: typeof Catalogs | undefined;
  jest.isolateModules(() => {
    fresh = jest.requireActual<typeof Catalogs>("../../src/i18n/catalogs");
  });
  if (!fresh) throw new Error("catalogs module not loaded");
  return fresh;
}

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
