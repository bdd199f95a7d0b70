import { TableHeaderCell } from "@fluentui/react-components";
import type { CSSProperties, ReactNode } from "react";
import { numberHeaderCell } from "./table-cells";

/**
 * The header over a column of numbers, right-aligned like them. Fluent's header cell lays its content
 * out in a flex box, where text-align alone does nothing: the text fills the box and aligns right.
 */
export function NumberHeaderCell({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return (
    <TableHeaderCell style={{ ...numberHeaderCell, ...style }}>
      <span style={{ flexGrow: 1, textAlign: "right" }}>{children}</span>
    </TableHeaderCell>
  );
}
