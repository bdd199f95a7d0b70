import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TabId } from "../store/actions";
import { StepLoading } from "./StepLoading";

/**
 * Around a step whose code loads when first needed: the spinner while it loads, and a message instead of
 * a blank pane when it cannot be loaded (the add-in's server out of reach). A failed import stays failed
 * in React.lazy, so the message asks for a reload rather than offering to try again.
 */
export function StepBoundary({ step, children }: { step: TabId; children: ReactNode }) {
  return (
    <LoadFailure step={step}>
      <Suspense fallback={<StepLoading step={step} />}>
        {/* Present once the step's code is there (tests and the cold-load bench wait for it). */}
        <div data-testid={`step-${step}`}>{children}</div>
      </Suspense>
    </LoadFailure>
  );
}

class LoadFailure extends Component<{ step: TabId; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <LoadFailed step={this.props.step} /> : this.props.children;
  }
}

function LoadFailed({ step }: { step: TabId }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" data-testid="step-load-failed">
      <MessageBarBody>
        <MessageBarTitle>{t("app.loadFailedTitle", { step: t(`tabs.${step}`) })}</MessageBarTitle>
        {t("app.loadFailed")}
      </MessageBarBody>
    </MessageBar>
  );
}
