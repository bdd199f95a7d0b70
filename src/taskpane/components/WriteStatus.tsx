import { Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useLocale } from "../format-context";
import type { ApplyState } from "../hooks/useApplyPlan";
import { movementText } from "../hooks/useTierWrite";
import type { MovementNote } from "../model/movement";
import { ErrorBar } from "./ErrorBar";
import { renderNotice } from "../../i18n/render-notice";

/** Progress during a write, then what was written where (or why nothing was). */
export function WriteStatus({ state, movement }: { state: ApplyState; movement?: MovementNote }) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  const moves = movement ? movementText(t, movement) : [];
  // The host's warnings and progress as catalog keys, in the pane's language (English text as a fallback).
  const say = (k: string, p: Record<string, string | number>) => t(k, p);
  const progress = state.progress?.notice ? renderNotice(say, state.progress.notice) : state.progress?.step;
  const warnings = state.report?.notices ? state.report.notices.map((n) => renderNotice(say, n)) : state.report?.warnings ?? [];
  return (
    <div aria-live="polite">
      {state.busy && (
        <Field label={t("write.progress")} hint={progress}>
          <ProgressBar data-testid="write-progress" value={state.progress?.fraction ?? 0} max={1} />
        </Field>
      )}
      <ErrorBar error={state.error} testId="write-error" />
      {state.report && (
        <MessageBar intent="success" data-testid="write-result" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("write.done", { count: state.report.written.length })}</MessageBarTitle>
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {state.report.written.map((w, i) => (
                <li key={i} data-testid={`write-result-item-${i}`}>
                  {/* The host gives sheet-qualified addresses ("Summary!A1:F5"); qualify a bare one. */}
                  {t("write.wroteItem", { what: w.what, address: w.address.includes("!") ? w.address : `${w.sheet}!${w.address}` })}
                </li>
              ))}
            </ul>
            {movement?.since && (
              <div data-testid="write-movement">
                <strong>{t("write.movementTitle", { date: fmt.date(new Date(movement.since)) })}</strong>
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                  {moves.map((line, i) => <li key={i} data-testid={`write-movement-${i}`}>{line}</li>)}
                </ul>
              </div>
            )}
            {warnings.length > 0 && (
              <>
                <strong>{t("write.warnings")}</strong>
                <ul style={{ margin: 0, paddingInlineStart: 16 }}>{warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
