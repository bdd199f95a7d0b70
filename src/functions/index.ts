/** Public API of the custom-functions layer. Excel loads functions.ts directly (webpack entry). */
export {
  abc,
  pareto,
  computed,
  breaks,
  threshold,
  tierOf,
  score,
  rfm,
  segment,
  stages,
  rates,
  forecast,
  allocate,
} from "./functions";
export { functionError, valueError, isFunctionError, toFunctionError, guarded, LocalFunctionError } from "./errors";
export type { FunctionError, FunctionErrorCode } from "./errors";
export { tierOfCache, tierOfCell } from "./tier-of";
export { ContentCache } from "./content-cache";
export { TIER_OF_METHODS, prepareTierLookup } from "./tier-of-prepare";
export type { TierOfMethod, TierLookup } from "./tier-of-prepare";
export { RANK_SHARE_DEFAULTS, VALUE_SHARE_DEFAULTS } from "./spill-share-tiers";
