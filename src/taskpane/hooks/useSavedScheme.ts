import { useCallback, useEffect, useState } from "react";
import type { WorkbookHost } from "../../host";
import { parseScheme, type Scheme } from "../../engine/scheme";

/** Workbook setting (the host prefixes "TierLadder.") that holds the last scheme written (JSON, validated by parseScheme on the way back). */
export const SCHEME_SETTING = "scheme";

export interface SavedScheme {
  readonly scheme?: Scheme;
  /** True once the setting has been read (or could not be): before that, "no scheme" is not yet known. */
  readonly loaded: boolean;
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
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    host.loadSetting<unknown>(SCHEME_SETTING).then((raw) => {
      if (!live) return;
      setLoaded(true);
      if (raw === undefined || raw === null) return;
      try { setScheme(parseScheme(raw as Scheme)); } catch { /* an old or damaged setting: start fresh */ }
    }, () => { if (live) setLoaded(true); });
    return () => { live = false; };
  }, [host]);
  // The scheme just written is the one a later re-run (pane or ribbon) repeats.
  const save = useCallback((s: Scheme) => host.saveSetting(SCHEME_SETTING, s).then(() => { setScheme(s); setOffered(false); }), [host]);
  return { scheme, loaded, offered, dismiss: () => setOffered(false), save };
}
