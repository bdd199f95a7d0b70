import { useCallback, useEffect, useRef, useState } from "react";
import type { SelectionRead, WorkbookHost } from "../../host";

export interface SelectionState {
  readonly read?: SelectionRead;
  readonly loading: boolean;
  readonly error?: unknown;
  readonly follow: boolean;
  setFollow(follow: boolean): void;
  /** Reads the selection; resolves to the read (undefined when it failed or a newer read started). */
  useSelection(): Promise<SelectionRead | undefined>;
}

/**
 * Reads the selection through the host on demand ("Use selection") and, while `follow` is on, again on
 * every selection change. A read that finishes after a newer one started is dropped.
 */
export function useSelectionRead(host: WorkbookHost): SelectionState {
  const [read, setRead] = useState<SelectionRead>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const [follow, setFollow] = useState(false);
  const generation = useRef(0);

  const useSelection = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const r = await host.readSelection();
      if (mine !== generation.current) return undefined;
      setRead(r); setError(undefined);
      return r;
    } catch (e) {
      // What was read before is stale now: clear it, so no tiers are shown for cells no longer selected.
      if (mine === generation.current) { setError(e); setRead(undefined); }
      return undefined;
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [host]);

  useEffect(() => {
    if (!follow) return undefined;
    return host.onSelectionChanged(() => { void useSelection(); });
  }, [follow, host, useSelection]);

  return { read, loading, error, follow, setFollow, useSelection };
}
