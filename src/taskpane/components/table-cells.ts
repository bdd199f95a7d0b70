import type { CSSProperties } from "react";

/**
 * Cell styles shared by the pane's tables, so they read alike at 320 px: numbers right-aligned in
 * tabular figures and never broken inside ("12,345" stays on one line); text and headers wrap only
 * between words (CJK text between characters), never inside a number; headers keep a gap between
 * columns so two headers never run together.
 */
export const numberCell: CSSProperties = {
  textAlign: "right",
  whiteSpace: "nowrap",
  fontVariantNumeric: "tabular-nums",
};

/** A cell holding a number with a second line (its share) under it: right-aligned, each line unbroken. */
export const numberStackCell: CSSProperties = { textAlign: "right", fontVariantNumeric: "tabular-nums" };

export const textCell: CSSProperties = { whiteSpace: "normal", overflowWrap: "normal", wordBreak: "normal" };

export const headerCell: CSSProperties = { ...textCell, verticalAlign: "bottom", paddingInline: "4px" };

/** The header over a column of numbers: right-aligned like its numbers. */
export const numberHeaderCell: CSSProperties = { ...headerCell, textAlign: "right" };

/** Keeps one number (or one date) on one line inside a cell whose other text may wrap. */
export const nowrap: CSSProperties = { whiteSpace: "nowrap" };

/** The text inside a number column's header: Fluent lays the header out in a flex box, so it fills the box and aligns right. */
export const numberHeaderText: CSSProperties = { flexGrow: 1, textAlign: "right" };
