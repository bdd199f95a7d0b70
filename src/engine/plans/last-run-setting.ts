/**
 * Setting key of the last-run snapshot (stored as a CompactSnapshot). A module of its own: the pane and the host
 * read the key at start, and importing it from movement.ts would bring the plan strings into the pane's first
 * script (issue 16; webpack splits chunks by module, not by export).
 */
export const LAST_RUN_SETTING = "lastRun";
