/**
 * The Fluent themes for Office's dark and high-contrast looks: a chunk of their own (theme.ts loads it when
 * Office asks for one of them), so a pane in the usual light look does not download their tokens.
 */
export { teamsHighContrastTheme as highContrast, webDarkTheme as dark } from "@fluentui/react-components";
