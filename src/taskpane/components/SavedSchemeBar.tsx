import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { Scheme } from "../../engine/scheme";

/** Offers the scheme saved in the workbook: re-run it on the current selection, or dismiss. */
export function SavedSchemeBar({ scheme, onRerun, onDismiss }: { scheme: Scheme; onRerun(): void; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="info" data-testid="saved-scheme" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("scheme.savedTitle")}</MessageBarTitle>
        {t("scheme.savedBody", { method: t(`methods.${scheme.method.kind}`), tiers: scheme.tiers.labels.length })}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" data-testid="saved-scheme-rerun" onClick={onRerun}>
          {t("scheme.rerun")}
        </Button>
        <Button data-testid="saved-scheme-dismiss" onClick={onDismiss}>
          {t("scheme.dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
