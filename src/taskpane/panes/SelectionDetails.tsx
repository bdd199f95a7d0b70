import { Checkbox, Field, Input, Radio, RadioGroup, Select, Text, makeStyles } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { COLUMN_ROLES, type ColumnRole, type Table } from "../../engine/table";
import type { SelectionRead } from "../../host";
import { ErrorBar } from "../components/ErrorBar";
import { OrderHistorySection } from "../components/OrderHistorySection";
import { useLocale } from "../format-context";
import type { TableModel } from "../hooks/useTableModel";
import type { ListKind } from "../model/table-model";

const useStyles = makeStyles({
  subheading: { margin: 0, fontSize: "inherit" },
});

/**
 * The Data tab once a selection is read: where from and how much, the table's problems, customer or order list,
 * each column's role and the order history. A chunk of its own (panes/lazy-panes.ts), so the pane's first
 * paint does not carry these controls (issue 16).
 */
export function SelectionDetails({ read, model }: { read: SelectionRead; model: TableModel }) {
  return (
    <>
      <SelectionSummary read={read} model={model} />
      <ErrorBar error={model.error} testId="data-table-error" />
      {model.selection && <TableChoicesForm table={model.selection} model={model} />}
      {model.listKind === "customers" && <OrderHistorySection joined={model.joined} orders={model.orders} />}
    </>
  );
}

/** Where the selection was read from, how many rows and customers, and its hidden rows. */
function SelectionSummary({ read, model }: { read: SelectionRead; model: TableModel }) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  return (
    <div data-testid="data-summary" aria-live="polite">
      <Text block data-testid="data-address">
        {t("data.readFrom", { address: read.address })}
      </Text>
      <Text block data-testid="data-counts">
        {t("data.counts", {
          rows: fmt.integer(model.selection?.rows.length ?? 0),
          customers: fmt.integer(model.customers?.rows.length ?? 0),
        })}
      </Text>
      {read.tableName && <Text block>{t("data.tableNote", { name: read.tableName })}</Text>}
      {read.hiddenRows.length > 0 && (
        <>
          <Text block>{t("data.hiddenRows", { count: read.hiddenRows.length })}</Text>
          <Checkbox
            data-testid="data-leave-out-hidden"
            label={t("data.leaveOutHidden")}
            checked={model.leaveOutHidden}
            onChange={(_, d) => model.setLeaveOutHidden(d.checked === true)}
          />
        </>
      )}
    </div>
  );
}

/** Customer list or order list (with its as-of date), and each column's role. */
function TableChoicesForm({ table, model }: { table: Table; model: TableModel }) {
  const { t } = useTranslation();
  const s = useStyles();
  return (
    <>
      <Field label={t("data.listKind")}>
        <RadioGroup
          data-testid="data-list-kind"
          value={model.listKind}
          onChange={(_, d) => model.setListKind(d.value as ListKind)}
        >
          <Radio value="customers" label={t("data.customerList")} data-testid="data-kind-customers" />
          <Radio value="orders" label={t("data.orderList")} data-testid="data-kind-orders" />
        </RadioGroup>
      </Field>
      {(model.listKind === "orders" || model.history) && (
        <Field label={t("data.asOf")} hint={t("data.asOfHint")}>
          <Input
            type="date"
            data-testid="data-as-of"
            value={model.asOf}
            onChange={(_, d) => d.value && model.setAsOf(d.value)}
          />
        </Field>
      )}
      <h3 className={s.subheading}>{t("data.columns")}</h3>
      <ColumnRoles table={table} setRole={model.setRole} />
    </>
  );
}

/** Each column's role, with what it holds and the role readTable guessed. */
function ColumnRoles({ table, setRole }: { table: Table; setRole: TableModel["setRole"] }) {
  const { t } = useTranslation();
  return table.columns.map((c) => (
    <Field
      key={c.index}
      label={t("data.columnRole", { header: c.header })}
      hint={`${t("data.kind", { kind: t(`kinds.${c.kind}`) })} · ${t("data.guessed", { role: t(`roles.${c.guessedRole}`) })}`}
    >
      <Select
        data-testid={`data-role-${c.index}`}
        value={c.role}
        onChange={(_, d) => setRole(c.index, d.value as ColumnRole)}
      >
        {COLUMN_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </Select>
    </Field>
  ));
}
