import { z } from "zod";
import { behaviour } from "./behaviour";
import { computedAbcMethod } from "./computed-abc-method";
import { lifecycle } from "./lifecycle";
import { naturalBreaksMethod } from "./natural-breaks-method";
import { rankShare } from "./rank-share";
import { rfm } from "./rfm";
import { rules } from "./rules";
import { score } from "./score";
import { thresholds } from "./thresholds";
import type { TieringMethod } from "./tiering-method";
import { valueShare } from "./value-share";

/**
 * Every tiering method, in the order the pane lists them. Adding a method: one module implementing
 * TieringMethod, one entry here, its catalog strings (`methods.<kind>`, its controls, its explanation).
 */
const METHODS = [
  rankShare,
  valueShare,
  computedAbcMethod,
  naturalBreaksMethod,
  thresholds,
  score,
  rfm,
  rules,
  lifecycle,
  behaviour,
] as const;

type SchemasOf<T extends readonly { readonly schema: unknown }[]> = { -readonly [I in keyof T]: T[I]["schema"] };

/** The scheme's `method`: one of the methods' options, told apart by `kind`. */
export const methodSchema = z.discriminatedUnion("kind", METHODS.map((m) => m.schema) as SchemasOf<typeof METHODS>);

export type SchemeMethod = z.infer<typeof methodSchema>;
export type MethodKind = SchemeMethod["kind"];

/** The method kinds in the pane's order. */
export const METHOD_KINDS: readonly MethodKind[] = METHODS.map((m) => m.kind);

const BY_KIND = new Map<string, TieringMethod<SchemeMethod>>(
  METHODS.map((m) => [m.kind, m as unknown as TieringMethod<SchemeMethod>]),
);

/**
 * The method that handles `options` (a scheme's `method`, or just its kind), typed for those options.
 * The cast is the registry's one: BY_KIND maps each kind to the module whose schema has that kind.
 */
export function methodOf<O extends SchemeMethod>(options: O | { readonly kind: O["kind"] }): TieringMethod<O> {
  const method = BY_KIND.get(options.kind);
  if (!method) throw new Error(`no tiering method "${options.kind}"`);
  return method as unknown as TieringMethod<O>;
}
