import fc from "fast-check";
import { argsortFloat64 } from "../../../src/engine/tiering/argsort-float64";

describe("argsortFloat64", () => {
  it("orders negative, zero, tiny and huge values as numbers compare", () => {
    const v = Float64Array.from([3, -1, 0, -7.25, 1e300, -1e-300, 5e-324, 2.5, -1e300]);
    expect(Array.from(argsortFloat64(v), (i) => v[i])).toEqual([-1e300, -7.25, -1, -1e-300, 0, 5e-324, 2.5, 3, 1e300]);
  });

  it("agrees with the native numeric sort and keeps equal values in row order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 })), {
          maxLength: 200,
        }),
        (xs) => {
          const v = Float64Array.from(xs);
          const order = argsortFloat64(v);
          const sorted = v.slice().sort();
          order.forEach((row, i) => expect(v[row] === sorted[i]).toBe(true));
          for (let i = 1; i < order.length; i++)
            if (v[order[i]] === v[order[i - 1]] && Object.is(v[order[i]], v[order[i - 1]]))
              expect(order[i]).toBeGreaterThan(order[i - 1]);
        },
      ),
    );
  });
});
