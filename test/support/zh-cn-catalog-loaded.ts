import { loadCatalog } from "../../src/i18n/catalogs";

// The pane fetches its Chinese catalog only when it is shown in Chinese (src/i18n/catalogs.ts) and paints
// nothing until it is there. Tests render in either language and query at once, so every test file starts
// with it loaded; test/i18n/catalogs.test.ts checks the loading itself, in a module registry of its own.
beforeAll(() => loadCatalog("zh-CN"));
