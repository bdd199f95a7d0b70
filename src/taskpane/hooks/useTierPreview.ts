import type { TierPreview } from "../model/preview-scheme";
import { useWorkflow } from "../store/context";

export type { TierPreview } from "../model/run-scheme";

/** The tiers of the current table under the Tiers form's scheme (runScheme), or why there are none. */
export function useTierPreview(): TierPreview {
  return useWorkflow().derived.preview;
}
