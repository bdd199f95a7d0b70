import { Field, Select } from "@fluentui/react-components";
import type { Table } from "../../engine/table";

/** A labelled drop-down of the table's columns; `noneLabel` adds an empty choice. */
export function ColumnSelect(props: {
  table: Table;
  label: string;
  value: number | undefined;
  onChange(column: number | undefined): void;
  testId: string;
  noneLabel?: string;
  validation?: string;
  hint?: string;
}) {
  const { table, label, value, onChange, testId, noneLabel, validation, hint } = props;
  // The message carries a test id of its own ("<testId>-error"), for the end-to-end tests.
  const message = validation
    ? { children: validation, "data-testid": `${testId.replace(/-column$/, "")}-error` }
    : undefined;
  return (
    <Field label={label} validationMessage={message} validationState={validation ? "error" : "none"} hint={hint}>
      <Select
        data-testid={testId}
        value={value === undefined ? "" : String(value)}
        onChange={(_, d) => onChange(d.value === "" ? undefined : Number(d.value))}
      >
        {(noneLabel !== undefined || value === undefined) && <option value="">{noneLabel ?? "—"}</option>}
        {table.columns.map((c) => (
          <option key={c.index} value={String(c.index)}>
            {c.header}
          </option>
        ))}
      </Select>
    </Field>
  );
}
