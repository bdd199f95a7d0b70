import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The part of Office's officeTheme (on its context) the pane reads (passed in; the pane never touches Office). */
export interface OfficeThemeLike {
  readonly bodyBackgroundColor?: string;
  readonly isDarkTheme?: boolean;
  /** Set by index.tsx from `matchMedia("(forced-colors: active)")`: Windows high contrast. */
  readonly highContrast?: boolean;
}

export type ThemeName = "light" | "dark" | "highContrast";

/** Relative luminance of "#rrggbb" (WCAG 2.x formula), or undefined when it is not such a colour. */
function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Office's theme → Fluent's: high contrast first (forced colours), then Office's own dark flag, then the
 * task pane body colour (Office themes "Black" and "Dark Gray" have dark bodies).
 */
export function pickThemeName(office: OfficeThemeLike | undefined): ThemeName {
  if (!office) return "light";
  if (office.highContrast) return "highContrast";
  if (office.isDarkTheme) return "dark";
  const l = office.bodyBackgroundColor ? luminance(office.bodyBackgroundColor) : undefined;
  return l !== undefined && l < 0.2 ? "dark" : "light";
}

export const FLUENT_THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};
