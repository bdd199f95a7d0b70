import type { HostNotice } from "../host";
import { enUS } from "./en-US";
import { renderNotice } from "./render-notice";

// A file of its own (not in render-notice.ts): only the host's write code uses it, and it holds the whole English
// catalog, which the pane's first script must not carry (issue 16; webpack splits chunks by module, not by export).

/**
 * A notice in English from the en-US catalog, without i18next (the host reports its warnings in English
 * too): {{name}} placeholders, and `key_one` / `key_other` chosen by a numeric `count` as i18next does for English.
 */
export function englishNotice(notice: HostNotice): string {
  return renderNotice((key, params) => {
    const plural = typeof params.count === "number" ? (params.count === 1 ? "_one" : "_other") : "";
    const text = lookup(`${key}${plural}`) ?? lookup(key) ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
  }, notice);
}

function lookup(key: string): string | undefined {
  const value = key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
      enUS,
    );
  return typeof value === "string" ? value : undefined;
}
