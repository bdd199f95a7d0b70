/** The tiering scheme (DESIGN.md): see scheme/ for the zod schema, the default and the parser. */
export * from "./scheme/index";
