export { schemeSchema, methodSchema, columnRefSchema } from "./scheme-schema";
export type { Scheme, SchemeMethod, ColumnRef, MethodKind } from "./scheme-schema";
export { defaultScheme } from "./default-scheme";
export { parseScheme } from "./parse-scheme";
