import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { HostRequirements } from "../../host";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: "16px" },
});

/**
 * Says at start, once, what this Excel cannot do: below the minimum API version (manifest.xml), that
 * TierLadder cannot work here; above it, which features are left out (tier movement, colours, lists,
 * charts, tables), each with the version it needs. Nothing when everything is there.
 */
export function RequirementsBar({ requirements }: { requirements: HostRequirements }) {
  const { t } = useTranslation();
  const s = useStyles();
  const [dismissed, setDismissed] = useState(false);
  if (!requirements.meetsMinimum) {
    return (
      <MessageBar intent="error" data-testid="requirements-too-old" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("requirements.tooOldTitle")}</MessageBarTitle>
          {t("requirements.tooOld", { version: requirements.minimum })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (dismissed || requirements.unavailable.length === 0) return null;
  return (
    <MessageBar intent="info" data-testid="requirements-limited" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("requirements.limitedTitle")}</MessageBarTitle>
        <ul className={s.list}>
          {requirements.unavailable.map((f) => (
            <li key={f} data-testid={`requirements-${f}`}>
              {t(`requirements.features.${f}`)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            aria-label={t("requirements.dismiss")}
            data-testid="requirements-dismiss"
            onClick={() => setDismissed(true)}
          >
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}
