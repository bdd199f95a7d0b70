/**
 * The code a write (or a re-run) needs and opening the pane does not: building the request and the
 * workbook plan, and reading the last-run snapshot. commands.ts imports it dynamically, as a
 * chunk of its own fetched on the first write, so it is not part of the pane's initial JavaScript.
 */
export { decodeSnapshot } from "../../engine/plans";
export { computeLadder } from "../model/ladder-draft";
export { rerunRequest, writeRequest } from "../model/run-scheme";
export { planToWrite, snapshotToWrite } from "../model/write-plan";
