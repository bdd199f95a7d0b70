import { HostError, type HostNotice } from "../host-api";
import { type ApplyRun, type Decoration, type WriteJob, englishNotice, notice } from "./apply-types";
import type { WritePlan } from "./build-write";
import { hasCommitted } from "./commit";
import { errorCode, toHostError } from "./errors";
import { restoreWorkbook } from "./restore";
import { StepsFailed, runSteps } from "./run-steps";

/**
 * Runs the write as a transaction: the data steps and the commit, with the decorations after them in the last
 * sync. If a sync fails before the commit, the workbook is put back (restore.ts) and the error says what had
 * been written, what was put back and what could not be. If only a decoration failed, the data stays: each
 * decoration is tried again on its own, and one that fails again becomes a warning.
 */
export async function transact(run: ApplyRun, job: WriteJob, write: WritePlan): Promise<void> {
  try {
    await runSteps(run, write.steps, write.decorations);
    return;
  } catch (e) {
    if (!(e instanceof StepsFailed)) throw e;
    if (e.final && (await hasCommitted(run, write.runId))) return finishAlone(run, write.decorations);
    throw await rollBack(run, job, write, e.error);
  }
}

/** After a committed write whose last sync failed in a decoration: each decoration again, alone. */
async function finishAlone(run: ApplyRun, decorations: readonly Decoration[]): Promise<void> {
  for (const d of decorations) {
    d.queue(run.ctx);
    try {
      await run.sync();
    } catch (e) {
      // Deleting what is already gone (an old chart, an old setting piece) is done, not a failure.
      if (errorCode(e) === "ItemNotFound") continue;
      run.notices.push(
        notice("write.notices.finishFailed", {
          what: d.what,
          reason: errorCode(e) ?? (e instanceof Error ? e.message : String(e)),
        }),
      );
    }
  }
}

async function rollBack(run: ApplyRun, job: WriteJob, write: WritePlan, cause: unknown): Promise<HostError> {
  const reason = toHostError(cause, "Writing to the workbook");
  const { putBack, problems } = await restoreWorkbook(run, job, write.settingWrites);
  const details: HostNotice[] = [
    ...run.written.map((w) => notice("write.failure.removed", { what: w.what, address: w.address })),
    ...putBack,
    ...problems,
  ];
  const message = [reason.message, ...details.map(englishNotice)].join(" ");
  const error = new HostError(reason.code, message, reason.key, reason.params);
  error.details = details;
  return error;
}
