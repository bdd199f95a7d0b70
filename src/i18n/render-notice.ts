import type { HostNotice } from "../host";
import { enUS } from "./en-US";

/** A translation function as i18next's t: a key and its params to text. */
export type NoticeT = (key: string, params: Record<string, string | number>) => string;

/** A host notice as text: params that are notices themselves are rendered first, then the key with its params. */
export function renderNotice(t: NoticeT, notice: HostNotice): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(notice.params ?? {}))
    params[name] = typeof value === "object" ? renderNotice(t, value) : value;
  return t(notice.key, params);
}

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
