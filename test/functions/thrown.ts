/** Runs fn and returns what it threw (code and message); fails the test if it returned instead. */
export function thrown(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected the call to throw");
}

/** A column range as Excel passes it: [[v1], [v2], …]. */
export const column = (xs: unknown[]): unknown[][] => xs.map((x) => [x]);
