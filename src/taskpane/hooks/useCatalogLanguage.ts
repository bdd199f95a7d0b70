import { useEffect, useState } from "react";
import { hasCatalog, loadCatalog } from "../../i18n/catalogs";
import type { Lang } from "../../i18n/language";

/**
 * The language the pane can show now: `lang` once its catalog is loaded (src/i18n/catalogs.ts loads the
 * Chinese one on demand). Until then the language shown before stays; undefined when there is none yet
 * (the pane opens in Chinese and its catalog is on its way), so the pane is not painted in English first.
 * If the catalog cannot be fetched, the pane stays in (or opens in) English, i18next's fallback.
 */
export function useCatalogLanguage(lang: Lang): Lang | undefined {
  const [shown, setShown] = useState<Lang | undefined>(() => (hasCatalog(lang) ? lang : undefined));
  useEffect(() => {
    let live = true;
    loadCatalog(lang).then(
      () => {
        if (live) setShown(lang);
      },
      (error: unknown) => {
        console.error(`TierLadder: the ${lang} catalog could not be loaded`, error);
        if (live) setShown((was) => was ?? "en-US");
      },
    );
    return () => {
      live = false;
    };
  }, [lang]);
  return hasCatalog(lang) ? lang : shown;
}
