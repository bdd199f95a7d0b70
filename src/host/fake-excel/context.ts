import type { ChartMember } from "./chart-support";
import { FakeOfficeError } from "./office-error";
import type { WorkbookState } from "./state";

/** What the fake has counted so far (test and benchmark figures). */
export interface FakeStats {
  syncs: number;
  /** Request size of each sync in bytes (JSON size of the queued values and arguments, plus a fixed cost per operation). */
  requestBytes: number[];
  /** Response size of each sync in bytes (JSON size of the loaded values). */
  responseBytes: number[];
  suspendCalculationCalls: number;
}

/** An operation the host queued; `info` lets tests inject a failure at a chosen write. */
export interface ActionInfo {
  readonly kind: string;
  readonly sheet?: string;
  readonly address?: string;
}

export interface Op {
  readonly bytes: number;
  readonly info?: ActionInfo;
  /** Runs at sync; returns response bytes; loads push their commit so nothing is delivered when the response is too big. */
  run(commits: (() => void)[]): number;
}

export interface FakeRuntime {
  readonly state: WorkbookState;
  readonly stats: FakeStats;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  supports(set: string, version: string): boolean;
  /** True where the issue tracker reports (or a test declares) this chart member unsupported for the type. */
  chartMemberUnsupported(type: string, member: ChartMember): boolean;
  failOn?: (info: ActionInfo) => string | undefined;
}

/** Compares "1.10" and "1.9" as versions. */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split(".").map(Number),
    b = need.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** Per-operation overhead in the request, roughly what Office.js serialises for an action's path and ids. */
export const OP_BYTES = 48;

/** The queue of one Excel.run batch: operations run in order at sync(), as in Office.js. */
export class FakeQueue {
  private ops: Op[] = [];
  constructor(readonly runtime: FakeRuntime) {}

  push(op: Op): void {
    this.ops.push(op);
  }

  get pending(): number {
    return this.ops.length;
  }

  /** Executes the queued operations: the whole request is refused when too big; an operation that throws stops the rest (earlier ones stay applied, as in Excel). */
  async sync(): Promise<void> {
    await Promise.resolve();
    const ops = this.ops;
    this.ops = [];
    const { stats } = this.runtime;
    const bytes = ops.reduce((sum, op) => sum + op.bytes, 0) + 200;
    stats.syncs++;
    stats.requestBytes.push(bytes);
    if (bytes > this.runtime.maxRequestBytes) {
      stats.responseBytes.push(0);
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} bytes > ${this.runtime.maxRequestBytes}). See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization.`,
      );
    }
    const commits: (() => void)[] = [];
    let response = 0;
    let changed = false;
    try {
      for (const op of ops) {
        if (op.info) {
          const code = this.runtime.failOn?.(op.info);
          if (code)
            throw new FakeOfficeError(
              code,
              `Injected failure (${code}) at ${op.info.kind} ${op.info.address ?? ""}`.trim(),
              op.info.address,
            );
          changed = true;
        }
        response += op.run(commits);
      }
    } finally {
      if (changed) this.runtime.state.changed();
    }
    stats.responseBytes.push(response);
    // "Excel on the web has a payload size limit for requests and responses of 5MB" (ResponsePayloadSizeLimitExceeded):
    // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
    if (response > this.runtime.maxResponseBytes) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${response} bytes).`,
      );
    }
    for (const commit of commits) commit();
  }
}
