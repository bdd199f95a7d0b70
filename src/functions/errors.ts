import { InputError } from "../engine/errors";

/**
 * The Excel error codes a TIER function may raise: the two whose message Excel shows. Excel drops
 * the message of every other code (#NUM!, #DIV/0!, …): "You can only return a custom error message
 * with the #VALUE! and #N/A errors" (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors),
 * and the runtime's CustomFunctionError.toJSON sends a message only for those two
 * (@microsoft/office-js dist/custom-functions-runtime.debug.js, CustomFunctionError._getMessage).
 * Every error a user can cause must say what to change, so this type leaves #NUM! out.
 */
export type FunctionErrorCode = "#VALUE!" | "#N/A";

/**
 * Stand-in for `CustomFunctions.Error` where the Office runtime is absent (the preview, Node):
 * same `code` and `message`, so callers and tests treat both alike.
 */
export class LocalFunctionError extends Error {
  constructor(
    readonly code: FunctionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "LocalFunctionError";
  }
}

/** What a TIER function throws: the runtime's error class when present, else the local one. */
export interface FunctionError {
  readonly code: string;
  readonly message?: string;
}

type ErrorConstructor = new (code: string, message?: string) => FunctionError;

function runtimeErrorClass(): ErrorConstructor | undefined {
  // `CustomFunctions` is a global only inside the Office custom-functions runtime.
  const runtime = (globalThis as { CustomFunctions?: { Error?: unknown } }).CustomFunctions;
  return typeof runtime?.Error === "function" ? (runtime.Error as ErrorConstructor) : undefined;
}

/** Creates the error Excel shows as `code` with `message` in the cell's error tooltip. */
export function functionError(code: FunctionErrorCode, message: string): FunctionError {
  const RuntimeError = runtimeErrorClass();
  return RuntimeError ? new RuntimeError(code, message) : new LocalFunctionError(code, message);
}

/**
 * #VALUE!: an argument Excel passed that the function cannot use (text where numbers belong, a
 * wrong length, a rate above 1, k below 2, a range too large, a result beyond Excel's numbers), with
 * the message Excel shows in the cell's error tooltip.
 */
export function valueError(message: string): FunctionError {
  return functionError("#VALUE!", message);
}

/** True for an error made by {@link functionError} (either class). */
export function isFunctionError(error: unknown): error is FunctionError {
  if (error instanceof LocalFunctionError) return true;
  const RuntimeError = runtimeErrorClass();
  return RuntimeError !== undefined && error instanceof RuntimeError;
}

/**
 * Maps anything a wrapper's body threw to what Excel should show: our own errors pass through, the
 * engine's InputError becomes #VALUE! with its English message (the engine checked the input, so the
 * input was of the wrong kind), anything else is rethrown so real bugs are not disguised as user errors.
 */
export function toFunctionError(error: unknown): unknown {
  if (isFunctionError(error)) return error;
  if (error instanceof InputError) return valueError(error.message);
  return error;
}

/** Runs a wrapper's body and converts what it throws with {@link toFunctionError}. */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toFunctionError(error);
  }
}
