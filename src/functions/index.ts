/**
 * Public API of the custom-functions layer: the functions' synchronous work (cell-functions.ts). Excel loads
 * functions.ts (webpack entry), whose Promise-returning wrappers load that work on the first call.
 */
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
} from "./cell-functions";
export { functionError, valueError, isFunctionError, toFunctionError, guarded, LocalFunctionError } from "./errors";
export type { FunctionError, FunctionErrorCode } from "./errors";
export { tierOfCache, tierOfCell } from "./tier-of";
export { ContentCache } from "./content-cache";
export { TIER_OF_METHODS, prepareTierLookup } from "./tier-of-prepare";
export type { TierOfMethod, TierLookup } from "./tier-of-prepare";
export { RANK_SHARE_DEFAULTS, VALUE_SHARE_DEFAULTS } from "./spill-share-tiers";
