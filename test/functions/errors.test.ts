import { InputError } from "../../src/engine/errors";
import { abc, stages } from "../../src/functions/functions";
import { functionError, guarded, isFunctionError, LocalFunctionError, numError, toFunctionError, valueError } from "../../src/functions/errors";

/** A stand-in for the Office runtime's CustomFunctions.Error, installed as a global in some tests. */
class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

describe("function errors", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it("uses a local error class with Excel's code and the message when the Office runtime is absent", () => {
    const e = valueError("values: no numbers found in 3 cells.");
    expect(e).toBeInstanceOf(LocalFunctionError);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("values: no numbers found in 3 cells.");
    expect(numError("k: 1").code).toBe("#NUM!");
  });

  it("uses CustomFunctions.Error when the Office runtime provides it", () => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: RuntimeError };
    const e = functionError("#NUM!", "rates: rate 2 is 1.5");
    expect(e).toBeInstanceOf(RuntimeError);
    expect(e.code).toBe("#NUM!");
    expect(e.message).toBe("rates: rate 2 is 1.5");
    expect(isFunctionError(e)).toBe(true);
  });

  it("turns an engine InputError into #VALUE! with the engine's English message", () => {
    const mapped = toFunctionError(new InputError("shares.sum", { sum: 90 }, "shares: expected 100 %, found 90 %.")) as LocalFunctionError;
    expect(mapped.code).toBe("#VALUE!");
    expect(mapped.message).toBe("shares: expected 100 %, found 90 %.");
  });

  it("turns an engine InputError into the runtime's error class inside Excel", () => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: RuntimeError };
    expect(() => guarded(() => { throw new InputError("x", {}, "bad x"); })).toThrow(RuntimeError);
  });

  it("lets a programming error through unchanged instead of disguising it as a user error", () => {
    const bug = new TypeError("oops");
    expect(toFunctionError(bug)).toBe(bug);
    expect(() => guarded(() => { throw bug; })).toThrow(TypeError);
  });

  it("makes a TIER function throw CustomFunctions.Error with #VALUE! or #NUM! inside Excel", () => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: RuntimeError };
    let caught: unknown;
    try {
      abc([[1], [2]], [[20], [30], [40]]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RuntimeError);
    expect(caught).toMatchObject({ code: "#VALUE!", message: "shares: shares must sum to 1 (fractions) or 100 (percents); they sum to 90." });
    expect(() => stages(3, [[1.5]])).toThrow(RuntimeError);
  });
});
