import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { FLUENT_THEMES, pickThemeName } from "../../src/taskpane/theme";

describe("pickThemeName", () => {
  it("follows Office's theme: light, dark and high contrast", () => {
    expect(pickThemeName(undefined)).toBe("light");
    // Office "White"/"Colorful" task pane body: #FFFFFF → light.
    expect(pickThemeName({ bodyBackgroundColor: "#FFFFFF" })).toBe("light");
    // Office "Black" body #262626: WCAG relative luminance ≈ 0.019 → dark.
    expect(pickThemeName({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(pickThemeName({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe("dark");
    expect(pickThemeName({ highContrast: true, isDarkTheme: true })).toBe("highContrast");
  });

  it("treats a colour it cannot read as light", () => {
    expect(pickThemeName({ bodyBackgroundColor: "white" })).toBe("light");
  });

  it("maps each name to the Fluent theme", () => {
    expect(FLUENT_THEMES.light).toBe(webLightTheme);
    expect(FLUENT_THEMES.dark).toBe(webDarkTheme);
    expect(FLUENT_THEMES.highContrast).toBe(teamsHighContrastTheme);
  });
});
