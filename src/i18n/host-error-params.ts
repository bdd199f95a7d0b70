import type { HostError } from "../host/host-api";

/**
 * The details of a host error (which cells are in the way, how many areas were selected…) as params
 * for `errors.hostDetail.<key>`, so a Chinese message keeps them. A HostError that carries `params`
 * of its own is used as it is; otherwise they are read off the host's English message, whose wording
 * src/host/excel fixes (test/i18n/host-error-detail.test.ts runs the real host on the fake Excel to
 * keep the two in step). Undefined when the error has no details to show.
 */
const PATTERNS: Readonly<Record<string, RegExp>> = {
  "host.cellsNotEmpty": /cells that are not empty: (?<cells>.+?)\. Move or clear/s,
  "host.multiArea": /You selected (?<areas>\d+) areas \((?<address>.*?)\)\./s,
  "host.tableChanged": /The table (?<table>.+?) now spans (?<address>[^;]+);/s,
  "host.settingTooLarge": /The setting (?<setting>\S+) is (?<size>[\d.]+) MB, more than the (?<limit>[\d.]+) MB/s,
  "host.emptySelection": /The selection (?<address>\S+) is empty/s,
};

export function hostErrorParams(error: HostError): Readonly<Record<string, string | number>> | undefined {
  const own = (error as { params?: unknown }).params;
  if (own && typeof own === "object") return own as Record<string, string | number>;
  const pattern = error.key ? PATTERNS[error.key] : undefined;
  return pattern?.exec(error.message)?.groups;
}

/** Keys (without "host.") that have a detail line in the catalogs. */
export const HOST_DETAIL_KEYS = Object.keys(PATTERNS).map((k) => k.slice("host.".length));
