import { loadCatalog } from "../../src/i18n/catalogs";
import { loadStoreEngine } from "../../src/taskpane/store/store-engine-loader";

// The pane fetches two chunks after (or instead of) its first paint: the Chinese catalog, only when it is
// shown in Chinese (src/i18n/catalogs.ts; nothing is painted until it is there), and the store's tiering
// engine (src/taskpane/store/store-engine-loader.ts; the form is checked once it is there). Tests render
// and query at once, so every test file starts with both loaded; test/i18n/catalog-loading.test.ts and
// test/taskpane/store/store-engine-loader.test.tsx check the loading itself, in module registries of their own.
beforeAll(() => Promise.all([loadCatalog("zh-CN"), loadStoreEngine()]));
