import type { ComponentType } from "react";
import { loadEnglishSteps } from "../../i18n/catalogs";
import { lazyStep } from "./lazy-step";

/**
 * The steps whose code is not needed for the pane's first paint (the Data tab): each is a webpack chunk of its
 * own, so the pane opens with less JavaScript to fetch, parse and run (bench/bundle.bench.ts,
 * bench/cold-load.bench.ts). Shell.tsx renders them in a StepBoundary, and preloads them all once the pane is
 * idle after its first paint (preloadSteps), so a tab opened later usually shows at once. Each waits for English's
 * steps texts too (src/i18n/catalogs.ts), so no step shows a catalog key instead of its text.
 */
const withTexts = <P extends object>(load: () => Promise<ComponentType<P>>) =>
  lazyStep(() => Promise.all([load(), loadEnglishSteps()]).then(([step]) => step));
const tiers = withTexts(() => import(/* webpackChunkName: "step-tiers" */ "./TiersStep").then((m) => m.TiersStep));
const ladder = withTexts(() => import(/* webpackChunkName: "step-ladder" */ "./LadderPane").then((m) => m.LadderPane));
const tasks = withTexts(() => import(/* webpackChunkName: "step-tasks" */ "./TasksPane").then((m) => m.TasksPane));
const reps = withTexts(() => import(/* webpackChunkName: "step-reps" */ "./RepsPane").then((m) => m.RepsPane));
const write = withTexts(() => import(/* webpackChunkName: "step-write" */ "./WritePane").then((m) => m.WritePane));
/** The write's progress and report under the Ladder and Tasks steps (the Write step shows its own). */
const writeStatus = withTexts(() =>
  import(/* webpackChunkName: "write-status" */ "../components/WriteStatus").then((m) => m.WriteStatus),
);

/** The Data tab's part shown once a selection is read (it needs no step texts: its own are in the first part). */
const selectionDetails = lazyStep(() =>
  import(/* webpackChunkName: "data-details" */ "./SelectionDetails").then((m) => m.SelectionDetails),
);

export const LazySelectionDetails = selectionDetails.Step;
/** Fetches the Data tab's details (preloadSteps does it first; jest's set-up before every test file). */
export const preloadSelectionDetails = selectionDetails.preload;
export const LazyTiersStep = tiers.Step;
export const LazyLadderPane = ladder.Step;
export const LazyTasksPane = tasks.Step;
export const LazyRepsPane = reps.Step;
export const LazyWritePane = write.Step;
export const LazyWriteStatus = writeStatus.Step;

/**
 * Fetches every step's chunk, the Data tab's details and Tiers (the usual next step) first; a failure shows when
 * that tab is opened.
 */
export function preloadSteps(): void {
  void [selectionDetails, tiers, write, ladder, tasks, reps, writeStatus].reduce<Promise<unknown>>(
    (previous, step) => previous.then(step.preload).catch(() => undefined),
    Promise.resolve(),
  );
}
