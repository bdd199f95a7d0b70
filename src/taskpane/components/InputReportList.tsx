import { Button, Text, makeStyles } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { excelErrorText, type CellValue } from "../../engine/cells";
import { columnLetters, type InputReport, type InputIssue } from "../../engine/table";

const SHOWN = 50;

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: "inherit" },
  list: { paddingInlineStart: "16px", margin: 0 },
});

function showCell(v: CellValue): string {
  if (v === null || v === undefined || v === "") return "";
  return excelErrorText(v) ?? String(v);
}

/**
 * The input report: skipped or flagged cells and duplicate customers, named by the sheet's row numbers
 * and column letters (`origin`: where the selection starts on the sheet, 0-based). Each cell item is a
 * button that selects the cell in the sheet.
 */
export function InputReportList(props: {
  report: InputReport;
  origin: { top: number; left: number };
  onJump(row: number, column: number): void;
}) {
  const { t } = useTranslation();
  const s = useStyles();
  const { issues, duplicates } = props.report;
  const { top, left } = props.origin;
  const text = (i: InputIssue) =>
    t("preview.issueRow", {
      row: top + i.row + 1,
      column: columnLetters(left + i.column),
      header: i.header,
      reason: t(`preview.reasons.${i.reason}`),
      value: showCell(i.value),
    });
  const total = issues.length + duplicates.length;
  return (
    <div data-testid="input-report">
      <h3 className={s.heading}>{t("preview.issues")}</h3>
      {total === 0 ? (
        <Text data-testid="input-report-empty">{t("preview.noIssues")}</Text>
      ) : (
        <>
          <Text block data-testid="input-report-count">
            {t("preview.issuesCount", { count: total })}
          </Text>
          <ul className={s.list}>
            {issues.slice(0, SHOWN).map((i, n) => (
              <li key={`${i.row}-${i.column}-${i.reason}`}>
                <Button
                  appearance="transparent"
                  size="small"
                  data-testid={`input-report-item-${n}`}
                  onClick={() => props.onJump(i.row, i.column)}
                  aria-label={`${t("preview.jump")}: ${text(i)}`}
                >
                  {text(i)}
                </Button>
              </li>
            ))}
            {duplicates.slice(0, SHOWN).map((d) => (
              <li key={`dup-${d.customer}`} data-testid="input-report-duplicate">
                <Text>
                  {t("preview.duplicate", {
                    customer: d.customer,
                    rows: d.rows.map((r) => top + r + 1).join(t("preview.rowsJoin")),
                  })}
                </Text>
              </li>
            ))}
          </ul>
          {issues.length > SHOWN && <Text>{t("preview.moreIssues", { count: issues.length - SHOWN })}</Text>}
        </>
      )}
    </div>
  );
}
