import type { TierWorkerMessage } from "./protocol";
import { createTierRunHandler } from "./tier-run-handler";

/**
 * The tier worker's entry (webpack entry "tier-worker"): tiers the table off the page's thread, so typing
 * in the Tiers tab never waits for a million rows. Web workers run in the shared runtime's browser, and
 * Microsoft's sample uses them to keep an add-in's UI from blocking:
 * https://github.com/OfficeDev/Office-Add-in-samples/tree/main/Excel-custom-functions/web-worker
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<TierWorkerMessage>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createTierRunHandler();
scope.onmessage = (event) => {
  const answer = handle(event.data);
  if (answer) scope.postMessage(answer.reply, answer.transfer);
};
