import type { TFunction } from "i18next";
import { InputError } from "../engine/errors";
import { HostError } from "../host/host-api";

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
export function translateError(t: TFunction, error: unknown): ErrorView {
  if (error instanceof InputError) {
    const key = `errors.${error.key}`;
    const message = t(key, { ...error.params, defaultValue: error.message });
    return { title: t("errors.inputTitle"), message, action: t("errors.action") };
  }
  if (error instanceof HostError) {
    const key = `errors.${error.key ?? error.code}`;
    return { title: t("errors.hostTitle"), message: t(key, { defaultValue: error.message }), action: t("write.failedAction") };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { title: t("errors.hostTitle"), message: t("app.unexpected", { message }), action: t("app.unexpectedAction") };
}
