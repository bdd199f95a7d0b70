export * from "./errors";
export * from "./cells/index";
export * from "./table/index";
export * from "./tiering/index";
export * from "./scheme";
export * from "./ladder/index";
export * from "./tasks/index";
export * from "./sample/index";
