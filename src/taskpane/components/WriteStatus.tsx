import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { ApplyReport } from "../../host";
import { useLocale } from "../format-context";
import type { MovementNote } from "../model/movement";
import { movementText } from "../model/write-plan";
import type { WriteSlice } from "../store/write-slice";
import { ErrorBar } from "./ErrorBar";
import { renderNotice } from "../../i18n/render-notice";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: "16px" },
});

/** Progress during a write, then what was written where (or why nothing was). */
export function WriteStatus({ status }: { status: WriteSlice }) {
  const { t } = useTranslation();
  // The host's progress as catalog keys, in the pane's language (English text as a fallback).
  const say = (k: string, p: Record<string, string | number>) => t(k, p);
  const progress = status.progress?.notice ? renderNotice(say, status.progress.notice) : status.progress?.step;
  return (
    <div aria-live="polite">
      {status.busy && (
        <Field label={t("write.progress")} hint={progress}>
          <ProgressBar data-testid="write-progress" value={status.progress?.fraction ?? 0} max={1} />
        </Field>
      )}
      <ErrorBar error={status.error} testId="write-error" />
      {status.report && <WriteReport report={status.report} movement={status.movement} />}
    </div>
  );
}

/** What was written where, tier movement since the last run, and the host's warnings. */
function WriteReport({ report, movement }: { report: ApplyReport; movement?: MovementNote }) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  const s = useStyles();
  const moves = movement ? movementText(t, movement) : [];
  const say = (k: string, p: Record<string, string | number>) => t(k, p);
  const warnings = report.notices ? report.notices.map((n) => renderNotice(say, n)) : report.warnings;
  return (
    <MessageBar intent="success" data-testid="write-result" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("write.done", { count: report.written.length })}</MessageBarTitle>
        <ul className={s.list}>
          {report.written.map((w, i) => (
            <li key={i} data-testid={`write-result-item-${i}`}>
              {/* The host gives sheet-qualified addresses ("Summary!A1:F5"); qualify a bare one. */}
              {t("write.wroteItem", {
                what: w.what,
                address: w.address.includes("!") ? w.address : `${w.sheet}!${w.address}`,
              })}
            </li>
          ))}
        </ul>
        {movement?.since && (
          <div data-testid="write-movement">
            <strong>{t("write.movementTitle", { date: fmt.date(new Date(movement.since)) })}</strong>
            <ul className={s.list}>
              {moves.map((line, i) => (
                <li key={i} data-testid={`write-movement-${i}`}>
                  {line}
                </li>
              ))}
            </ul>
          </div>
        )}
        {warnings.length > 0 && (
          <>
            <strong>{t("write.warnings")}</strong>
            <ul className={s.list}>
              {warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
