/**
 * The store's tiering engine is a chunk fetched after the pane's first paint (store-engine-loader.ts). The
 * jest setup loads it for every test file, so this file checks the loading in a fresh module registry.
 */
import type * as Loader from "../../../src/taskpane/store/store-engine-loader";

function freshLoader(): typeof Loader {
  let fresh: typeof Loader | undefined;
  jest.isolateModules(() => {
    fresh = jest.requireActual<typeof Loader>("../../../src/taskpane/store/store-engine-loader");
  });
  if (!fresh) throw new Error("loader not loaded");
  return fresh;
}

describe("the store's engine, loaded after the first paint", () => {
  it("is not there before loadStoreEngine, and says so rather than tiering with nothing", () => {
    const l = freshLoader();
    expect(() => l.requireStoreEngine()).toThrow("the tiering engine is used before it was loaded");
  });

  it("previews nothing without a scheme, engine or not (a scheme exists only once the engine checked the form)", () => {
    const l = freshLoader();
    expect(l.previewScheme({ lang: "en-US" })).toEqual({});
  });

  it("is there after loadStoreEngine, once for all callers, and parses a saved scheme", async () => {
    const l = freshLoader();
    const [a, b] = await Promise.all([l.loadStoreEngine(), l.loadStoreEngine()]);
    expect(a).toBe(b);
    expect(l.requireStoreEngine()).toBe(a);
    expect(a.parseSavedScheme("not a scheme")).toBeUndefined();
  });
});
