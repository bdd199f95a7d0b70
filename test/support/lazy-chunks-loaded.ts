import { loadCatalog, loadEnglishSteps } from "../../src/i18n/catalogs";
import { preloadSelectionDetails } from "../../src/taskpane/panes/lazy-panes";
import { loadStoreEngine } from "../../src/taskpane/store/store-engine-loader";

// The pane fetches four chunks after (or instead of) its first paint: the Data tab's details once a
// selection is read (src/taskpane/panes/lazy-panes.ts, preloaded when the pane is idle), the Chinese catalog, only when it is
// shown in Chinese (src/i18n/catalogs.ts; nothing is painted until it is there), English's steps texts (loaded
// with the later steps and the write code, src/i18n/catalogs.ts), and the store's tiering
// engine (src/taskpane/store/store-engine-loader.ts; the form is checked once it is there). Tests render
// and query at once, so every test file starts with all four loaded; test/i18n/catalog-loading.test.ts and
// test/taskpane/store/store-engine-loader.test.tsx check the loading itself, in module registries of their own.
beforeAll(() => Promise.all([loadCatalog("zh-CN"), loadEnglishSteps(), loadStoreEngine(), preloadSelectionDetails()]));
