import type { Table } from "../../engine/table";
import type { TierTableOutput } from "../../engine/tiering";
import { unpackOutput } from "./reply-packing";
import { receivedError, type RunMessage, type TierRunReply, type TierWorkerMessage } from "./protocol";

/** The part of a Web Worker the client uses (a test gives it a stand-in running the same handler). */
export interface TierWorkerPort {
  postMessage(message: TierWorkerMessage): void;
  onmessage: ((event: { data: TierRunReply }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

/** A preview run as the pane has it: the whole table every time (the client sends it only when it changed). */
export type TierRun = Omit<RunMessage, "kind" | "id" | "tableId"> & { readonly table: Table };

/** What a run comes back with: the tiers, or the error the engine threw (as it would have in place). */
export type TierRunOutcome = { readonly output: TierTableOutput } | { readonly error: Error };

/** Rows per message while a table goes to the worker: about 20–50 ms of structured cloning each (8 columns). */
export const ROWS_PER_PART = 20_000;

interface Pending {
  readonly run: TierRun;
  readonly resolve: (outcome: TierRunOutcome | undefined) => void;
  readonly reject: (error: unknown) => void;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs previews on the tier worker, latest first: while one run is in the worker, a new one waits, and a newer
 * one still replaces it unsent (resolved with undefined), so a burst of keystrokes costs at most two runs, not one
 * per key. A new table goes over in parts between which the page handles input.
 */
export class TierWorkerClient {
  private nextId = 1;
  private tableIds = 0;
  private inFlight?: Pending & { readonly id: number };
  private waiting?: Pending;
  private sentTable?: Table;
  /** Bumped when the worker fails, so a table still being sent stops. */
  private generation = 0;

  constructor(private readonly port: TierWorkerPort) {
    port.onmessage = (event) => this.received(event.data);
    port.onerror = (event) => this.failed(new Error(`tier worker: ${event.message ?? "stopped"}`));
  }

  /** The outcome of `run`, or undefined when a later run replaced it before it reached the worker. */
  run(run: TierRun): Promise<TierRunOutcome | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting?.resolve(undefined);
      this.waiting = { run, resolve, reject };
      if (!this.inFlight) void this.sendWaiting();
    });
  }

  terminate(): void {
    this.port.terminate();
    this.failed(new Error("tier worker: stopped"));
  }

  private async sendWaiting(): Promise<void> {
    const next = this.waiting;
    if (!next) return;
    this.waiting = undefined;
    const id = this.nextId++;
    this.inFlight = { ...next, id };
    const { table, ...settings } = next.run;
    const generation = this.generation;
    try {
      if (table !== this.sentTable && !(await this.sendTable(table, generation))) return;
      this.port.postMessage({ kind: "run", id, tableId: this.tableIds, ...settings });
    } catch (error) {
      // postMessage refused the data (a DataCloneError): this run fails, the next one tries again.
      this.sentTable = undefined;
      this.inFlight = undefined;
      next.reject(error);
      void this.sendWaiting();
    }
  }

  /** Sends `table` in parts; false when the worker failed meanwhile. */
  private async sendTable(table: Table, generation: number): Promise<boolean> {
    const tableId = ++this.tableIds;
    this.sentTable = table;
    const { columns, hasHeader, firstRow } = table;
    this.port.postMessage({ kind: "table", tableId, columns, hasHeader, firstRow });
    for (let from = 0; from < table.rows.length; from += ROWS_PER_PART) {
      if (from > 0) await nextTask();
      if (generation !== this.generation) return false;
      this.port.postMessage({ kind: "rows", tableId, rows: table.rows.slice(from, from + ROWS_PER_PART) });
    }
    return true;
  }

  private received(reply: TierRunReply): void {
    const done = this.inFlight;
    if (!done || done.id !== reply.id) return;
    this.inFlight = undefined;
    if (reply.error) done.resolve({ error: receivedError(reply.error) });
    else if (reply.output) done.resolve({ output: unpackOutput(reply.output, reply.customerNames) });
    else done.reject(new Error(`tier worker: run ${reply.id} came back empty`));
    void this.sendWaiting();
  }

  /** The worker is gone (an error it could not catch, such as running out of memory): every run waiting fails. */
  private failed(error: Error): void {
    this.generation++;
    for (const p of [this.inFlight, this.waiting]) p?.reject(error);
    this.inFlight = this.waiting = undefined;
    this.sentTable = undefined;
  }
}
