import { TierWorkerClient, type TierWorkerPort } from "./tier-worker-client";

let client: TierWorkerClient | undefined;

/**
 * The page's one tier worker, started when a preview first needs it; undefined where the runtime has no Web
 * Workers (the jest tests, which then tier in place as the pane did before). The worker script is webpack's
 * "tier-worker" entry, served beside the page.
 */
export function tierWorker(): TierWorkerClient | undefined {
  if (client) return client;
  const WorkerClass = workerClass();
  if (!WorkerClass) return undefined;
  client = new TierWorkerClient(new WorkerClass(new URL("tier-worker.js", document.baseURI)));
  return client;
}

/** Whether this runtime can start the tier worker (without starting it). */
export function canUseTierWorker(): boolean {
  return workerClass() !== undefined;
}

function workerClass(): (new (url: URL) => TierWorkerPort) | undefined {
  const WorkerClass = (globalThis as { Worker?: new (url: URL) => TierWorkerPort }).Worker;
  return typeof WorkerClass === "function" && typeof document !== "undefined" ? WorkerClass : undefined;
}

/** Stops the worker (its next use starts a new one): after a crash, and between tests. */
export function stopTierWorker(): void {
  client?.terminate();
  client = undefined;
}
