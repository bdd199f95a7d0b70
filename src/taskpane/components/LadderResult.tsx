import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useLocale } from "../format-context";
import type { LadderOutcome } from "../model/ladder-draft";
import { AllocationTable } from "./AllocationTable";
import { NumberHeaderCell } from "./NumberHeaderCell";
import { StageFunnel } from "./StageFunnel";
import { headerCell, numberCell, textCell } from "./table-cells";
import { TierPlanTable } from "./TierPlanTable";

interface Props {
  readonly outcome: LadderOutcome & Required<Pick<LadderOutcome, "targets">>;
  /** Midnight today (UTC): start dates before it are flagged. */
  readonly today: Date;
  readonly writing: boolean;
  onWriteFunnel(): void;
}

/** The ladder's result: the funnel with its bottleneck, the stage targets, the per-tier plan, the split, and the write button. */
export function LadderResult({ outcome, today, writing, onWriteFunnel }: Props) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const bottleneck = outcome.comparison?.bottleneck ?? undefined;
  return (
    <div data-testid="ladder-result" aria-live="polite">
      <StageFunnel
        stages={outcome.targets.map((s) => ({ name: s.names[lang], target: s.target }))}
        bottleneck={bottleneck?.step}
        title={t("ladder.funnelTitle")}
        desc={t("ladder.funnelDesc")}
        bottleneckLabel={t("ladder.bottleneck")}
      />
      {bottleneck && (
        <Text block weight="semibold" data-testid="ladder-bottleneck">
          {t("ladder.bottleneckAt", { stage: outcome.targets[bottleneck.step].names[lang] })}
          {" — "}
          {t(`notes.${bottleneck.reason.key}`, { ...bottleneck.reason.params, defaultValue: bottleneck.text })}
        </Text>
      )}
      <LadderTargetsTable outcome={outcome} today={today} />
      {outcome.tierPlan && <TierPlanTable plan={outcome.tierPlan} lang={lang} />}
      {outcome.allocation && <AllocationTable allocation={outcome.allocation} />}
      <Button appearance="primary" data-testid="ladder-write-funnel" disabled={writing} onClick={onWriteFunnel}>
        {t("ladder.writeFunnel")}
      </Button>
    </div>
  );
}

/** Each stage's target, its actual count and its start-by date (past dates flagged). */
function LadderTargetsTable({ outcome, today }: Pick<Props, "outcome" | "today">) {
  const { t } = useTranslation();
  const { lang, fmt } = useLocale();
  const { comparison, starts } = outcome;
  return (
    <Table size="extra-small" aria-label={t("ladder.targets")} data-testid="ladder-targets">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={headerCell}>{t("ladder.stage")}</TableHeaderCell>
          <NumberHeaderCell>{t("ladder.target")}</NumberHeaderCell>
          {comparison && <NumberHeaderCell>{t("ladder.actual")}</NumberHeaderCell>}
          {starts && <NumberHeaderCell>{t("ladder.startBy")}</NumberHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {outcome.targets.map((s, i) => (
          <TableRow key={s.id}>
            <TableCell style={textCell}>{s.names[lang]}</TableCell>
            <TableCell style={numberCell} data-testid={`ladder-target-${i}`}>
              {fmt.integer(s.target)}
            </TableCell>
            {comparison && <TableCell style={numberCell}>{fmt.integer(comparison.stages[i].actual)}</TableCell>}
            {starts && (
              <TableCell style={numberCell} data-testid={`ladder-start-${i}`}>
                {fmt.date(starts[i].startBy)}
                {starts[i].startBy.getTime() < today.getTime() && (
                  <>
                    {" "}
                    <Badge size="small" appearance="tint" color="danger" data-testid={`ladder-start-past-${i}`}>
                      {t("ladder.past")}
                    </Badge>
                  </>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
