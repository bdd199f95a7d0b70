import { Input, type InputProps } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

/**
 * An input for a rate or share typed in percent: the "%" shows after the value (Fluent UI's `contentAfter`
 * slot) so the unit is in sight while typing, not only in the column header or label.
 */
export function PercentInput(props: Omit<InputProps, "contentAfter">) {
  const { t } = useTranslation();
  return (
    <Input
      {...props}
      contentAfter={
        <span aria-hidden="true" data-testid="percent-sign">
          {t("ladder.percentSign")}
        </span>
      }
    />
  );
}
