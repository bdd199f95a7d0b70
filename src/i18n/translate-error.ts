import type { TFunction } from "i18next";
import { InputError } from "../engine/errors";
import { HostError } from "../host";
import { hostErrorParams } from "./host-error-params";
import { renderNotice } from "./render-notice";

/** Whether the catalog has a message for the key (t returns the key itself when it has none). */
const i18nHas = (t: TFunction, key: string) => t(key, { defaultValue: "\u0000" }) !== "\u0000";

/** What a message bar shows for an error: a title, what happened, what to do. Never a stack. */
export interface ErrorView {
  readonly title: string;
  readonly message: string;
  readonly action: string;
}

/**
 * Turns an error from the engine (InputError: catalog key `errors.<key>` filled with its params) or from
 * the host (HostError: its key or code, else its own human message) into translated text. An unknown
 * key falls back to the error's English message, which the engine writes to be specific.
 */
/** What the user was doing when Excel said no: the message names it (a read protects nothing). */
export type Doing = "read" | "write" | "select";

export function translateError(t: TFunction, error: unknown, doing: Doing = "write"): ErrorView {
  if (error instanceof InputError) {
    const key = `errors.${error.key}`;
    const message = t(key, { ...error.params, defaultValue: error.message });
    return { title: t("errors.inputTitle"), message, action: t("errors.action") };
  }
  if (error instanceof HostError) {
    const key = `errors.${error.key ?? error.code}`;
    const known = i18nHas(t, key);
    let message = t(key, { defaultValue: error.message });
    // The details (which cells, how many areas) in the user's language, after the general message.
    const params = known ? hostErrorParams(error) : undefined;
    const detailKey = error.key?.startsWith("host.") ? `errors.hostDetail.${error.key.slice(5)}` : undefined;
    if (params && detailKey && i18nHas(t, detailKey)) message = `${message} ${t(detailKey, params)}`;
    // A failed write: what it had written and undone, and anything it could not put back.
    for (const d of error.details ?? []) message = `${message} ${renderNotice((k, p) => t(k, p), d)}`;
    if (doing === "read") return { title: t("errors.readTitle"), message, action: t("errors.readAction") };
    if (doing === "select") return { title: t("errors.hostTitle"), message, action: t("errors.selectAction") };
    return { title: t("errors.writeTitle"), message, action: t("write.failedAction") };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { title: t("errors.hostTitle"), message: t("app.unexpected", { message }), action: t("app.unexpectedAction") };
}
