/**
 * The ribbon's "Re-run scheme" and the task pane share one runtime (manifest: Runtime lifetime="long"),
 * so the command does not need a message channel: it raises a request here and the pane, which owns the
 * progress bar and the message bars, performs the re-run. A request made before the pane has mounted
 * waits until the pane subscribes, so a click on a closed pane is not lost.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let pending = 0;

/** Asks the pane to apply the workbook's saved scheme to the current selection. */
export function requestRerun(): void {
  if (listeners.size === 0) {
    pending += 1;
    return;
  }
  listeners.forEach((listener) => listener());
}

/** Subscribes the pane; a request that was waiting is delivered at once (once, however many clicks). */
export function onRerunRequested(listener: Listener): () => void {
  listeners.add(listener);
  if (pending > 0) {
    pending = 0;
    listener();
  }
  return () => {
    listeners.delete(listener);
  };
}
