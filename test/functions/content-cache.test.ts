import { ContentCache } from "../../src/functions/content-cache";
import * as contentHash from "../../src/functions/content-hash";
import { hashFloat64, sameFloat64 } from "../../src/functions/content-hash";

describe("content cache", () => {
  it("prepares once for many fresh arrays holding the same values", () => {
    const cache = new ContentCache<number>(4);
    let prepared = 0;
    const prepare = (v: Float64Array) => (prepared++, v.length);
    for (let i = 0; i < 100; i++) cache.get("abc", Float64Array.from([3, 1, 2, NaN]), prepare);
    expect(prepared).toBe(1);
    expect(cache.hits).toBe(99);
    expect(cache.misses).toBe(1);
  });

  it("never serves a result prepared from other values, even after a single value changes", () => {
    const cache = new ContentCache<number>(4);
    const sum = (v: Float64Array) => v.reduce((a, b) => a + b, 0);
    expect(cache.get("abc", Float64Array.from([1, 2, 3]), sum)).toBe(6);
    expect(cache.get("abc", Float64Array.from([1, 2, 4]), sum)).toBe(7);
    expect(cache.get("abc", Float64Array.from([1, 2]), sum)).toBe(3);
    expect(cache.get("abc", Float64Array.from([1, 2, 3]), sum)).toBe(6);
  });

  it("is not fooled when the caller changes its array after the call", () => {
    const cache = new ContentCache<number>(4);
    const sum = (v: Float64Array) => v.reduce((a, b) => a + b, 0);
    const values = Float64Array.from([1, 2, 3]);
    cache.get("abc", values, sum);
    values[0] = 10;
    expect(cache.get("abc", values, sum)).toBe(15);
  });

  it("keeps results apart per tag", () => {
    const cache = new ContentCache<string>(4);
    const v = Float64Array.from([1, 2, 3]);
    expect(cache.get("abc", v, () => "rank")).toBe("rank");
    expect(cache.get("pareto", v, () => "value")).toBe("value");
    expect(cache.get("abc", v, () => "again")).toBe("rank");
  });

  it("keeps a colliding hash from returning the wrong entry", () => {
    // Force a collision: two different arrays the cache must tell apart by content.
    const cache = new ContentCache<number>(4);
    const a = Float64Array.from([1, 2]);
    const b = Float64Array.from([2, 1]);
    const spy = jest.spyOn(contentHash, "hashFloat64").mockReturnValue(42);
    try {
      expect(cache.get("t", a, () => 1)).toBe(1);
      expect(cache.get("t", b, () => 2)).toBe(2);
      expect(cache.get("t", a, () => 3)).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("evicts the least recently used entry beyond its capacity", () => {
    const cache = new ContentCache<number>(2);
    const arr = (x: number) => Float64Array.from([x]);
    cache.get("t", arr(1), () => 1);
    cache.get("t", arr(2), () => 2);
    cache.get("t", arr(1), () => -1); // touch 1, so 2 is now the oldest
    cache.get("t", arr(3), () => 3);
    expect(cache.size).toBe(2);
    expect(cache.get("t", arr(1), () => -1)).toBe(1);
    expect(cache.get("t", arr(2), () => 22)).toBe(22); // 2 was evicted and is prepared again
  });

  it("hashes equal contents equally and tells NaN rows and their positions apart", () => {
    expect(hashFloat64(Float64Array.from([1, NaN, 3]))).toBe(hashFloat64(Float64Array.from([1, NaN, 3])));
    expect(hashFloat64(Float64Array.from([1, 2, 3]))).not.toBe(hashFloat64(Float64Array.from([3, 2, 1])));
    expect(sameFloat64(Float64Array.from([1, NaN]), Float64Array.from([1, NaN]))).toBe(true);
    expect(sameFloat64(Float64Array.from([1, NaN]), Float64Array.from([NaN, 1]))).toBe(false);
  });
});
