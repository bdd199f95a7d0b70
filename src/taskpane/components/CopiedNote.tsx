import { Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { CopyOutcome } from "../hooks/useCopyText";

/** After a Copy: "Copied", or, when the host refused the clipboard, how to copy the text shown by hand. */
export function CopiedNote({ outcome, testId }: { outcome: CopyOutcome; testId: string }) {
  const { t } = useTranslation();
  if (outcome === "idle") return null;
  return (
    <Text role="status" data-testid={testId}>
      {outcome === "copied" ? t("exportScheme.copied") : t("exportScheme.copyRefused")}
    </Text>
  );
}
