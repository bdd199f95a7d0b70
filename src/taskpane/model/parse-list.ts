/**
 * Splits "20, 30, 50" (also "20，30，50", "20、30、50" or "20；30；50" as typed with a Chinese IME) into
 * trimmed entries. Never on spaces: a label or a rule value may be several words ("Key account").
 */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A number as typed in the pane: "1,234.5" or "12.5%" → 1234.5 / 12.5; NaN when it is not one. */
export function parseTyped(text: string): number {
  const t = text
    .trim()
    .replace(/%$/, "")
    .replace(/,(?=\d{3}\b)/g, "");
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return NaN;
  return Number(t);
}
