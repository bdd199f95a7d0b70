import { Spinner } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { TabId } from "../store/actions";

/** Shown while a step's code arrives (the panes after Data and Tiers load when first opened: panes/lazy-panes.ts). */
export function StepLoading({ step }: { step: TabId }) {
  const { t } = useTranslation();
  return <Spinner size="small" label={t("app.loadingStep", { step: t(`tabs.${step}`) })} data-testid="step-loading" />;
}
