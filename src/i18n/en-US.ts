/**
 * English (United States) catalog of the task pane. Every visible string of src/taskpane comes from
 * here or from zh-CN.ts, which must hold exactly the same keys (test/i18n/catalogs.test.ts checks it).
 * `{{name}}` placeholders are filled by i18next; a number passed in is formatted for the language by
 * createI18n's formatter hook (i18n/format.ts: "6,668"), so callers pass plain numbers.
 *
 * In two parts (issue 16: the pane's first script carries as little as it can): en-US-first.ts holds what the
 * pane shows before any step but Data is opened, en-US-steps.ts the other steps' texts, a chunk loaded with them
 * (src/i18n/catalogs.ts). This file puts them together, for code that runs later (the host's English notices),
 * for zh-CN.ts's type and for the tests: the pane's first script must not import it.
 */
import { enUSFirst } from "./en-US-first";
import { enUSSteps } from "./en-US-steps";

export const enUS = { ...enUSFirst, ...enUSSteps };

/** The catalog's shape with every leaf widened to string, so zh-CN must have the same keys. */
export type CatalogShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : CatalogShape<T[K]> };
export type Catalog = CatalogShape<typeof enUS>;
