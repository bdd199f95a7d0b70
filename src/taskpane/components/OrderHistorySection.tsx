import { Button, Checkbox, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { JoinedHistory, Table } from "../../engine/table";
import { historyColumnsOf, historyTable, type HistoryColumns, type OrderHistory } from "../model/order-history";
import { useWorkflow } from "../store/context";
import { ColumnSelect } from "./ColumnSelect";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  subheading: { margin: 0, fontSize: "inherit" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** How many names each list shows before "and N more" (the full lists are in the joined table). */
const SHOWN = 10;

/**
 * The Data tab's second selection (DESIGN.md "Customer history"): "Add order history", pick the order list on
 * any sheet, "Use as order history"; then where it was read from, its customer / amount / date columns, and
 * the join's report (customers only in the orders, customers with no orders, order lines left out).
 */
export function OrderHistorySection({ joined, orders }: { joined?: JoinedHistory; orders?: Table }) {
  const { t } = useTranslation();
  const s = useStyles();
  const { state, dispatch, commands } = useWorkflow();
  const { history, historyPicking, historyLoading, historyError } = state.data;
  return (
    <div data-testid="data-history">
      <h3 className={s.subheading}>{t("data.history.heading")}</h3>
      <Text block>{t("data.history.intro")}</Text>
      {historyPicking ? (
        <div className={s.actions} role="group" aria-label={t("data.history.heading")}>
          <Text block data-testid="data-history-hint">
            {t("data.history.pickHint")}
          </Text>
          <Button appearance="primary" data-testid="data-history-use" onClick={() => void commands.readHistory()}>
            {t("data.history.use")}
          </Button>
          <Button data-testid="data-history-cancel" onClick={() => dispatch({ type: "historyPickCancelled" })}>
            {t("data.history.cancel")}
          </Button>
        </div>
      ) : (
        <div className={s.actions}>
          <Button data-testid="data-history-add" onClick={() => dispatch({ type: "historyPickStarted" })}>
            {t("data.history.add")}
          </Button>
          {history && (
            <Button data-testid="data-history-remove" onClick={() => dispatch({ type: "historyRemoved" })}>
              {t("data.history.remove")}
            </Button>
          )}
        </div>
      )}
      {historyLoading && <Spinner size="tiny" label={t("data.history.reading")} data-testid="data-history-loading" />}
      <ErrorBar error={historyError} testId="data-history-error" doing="read" />
      {history && <HistoryColumnsForm history={history} />}
      {history && joined && orders && <JoinReport joined={joined} history={history} lines={orders.rows.length} />}
    </div>
  );
}

/** The order list's customer, amount and date columns (guessed, changeable). */
function HistoryColumnsForm({ history }: { history: OrderHistory }) {
  const { t } = useTranslation();
  const { dispatch } = useWorkflow();
  let orders: Table;
  try {
    orders = historyTable(history.read);
  } catch {
    return null; // the join's own error (shown by the Data tab) says what is wrong with the order list
  }
  const columns = historyColumnsOf(orders, history.columns);
  const choose = (column: keyof HistoryColumns) => (index: number | undefined) => {
    if (index !== undefined) dispatch({ type: "historyColumnChosen", column, index });
  };
  const fields = [
    ["customer", "data.history.customerColumn"],
    ["amount", "data.history.amountColumn"],
    ["date", "data.history.dateColumn"],
  ] as const;
  return fields.map(([field, label]) => (
    <ColumnSelect
      key={field}
      table={orders}
      label={t(label)}
      value={columns[field]}
      onChange={choose(field)}
      testId={`data-history-${field}`}
      noneLabel={columns[field] === undefined ? t("data.history.noColumn") : undefined}
    />
  ));
}

/** A list of names with row numbers, cut after SHOWN entries ("and N more"). */
function NameList({ items, testId }: { items: readonly string[]; testId: string }) {
  const { t } = useTranslation();
  const s = useStyles();
  return (
    <ul className={s.list} data-testid={testId}>
      {items.slice(0, SHOWN).map((text, i) => (
        <li key={i}>{text}</li>
      ))}
      {items.length > SHOWN && <li>{t("data.history.more", { count: items.length - SHOWN })}</li>}
    </ul>
  );
}

/** What the join found: counts, customers only in the orders (with the option to add them), customers with no orders. */
function JoinReport(props: { joined: JoinedHistory; history: OrderHistory; lines: number }) {
  const { joined, history, lines } = props;
  const { t } = useTranslation();
  const { state, dispatch } = useWorkflow();
  const customers = joined.addedFrom;
  // Grid rows are 0-based; the sheet's row numbers count from each range's top.
  const sheetRow = (row: number) => history.read.top + row + 1;
  const listRow = (row: number) => (state.data.read?.top ?? 0) + row + 1;
  return (
    <div aria-live="polite">
      <Text block data-testid="data-history-address">
        {t("data.history.readFrom", { address: history.read.address })}
      </Text>
      <Text block data-testid="data-history-counts">
        {t("data.history.counts", { lines, matched: customers - joined.noOrders.length, customers })}
      </Text>
      {joined.unmatched.length > 0 && (
        <>
          <Text block>{t("data.history.unmatched", { count: joined.unmatched.length })}</Text>
          <NameList
            testId="data-history-unmatched"
            items={joined.unmatched.map((u) =>
              t("data.history.unmatchedItem", { customer: u.customer, rows: u.rows.map(sheetRow).join(", ") }),
            )}
          />
          <Checkbox
            data-testid="data-history-add-unmatched"
            label={t("data.history.addUnmatched")}
            checked={history.addUnmatched}
            onChange={(_, d) => dispatch({ type: "addUnmatchedToggled", on: d.checked === true })}
          />
        </>
      )}
      {joined.noOrders.length > 0 && (
        <>
          <Text block>{t("data.history.noOrders", { count: joined.noOrders.length })}</Text>
          <NameList
            testId="data-history-no-orders"
            items={joined.noOrders.map((c) =>
              t("data.history.noOrdersItem", { customer: c.customer, row: listRow(c.row) }),
            )}
          />
        </>
      )}
      {joined.orderIssues.length > 0 && (
        <>
          <Text block>{t("data.history.orderIssues", { count: joined.orderIssues.length })}</Text>
          <NameList testId="data-history-issues" items={joined.orderIssues.map((i) => i.message)} />
        </>
      )}
    </div>
  );
}
