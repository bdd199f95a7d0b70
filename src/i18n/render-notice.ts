import type { HostNotice } from "../host";

/** A translation function as i18next's t: a key and its params to text. */
export type NoticeT = (key: string, params: Record<string, string | number>) => string;

/** A host notice as text: params that are notices themselves are rendered first, then the key with its params. */
export function renderNotice(t: NoticeT, notice: HostNotice): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(notice.params ?? {}))
    params[name] = typeof value === "object" ? renderNotice(t, value) : value;
  return t(notice.key, params);
}
