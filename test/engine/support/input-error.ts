import { InputError } from "../../../src/engine/errors";

/** The InputError `run` throws, to check its catalog key and params (fails when it throws nothing or another error). */
export function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError, got none");
}
