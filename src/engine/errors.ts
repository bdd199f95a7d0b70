/**
 * An error in what the user gave the engine (shares that do not sum to 100 %, a rate above 1, …).
 * `key` names the message in the i18n catalogs (`errors.<key>`), `params` fills it in, and `message`
 * is the English text, so engine callers without i18n still show something specific.
 */
export class InputError extends Error {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>>,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}
