import { enUS } from "../../../src/i18n/en-US";
import { zhCN } from "../../../src/i18n/zh-CN";

function leaves(node: unknown, out: string[] = []): string[] {
  if (typeof node === "string") out.push(node);
  else if (node && typeof node === "object") for (const v of Object.values(node)) leaves(v, out);
  return out;
}

/**
 * English catalog texts that must not appear in the Chinese pane: the longest fixed fragment of each
 * en-US string (placeholders cut out), at least two words long, and not also used by zh-CN (names such as
 * "TierLadder" or "English" stay as they are in both).
 */
export function englishFragments(): string[] {
  const zh = leaves(zhCN).join("\n");
  const out = new Set<string>();
  for (const s of leaves(enUS)) {
    const longest =
      s
        .split(/\{\{[^}]*\}\}/)
        .map((p) => p.trim())
        .sort((a, b) => b.length - a.length)[0] ?? "";
    if (/[A-Za-z]+\s+[A-Za-z]+/.test(longest) && !zh.includes(longest)) out.add(longest);
  }
  return [...out];
}
