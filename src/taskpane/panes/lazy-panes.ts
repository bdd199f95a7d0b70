import { lazy } from "react";

/**
 * The steps whose code is not needed for the pane's first paint (the Data tab): each is a webpack chunk
 * of its own, loaded when its tab is first opened, so the pane opens with less JavaScript to fetch and
 * parse (bench/bundle.bench.ts, bench/cold-load.bench.ts). Shell.tsx puts them in a StepBoundary.
 */
/** Tiers is the usual next step: fetched when the browser is idle after the first paint (webpackPrefetch). */
export const LazyTiersStep = lazy(() =>
  import(/* webpackChunkName: "step-tiers", webpackPrefetch: true */ "./TiersStep").then((m) => ({
    default: m.TiersStep,
  })),
);
export const LazyLadderPane = lazy(() =>
  import(/* webpackChunkName: "step-ladder" */ "./LadderPane").then((m) => ({ default: m.LadderPane })),
);
export const LazyTasksPane = lazy(() =>
  import(/* webpackChunkName: "step-tasks" */ "./TasksPane").then((m) => ({ default: m.TasksPane })),
);
export const LazyRepsPane = lazy(() =>
  import(/* webpackChunkName: "step-reps" */ "./RepsPane").then((m) => ({ default: m.RepsPane })),
);
export const LazyWritePane = lazy(() =>
  import(/* webpackChunkName: "step-write" */ "./WritePane").then((m) => ({ default: m.WritePane })),
);
/** The write's progress and report under the Ladder and Tasks steps (the Write step shows its own). */
export const LazyWriteStatus = lazy(() =>
  import(/* webpackChunkName: "write-status" */ "../components/WriteStatus").then((m) => ({ default: m.WriteStatus })),
);
