import { TextDecoder, TextEncoder } from "node:util";

/**
 * jsdom lacks a few browser APIs Fluent UI touches; minimal stand-ins for component tests. TextEncoder and
 * TextDecoder (the tier worker's reply carries its names as UTF-8) are Node's own, the same WHATWG API.
 */
export function installPolyfills(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.TextEncoder ??= TextEncoder;
  g.TextDecoder ??= TextDecoder;
  if (!g.ResizeObserver) {
    g.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (typeof window !== "undefined" && !window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener() {},
        removeListener() {},
        addEventListener() {},
        removeEventListener() {},
        dispatchEvent: () => false,
      }) as unknown as MediaQueryList;
  }
}
