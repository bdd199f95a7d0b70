import { useEffect, useMemo } from "react";

/**
 * A blob: URL holding `text`, for an `<a download>` link: made when the text changes, revoked when it changes
 * again or the pane unmounts (the pane does not run in StrictMode, whose second effect pass would revoke it early).
 * Undefined where the runtime has no URL.createObjectURL (the link is then not offered).
 */
export function useObjectUrl(text: string | undefined, type: string): string | undefined {
  const url = useMemo(
    () =>
      text !== undefined && typeof URL.createObjectURL === "function"
        ? URL.createObjectURL(new Blob([text], { type }))
        : undefined,
    [text, type],
  );
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
