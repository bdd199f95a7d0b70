import { type ApplyRun, type Decoration, type Step, englishNotice } from "./apply-types";
import { errorCode } from "./errors";

/** A sync of the write failed; `final` when it was the last one (which carries the commit and the decorations). */
export class StepsFailed extends Error {
  constructor(
    readonly error: unknown,
    readonly final: boolean,
  ) {
    super("A write sync failed.");
  }
}

/**
 * Packs steps into syncs under the budget (each sync starts with suspendApiCalculationUntilNextSync, ExcelApi
 * 1.6: https://learn.microsoft.com/en-us/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1));
 * a request refused as too large is retried with its chunks halved (nothing of a refused request was applied).
 * The decorations ride in the last sync, after the last step (the commit), so a small write stays one sync.
 */
export async function runSteps(run: ApplyRun, steps: Step[], tail: readonly Decoration[]): Promise<void> {
  const total = steps.reduce((s, x) => s + x.bytes, 0) || 1;
  let done = 0,
    i = 0,
    limit = run.budget;
  while (i < steps.length) {
    const j = batchEnd(steps, i, limit);
    const final = j === steps.length;
    if (run.supports("1.6")) run.ctx.application.suspendApiCalculationUntilNextSync();
    for (let k = i; k < j; k++) steps[k].queue(run.ctx);
    if (final) for (const d of tail) d.queue(run.ctx);
    try {
      await run.sync();
    } catch (e) {
      const bytes = steps.slice(i, j).reduce((s, x) => s + x.bytes, 0);
      if (errorCode(e) !== "RequestPayloadSizeLimitExceeded" || (j - i === 1 && !steps[i].split))
        throw new StepsFailed(e, final);
      steps.splice(i, j - i, ...steps.slice(i, j).flatMap((s) => (s.split ? s.split() : [s])));
      limit = Math.max(1, Math.floor(Math.min(limit, bytes) / 2));
      continue;
    }
    for (let k = i; k < j; k++) done += steps[k].bytes;
    const progress = steps[j - 1].progress;
    run.onProgress?.({ fraction: Math.min(0.99, done / total), step: englishNotice(progress), notice: progress });
    i = j;
    limit = run.budget;
  }
}

/** The end of the batch starting at i: as many steps as fit the limit; a step reading sheet ids waits for the sync creating them. */
function batchEnd(steps: Step[], i: number, limit: number): number {
  let bytes = 0,
    j = i;
  while (j < steps.length && (j === i || bytes + steps[j].bytes <= limit)) {
    if (steps[j].needsSheetIds && j > i && steps.slice(i, j).some((s) => s.createsSheet)) break;
    bytes += steps[j++].bytes;
  }
  return j;
}
