import type { Catalog, CatalogShape } from "./en-US";
import { enUSFirst } from "./en-US-first";
import type { enUSSteps } from "./en-US-steps";
import type { Lang } from "./language";

/** English's later part (en-US-steps.ts): the texts of the steps loaded when first opened. */
type EnglishSteps = CatalogShape<typeof enUSSteps>;
/** A catalog as far as it is loaded: English may still lack its steps' texts (loadEnglishSteps). */
export type LoadedCatalog = CatalogShape<typeof enUSFirst> & Partial<EnglishSteps>;

/**
 * The pane's catalogs as far as they are loaded (issue 16: the pane's initial JS, bench/bundle.bench.ts).
 * English's first part (en-US-first.ts: the header, the Data step, errors) is part of the pane's first script and is
 * i18next's fallback; English's steps part (en-US-steps.ts) is a chunk that the later steps and the write code
 * load with themselves (panes/lazy-panes.ts, store/commands.ts), so no step shows before its texts are there;
 * the Chinese catalog is one chunk, fetched only when the pane is shown in Chinese.
 */
const loaded = new Map<Lang, LoadedCatalog>([["en-US", enUSFirst]]);
let zhCNLoading: Promise<Catalog> | undefined;
let stepsLoading: Promise<void> | undefined;
let englishSteps: EnglishSteps | undefined;
/** Adds English's steps part to an i18next instance made before it was loaded (see onEnglishStepsLoaded). */
const waitingForSteps = new Set<(steps: EnglishSteps) => void>();

/** True once `lang`'s catalog can be used synchronously (English: its first part at least). */
export function hasCatalog(lang: Lang): boolean {
  return loaded.has(lang);
}

/** `lang`'s catalog, loaded before by loadCatalog (the pane shows a language only once it is). */
export function catalogFor(lang: Lang): LoadedCatalog {
  const catalog = loaded.get(lang);
  if (!catalog) throw new Error(`The ${lang} catalog is used before it was loaded (call loadCatalog first).`);
  return catalog;
}

/** `lang`'s whole catalog, for code of the later steps, which load English's steps part with them. */
export function stepsCatalogFor(lang: Lang): Catalog {
  const catalog = catalogFor(lang);
  if (lang === "en-US" && !englishSteps)
    throw new Error("The English steps texts are used before they were loaded (call loadEnglishSteps first).");
  return catalog as Catalog;
}

/** Loads `lang`'s catalog (once); a failed fetch may be retried by the next call. English is there at once. */
export function loadCatalog(lang: Lang): Promise<LoadedCatalog> {
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

/**
 * Loads English's steps part (once; a failed fetch may be retried by the next call). Every i18next instance
 * waiting for it (onEnglishStepsLoaded) has it before the promise resolves, so code that awaits this before rendering
 * a step finds the step's texts in the pane's instance.
 */
export function loadEnglishSteps(): Promise<void> {
  stepsLoading ??= import(/* webpackChunkName: "catalog-en-US-steps" */ "./en-US-steps").then(
    (m) => {
      englishSteps = m.enUSSteps;
      loaded.set("en-US", { ...enUSFirst, ...englishSteps });
      for (const add of waitingForSteps) add(englishSteps);
      waitingForSteps.clear();
    },
    (error: unknown) => {
      stepsLoading = undefined;
      throw error;
    },
  );
  return stepsLoading;
}

/**
 * Calls `add` with English's steps part when it loads, unless it is loaded already (catalogFor then holds it): for
 * an i18next instance made before it was there.
 */
export function onEnglishStepsLoaded(add: (steps: EnglishSteps) => void): void {
  if (!englishSteps) waitingForSteps.add(add);
}
