import type { Scheme } from "../../engine/scheme";
import type { Action } from "./actions";

/** The scheme saved in the workbook and the offer to re-run it. */
export interface SchemeSlice {
  readonly scheme?: Scheme;
  /** True once the setting has been read (or could not be): before that, "no scheme" is not yet known. */
  readonly loaded: boolean;
  /** True until the user re-runs or dismisses the offer. */
  readonly offered: boolean;
  /** Set when a re-run was asked for but the workbook has no saved scheme. */
  readonly noScheme: boolean;
}

export const initialScheme: SchemeSlice = { loaded: false, offered: true, noScheme: false };

export function schemeReducer(s: SchemeSlice, a: Action): SchemeSlice {
  switch (a.type) {
    case "savedSchemeLoaded":
      return { ...s, loaded: true, scheme: a.scheme ?? s.scheme };
    // The scheme just written is the one a later re-run (pane or ribbon) repeats.
    case "schemeSaved":
      return { ...s, scheme: a.scheme, offered: false };
    case "savedOfferDismissed":
      return { ...s, offered: false };
    case "rerunStarted":
      return { ...s, offered: false, noScheme: false };
    case "rerunWithoutScheme":
      return { ...s, noScheme: true };
    case "noSchemeDismissed":
      return { ...s, noScheme: false };
    default:
      return s;
  }
}
