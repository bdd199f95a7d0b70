import { useCallback, useRef, useState } from "react";
import type { WorkbookPlan } from "../../engine/plans";
import type { ApplyProgress, ApplyReport, WorkbookHost } from "../../host";

export interface ApplyState {
  readonly busy: boolean;
  readonly progress?: ApplyProgress;
  readonly report?: ApplyReport;
  readonly error?: unknown;
  /** Builds the plan (which may throw an InputError) and applies it; one write at a time. */
  apply(build: () => WorkbookPlan): Promise<ApplyReport | undefined>;
}

/** Writing to the workbook: progress while host.applyPlan runs, then the report or the error. */
export function useApplyPlan(host: WorkbookHost): ApplyState {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ApplyProgress>();
  const [report, setReport] = useState<ApplyReport>();
  const [error, setError] = useState<unknown>();
  const running = useRef(false);
  const apply = useCallback(async (build: () => WorkbookPlan) => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true); setError(undefined); setReport(undefined); setProgress({ fraction: 0, step: "" });
    try {
      // Let the progress bar paint before the plan is built (100,000 rows take about a second).
      await new Promise((resolve) => setTimeout(resolve, 0));
      const plan = build();
      const r = await host.applyPlan(plan, setProgress);
      setReport(r);
      return r;
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
      setProgress(undefined);
    }
  }, [host]);
  return { busy, progress, report, error, apply };
}
