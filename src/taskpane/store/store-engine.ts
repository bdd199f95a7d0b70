/**
 * The store's use of the tiering engine (and through its methods' registry and the scheme schema, zod):
 * checking the Tiers form, the preview, a re-run's form and the saved scheme. The pane's first paint (the
 * Data tab, nothing read yet) needs none of it, so it is a chunk of its own that store-engine-loader.ts
 * fetches right after that paint (issue 16: the pane's initial JS, bench/bundle.bench.ts).
 */
export { checkDraft } from "../model/tier-draft";
export { previewScheme } from "../model/preview-scheme";
export { schemeToDraft } from "../model/scheme-to-draft";
export { parseSavedScheme } from "../model/saved-scheme";
