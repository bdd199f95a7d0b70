import { Button, Field, Input, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { SqlDialect } from "../../engine/sql";
import { useCopyText } from "../hooks/useCopyText";
import type { SchemeExportState } from "../hooks/useSchemeExport";
import { CopiedNote } from "./CopiedNote";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  columns: { border: "none", padding: 0, margin: 0, display: "grid", rowGap: tokens.spacingVerticalS },
  sql: { fontFamily: tokens.fontFamilyMonospace },
});

/** The dialects the SQL was run on in tests (test/engine/sql); the only ones the pane offers. */
const DIALECTS: readonly SqlDialect[] = ["duckdb", "postgres"];

/** Copy as SQL: dialect, table and column names (defaults from the headers), then the SQL to copy. */
export function SqlExport({ exp }: { exp: SchemeExportState }) {
  const { t } = useTranslation();
  const s = useStyles();
  const { choices, sql } = exp;
  const { outcome, copy } = useCopyText(sql.sql ?? "");
  return (
    <>
      <Text>{t("exportScheme.sqlAbout")}</Text>
      <Field label={t("exportScheme.dialect")}>
        <Select
          data-testid="write-sql-dialect"
          value={choices.dialect}
          onChange={(_, d) => exp.chooseDialect(d.value as SqlDialect)}
        >
          {DIALECTS.map((d) => (
            <option key={d} value={d}>
              {t(`exportScheme.dialects.${d}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("exportScheme.table")}>
        <Input data-testid="write-sql-table" value={choices.table} onChange={(_, d) => exp.renameTable(d.value)} />
      </Field>
      {sql.defaults.length > 0 && (
        <fieldset className={s.columns}>
          <legend>{t("exportScheme.columns")}</legend>
          {sql.defaults.map((name, i) => (
            <Field key={i} label={t("exportScheme.column", { n: i + 1, header: name })}>
              <Input
                data-testid={`write-sql-column-${i}`}
                value={choices.renamed[name] ?? name}
                onChange={(_, d) => exp.renameColumn(name, d.value)}
              />
            </Field>
          ))}
        </fieldset>
      )}
      {sql.problem && (
        <Text role="alert" data-testid="write-sql-problem">
          {t(`exportScheme.problems.${sql.problem.key}`, sql.problem.params)}
        </Text>
      )}
      <ErrorBar error={sql.error} testId="write-sql-error" />
      {/* Copy and its outcome above the text, which "Select the text below" then points at. */}
      {sql.sql !== undefined && (
        <>
          <Button data-testid="write-sql-copy" onClick={() => void copy()}>
            {t("exportScheme.copySql")}
          </Button>
          <CopiedNote outcome={outcome} testId="write-sql-copied" />
          <Textarea
            readOnly
            resize="vertical"
            rows={10}
            className={s.sql}
            value={sql.sql}
            aria-label={t("exportScheme.sqlText")}
            data-testid="write-sql-text"
          />
        </>
      )}
    </>
  );
}
