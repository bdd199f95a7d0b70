import { useCallback, useEffect, useState } from "react";
import type { WorkbookHost } from "../../host/host-api";
import { parseScheme, type Scheme } from "../../engine/scheme";

/** Workbook setting (the host prefixes "TierLadder.") that holds the last scheme written (JSON, validated by parseScheme on the way back). */
export const SCHEME_SETTING = "scheme";

export interface SavedScheme {
  readonly scheme?: Scheme;
  /** True until the user re-runs or dismisses the offer. */
  readonly offered: boolean;
  dismiss(): void;
  save(scheme: Scheme): Promise<void>;
}

/**
 * On open, loads the scheme saved in the workbook; a setting that no longer parses is ignored (the
 * pane starts from the defaults rather than failing). After a write, the scheme in use is saved.
 */
export function useSavedScheme(host: WorkbookHost): SavedScheme {
  const [scheme, setScheme] = useState<Scheme>();
  const [offered, setOffered] = useState(true);
  useEffect(() => {
    let live = true;
    host.loadSetting<unknown>(SCHEME_SETTING).then((raw) => {
      if (!live || raw === undefined || raw === null) return;
      try { setScheme(parseScheme(raw as Scheme)); } catch { /* an old or damaged setting: start fresh */ }
    }, () => undefined);
    return () => { live = false; };
  }, [host]);
  const save = useCallback((s: Scheme) => host.saveSetting(SCHEME_SETTING, s), [host]);
  return { scheme, offered, dismiss: () => setOffered(false), save };
}
