import type { ColumnRole } from "./types";
import { EXACT_HEADERS, HEADER_SYNONYMS } from "./header-synonyms";

interface Synonym {
  readonly role: ColumnRole;
  readonly text: string;
  readonly pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// English words must match whole words ("updated" is not "date"); Chinese has no spaces, so any substring.
const SYNONYMS: Synonym[] = Object.entries(HEADER_SYNONYMS).flatMap(([role, texts]) =>
  texts.map((text) => ({
    role: role as ColumnRole,
    text,
    pattern: /^[\x20-\x7e]+$/.test(text)
      ? new RegExp(`(?<![a-z0-9])${escape(text)}(?![a-z0-9])`, "g")
      : new RegExp(escape(text), "g"),
  })),
);

/** Lower case, brackets dropped ("Last order date (Excel serial)"), separators as single spaces. */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\([^)]*\)|（[^）]*）|\[[^\]]*\]/g, " ")
    .replace(/[_\-–—/:：#.]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The role a header names (English or Chinese, see HEADER_SYNONYMS), or "other". Of several matching
 * words the one ending last wins, then the longest: "Customer type" → segment, "Sales rep" → rep,
 * "客户名称" → customer, "销售额" → value.
 */
export function roleFromHeader(header: string): ColumnRole {
  const text = normalizeHeader(header);
  if (text === "") return "other";
  if (Object.hasOwn(EXACT_HEADERS, text)) return EXACT_HEADERS[text];
  let best: { role: ColumnRole; end: number; length: number } | undefined;
  for (const s of SYNONYMS) {
    s.pattern.lastIndex = 0;
    for (let m = s.pattern.exec(text); m; m = s.pattern.exec(text)) {
      const end = m.index + s.text.length;
      if (!best || end > best.end || (end === best.end && s.text.length > best.length)) {
        best = { role: s.role, end, length: s.text.length };
      }
    }
  }
  return best?.role ?? "other";
}
