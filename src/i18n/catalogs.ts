import { enUS, type Catalog } from "./en-US";
import type { Lang } from "./language";

/**
 * The pane's catalogs as far as they are loaded. English is part of the pane's first script (it is also
 * i18next's fallback); the Chinese catalog is a chunk of its own, fetched only when the pane is shown in
 * Chinese, so an English pane does not download it (issue 16: the pane's initial JS, bench/bundle.bench.ts).
 */
const loaded = new Map<Lang, Catalog>([["en-US", enUS]]);
let zhCNLoading: Promise<Catalog> | undefined;

/** True once `lang`'s catalog can be used synchronously. */
export function hasCatalog(lang: Lang): boolean {
  return loaded.has(lang);
}

/** `lang`'s catalog, loaded before by loadCatalog (the pane shows a language only once it is). */
export function catalogFor(lang: Lang): Catalog {
  const catalog = loaded.get(lang);
  if (!catalog) throw new Error(`The ${lang} catalog is used before it was loaded (call loadCatalog first).`);
  return catalog;
}

/** Loads `lang`'s catalog (once); a failed fetch may be retried by the next call. */
export function loadCatalog(lang: Lang): Promise<Catalog> {
  const have = loaded.get(lang);
  if (have) return Promise.resolve(have);
  zhCNLoading ??= import(/* webpackChunkName: "catalog-zh-CN" */ "./zh-CN").then(
    (m) => {
      loaded.set("zh-CN", m.zhCN);
      return m.zhCN;
    },
    (error: unknown) => {
      zhCNLoading = undefined;
      throw error;
    },
  );
  return zhCNLoading;
}
