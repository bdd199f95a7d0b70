import { createElement, lazy, type ComponentType } from "react";

/**
 * A component whose code is a chunk of its own: React.lazy until the chunk is there (it suspends, and the
 * StepBoundary shows its spinner), the component itself after. `preload` fetches the chunk ahead of need, so
 * a tab opened after it renders at once: no spinner, and no wait for React's Suspense reveal throttle.
 */
export function lazyStep<P extends object>(
  load: () => Promise<ComponentType<P>>,
): { Step: ComponentType<P>; preload: () => Promise<unknown> } {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchOnce = () => {
    loading ??= load().then((c) => (loaded = c));
    return loading;
  };
  const Lazy = lazy(() => fetchOnce().then((c) => ({ default: c })));
  function Step(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  // A failed fetch may be retried by the next preload or render: React.lazy keeps its own (failed) result.
  const preload = () =>
    fetchOnce().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return { Step, preload };
}
