import { TableHeaderCell } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { numberHeaderCell, numberHeaderText } from "./table-cells";

/**
 * The header over a column of numbers, right-aligned like them. Fluent's header cell lays its content
 * out in a flex box, where text-align alone does nothing: the text fills the box and aligns right.
 * `className` sets the column's width.
 */
export function NumberHeaderCell({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <TableHeaderCell style={numberHeaderCell} className={className}>
      <span style={numberHeaderText}>{children}</span>
    </TableHeaderCell>
  );
}
