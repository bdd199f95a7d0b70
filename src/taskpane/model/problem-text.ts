import type { TFunction } from "i18next";
import type { Problem } from "./tier-draft";

/** A validation problem in the pane's language (a column kind is itself translated). */
export function problemText(t: TFunction, p: Problem | undefined): string | undefined {
  if (!p) return undefined;
  const params = { ...p.params };
  if (typeof params.kind === "string") params.kind = t(`kinds.${params.kind}`);
  return t(`validation.${p.key}`, params);
}
