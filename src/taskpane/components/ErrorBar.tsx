import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { type Doing, translateError } from "../../i18n/translate-error";

/** An error as a Fluent message bar: what happened and what to do, never a stack. */
export function ErrorBar({ error, testId, doing }: { error: unknown; testId: string; doing?: Doing }) {
  const { t } = useTranslation();
  if (error === undefined || error === null) return null;
  const view = translateError(t, error, doing);
  return (
    <MessageBar intent="error" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{view.title}</MessageBarTitle>
        {view.message} {view.action}
      </MessageBarBody>
    </MessageBar>
  );
}
