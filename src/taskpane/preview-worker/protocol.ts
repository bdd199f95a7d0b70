import { InputError } from "../../engine/errors";
import type { Scheme } from "../../engine/scheme";
import type { Table } from "../../engine/table";
import type { TierTableOutput } from "../../engine/tiering";
import type { Lang } from "../../i18n/language";

/**
 * A table sent to the tier worker, in parts: the columns first, then the rows a slice at a time, each its own
 * message, so no single structured clone holds the page for long (a million rows cloned at once take seconds).
 */
export type TableMessage =
  | {
      readonly kind: "table";
      readonly tableId: number;
      readonly columns: Table["columns"];
      readonly hasHeader: boolean;
      readonly firstRow: number;
    }
  | { readonly kind: "rows"; readonly tableId: number; readonly rows: Table["rows"] };

/** One preview run on the table last sent. */
export interface RunMessage {
  readonly kind: "run";
  readonly id: number;
  readonly tableId: number;
  readonly scheme: Scheme;
  readonly lang: Lang;
  readonly excludeRows?: ReadonlySet<number>;
  readonly today: Date;
}

export type TierWorkerMessage = TableMessage | RunMessage;

/** An error as it crosses to the page: structured cloning keeps an Error's message but not its class. */
export interface SentError {
  readonly name: string;
  readonly message: string;
  /** InputError's catalog key and parameters, so the pane shows the same localized message as when run in place. */
  readonly key?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * The worker's answer to run `id`: the tiers, or why there are none. The customer names travel as UTF-8 bytes
 * (`customerNames`, see reply-packing.ts) instead of `output.result.customers`: a million strings cost the page
 * far more to receive than one transferred buffer.
 */
export interface TierRunReply {
  readonly id: number;
  readonly output?: TierTableOutput;
  readonly customerNames?: Uint8Array;
  readonly error?: SentError;
}

export function sendableError(error: unknown): SentError {
  if (error instanceof InputError)
    return { name: error.name, message: error.message, key: error.key, params: error.params };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

/** The error the pane would have caught had the run been in place: an InputError again where it was one. */
export function receivedError(sent: SentError): Error {
  if (sent.key !== undefined) return new InputError(sent.key, sent.params ?? {}, sent.message);
  const error = new Error(sent.message);
  error.name = sent.name;
  return error;
}
