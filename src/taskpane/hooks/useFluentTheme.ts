import type { Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { fluentThemeNow, loadFluentTheme, type ThemeName } from "../theme";

/**
 * The Fluent theme the pane can use now: `name`'s once it is loaded (theme.ts loads dark and high contrast on
 * demand). Until then the theme used before stays; undefined when there is none yet, so a dark pane is not
 * painted light first. If the theme cannot be fetched, the pane uses (or stays in) the light one.
 */
export function useFluentTheme(name: ThemeName): Theme | undefined {
  const [shown, setShown] = useState<Theme | undefined>(() => fluentThemeNow(name));
  useEffect(() => {
    let live = true;
    loadFluentTheme(name).then(
      (theme) => {
        if (live) setShown(theme);
      },
      (error: unknown) => {
        console.error(`TierLadder: the ${name} theme could not be loaded`, error);
        if (live) setShown((was) => was ?? fluentThemeNow("light"));
      },
    );
    return () => {
      live = false;
    };
  }, [name]);
  return fluentThemeNow(name) ?? shown;
}
