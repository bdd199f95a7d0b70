import { InputError } from "../../../src/engine/errors";
import { normaliseShares } from "../../../src/engine/tiering/normalise-shares";
import { validateShares } from "../../../src/engine/tiering/validate-shares";

describe("validateShares", () => {
  it("accepts positive shares summing to 1 within 1e-9", () => {
    expect(() => validateShares([0.2, 0.3, 0.5])).not.toThrow();
    expect(() => validateShares([0.1, 0.2, 0.7])).not.toThrow(); // 0.1 + 0.2 + 0.7 = 0.9999999999999999
  });

  it("names the entry that is not positive", () => {
    expect(() => validateShares([0.5, 0, 0.5], "rank shares")).toThrow(
      "rank shares, entry 2: expected a share greater than 0, found 0.",
    );
    expect(() => validateShares([1.2, -0.2])).toThrow("entry 2: expected a share greater than 0, found -0.2");
  });

  it("requires at least two tiers and a finite share in each", () => {
    expect(() => validateShares([1])).toThrow("expected at least 2 tiers, found 1");
    expect(() => validateShares([0.5, NaN])).toThrow("entry 2: expected a finite number, found NaN");
  });

  it("reports the sum found when it is not 100 %", () => {
    const err = (() => {
      try {
        validateShares([0.2, 0.3, 0.4]);
      } catch (e) {
        return e as InputError;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect(err?.key).toBe("shares.sum");
    expect(err?.params.sum).toBe(90);
  });
});

describe("normaliseShares", () => {
  it("turns percents summing to 100 into fractions", () => {
    expect(normaliseShares([20, 30, 50])).toEqual([0.2, 0.3, 0.5]);
  });

  it("keeps fractions summing to 1", () => {
    expect(normaliseShares([0.8, 0.15, 0.05])).toEqual([0.8, 0.15, 0.05]);
  });

  it("rejects any other sum instead of rescaling it", () => {
    expect(() => normaliseShares([20, 30, 40])).toThrow("found a sum of 90 %");
  });
});
