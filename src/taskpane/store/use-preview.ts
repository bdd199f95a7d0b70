import { useEffect, useMemo, useState } from "react";
import type { Scheme } from "../../engine/scheme";
import type { Table } from "../../engine/table";
import type { Lang } from "../../i18n/language";
import type { TierPreview } from "../model/preview-scheme";
import { previewScheme } from "./store-engine-loader";
import { canUseTierWorker, stopTierWorker, tierWorker } from "../preview-worker/tier-worker-start";

/**
 * From this many rows the preview is tiered in the tier worker. Below it, tiering in place is quicker to show
 * (typing bench, 2026-11-30: 100,000 customers, keystroke to preview 71 ms in place, ~240 ms through the worker,
 * the longest task in place ~70–120 ms); above it a keystroke would hold the pane for more than ~100 ms, and at
 * 1,048,576 rows for seconds (issue 16: never blocked longer than 200 ms).
 */
export const OFF_THREAD_ROWS = 150_000;

interface PreviewInput {
  readonly table?: Table;
  readonly scheme?: Scheme;
  readonly lang: Lang;
  readonly excludeRows?: ReadonlySet<number>;
}

/** The Tiers tab's preview of `scheme` on `table`: in place for small tables, in the tier worker for large ones. */
export function usePreview({ table, scheme, lang, excludeRows }: PreviewInput): TierPreview {
  const offThread = table !== undefined && table.rows.length >= OFF_THREAD_ROWS && canUseTierWorker();
  const inPlace = useMemo(
    () => (offThread ? {} : previewScheme({ table, scheme, lang, excludeRows })),
    [offThread, table, scheme, lang, excludeRows],
  );
  const worked = useWorkerPreview(offThread ? { table, scheme, lang, excludeRows } : undefined);
  return offThread ? worked : inPlace;
}

/** The worker's preview, with `pending` while the latest scheme is on its way; the previous tiers stay shown meanwhile. */
function useWorkerPreview(input: PreviewInput | undefined): TierPreview {
  const [shown, setShown] = useState<{ for?: PreviewInput; preview: TierPreview }>({ preview: {} });
  const { table, scheme, lang, excludeRows } = input ?? ({} as Partial<PreviewInput>);
  useEffect(() => {
    const worker = tierWorker();
    if (!table || !scheme || !lang || !worker) return undefined;
    let live = true;
    const asked = { table, scheme, lang, excludeRows };
    worker.run({ ...asked, today: new Date() }).then(
      (outcome) => {
        if (!live || !outcome) return;
        setShown({ for: asked, preview: "error" in outcome ? outcome : { output: outcome.output, excludeRows } });
      },
      (error: unknown) => {
        stopTierWorker(); // the worker is gone: the next run starts a new one
        if (live) setShown({ for: asked, preview: { error } });
      },
    );
    return () => {
      live = false;
    };
  }, [table, scheme, lang, excludeRows]);
  if (!table || !scheme) return {};
  const was = shown.for;
  // Another table's tiers are never shown; the same table's previous tiers are, until the new ones come.
  const current = was?.table === table ? shown.preview : {};
  const upToDate =
    was?.table === table && was.scheme === scheme && was.lang === lang && was.excludeRows === excludeRows;
  return upToDate ? current : { ...current, pending: true };
}
