import { useEffect, useState } from "react";
import type { Scheme } from "../../engine/scheme";
import type { TierPreview } from "../model/preview-scheme";

type StoreEngine = typeof import("./store-engine");

let loaded: StoreEngine | undefined;
let loading: Promise<StoreEngine> | undefined;

/** Fetches the store's engine chunk (store-engine.ts) once; a failed fetch may be retried by the next call. */
export function loadStoreEngine(): Promise<StoreEngine> {
  loading ??= import(/* webpackChunkName: "store-engine" */ "./store-engine").then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The engine when it is loaded; what needs it before then (a re-run, a reducer step after one) awaited it first. */
export function requireStoreEngine(): StoreEngine {
  if (!loaded) throw new Error("TierLadder: the tiering engine is used before it was loaded (loadStoreEngine).");
  return loaded;
}

/**
 * The engine for a render: undefined on the pane's first paint, when the fetch starts (after the paint, in
 * an effect); the component renders again once it is there. Already loaded, it is there at once.
 */
export function useStoreEngine(): StoreEngine | undefined {
  const [engine, setEngine] = useState(() => loaded);
  useEffect(() => {
    if (engine) return undefined;
    let live = true;
    loadStoreEngine().then(
      (m) => {
        if (live) setEngine(m);
      },
      (error: unknown) => console.error("TierLadder: the tiering engine could not be loaded", error),
    );
    return () => {
      live = false;
    };
  }, [engine]);
  return engine;
}

/**
 * previewScheme (model/preview-scheme.ts) without importing the engine: nothing until there is a table and a
 * scheme, and a scheme exists only once the engine checked the form (derive.ts), so it is loaded by then.
 */
export function previewScheme(run: Parameters<StoreEngine["previewScheme"]>[0] & { scheme?: Scheme }): TierPreview {
  if (!run.table || !run.scheme) return {};
  return requireStoreEngine().previewScheme(run);
}
