import { deserialize, serialize } from "node:v8";
import type { TierRunReply, TierWorkerMessage } from "../../../src/taskpane/preview-worker/protocol";
import { createTierRunHandler } from "../../../src/taskpane/preview-worker/tier-run-handler";
import type { TierWorkerPort } from "../../../src/taskpane/preview-worker/tier-worker-client";

const clone = <T>(value: T): T => deserialize(serialize(value)) as T;

/**
 * A Web Worker as the tests have none: the worker's own handler (tier-run-handler, the code tier-worker.ts
 * runs), each message structured-cloned both ways as postMessage does (Node's serializer: jsdom has no
 * structuredClone), answered in a later task. `messages`
 * keeps what the page sent, so a test can count runs and table parts.
 */
export class WorkerStandIn implements TierWorkerPort {
  onmessage: ((event: { data: TierRunReply }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  readonly messages: TierWorkerMessage[] = [];
  terminated = false;
  private readonly handle = createTierRunHandler();
  private held: (() => void)[] | undefined;

  constructor(readonly url?: URL) {}

  postMessage(message: TierWorkerMessage): void {
    if (this.terminated) return;
    const received = clone(message);
    this.messages.push(received);
    const answer = () => {
      if (this.terminated) return;
      const reply = this.handle(received);
      if (reply) this.onmessage?.({ data: clone(reply.reply) });
    };
    setTimeout(() => (this.held ? this.held.push(answer) : answer()), 0);
  }

  /** Holds the worker's answers (as a slow worker would) until `release`. */
  hold(): void {
    this.held ??= [];
  }

  release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    held.forEach((answer) => answer());
  }

  /** The worker dies as it would on running out of memory. */
  crash(message: string): void {
    this.terminated = true;
    this.onerror?.({ message });
  }

  terminate(): void {
    this.terminated = true;
  }

  runs(): number {
    return this.messages.filter((m) => m.kind === "run").length;
  }
}
