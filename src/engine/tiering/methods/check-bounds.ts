import { z } from "zod";
import type { SchemeIssue } from "./tiering-method";

export const finite = z.number().refine(Number.isFinite, { message: "expected a finite number" });

/** Thresholds in a scheme: finite numbers, at least one (their count and order are checked against the tiers). */
export const boundsSchema = z.array(finite).min(1, { message: "expected at least 1 threshold" });

/** k − 1 strictly decreasing thresholds for k tiers. */
export function checkBounds(
  bounds: readonly number[] | undefined,
  k: number,
  path: readonly (string | number)[],
  issue: SchemeIssue,
): void {
  if (!bounds) {
    issue(path, `expected ${k - 1} thresholds`);
    return;
  }
  if (bounds.length !== k - 1)
    issue(path, `expected ${k - 1} thresholds (one fewer than the ${k} tiers), found ${bounds.length}`);
  for (let i = 1; i < bounds.length; i++) {
    if (!(bounds[i] < bounds[i - 1])) {
      issue(
        [...path, i],
        `expected a value below ${bounds[i - 1]} (thresholds must be strictly decreasing), found ${bounds[i]}`,
      );
    }
  }
}
