import {
  Button,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useLocale } from "../format-context";
import type { LadderDraftState } from "../hooks/useLadderDraft";
import { withStageMovedUp, withStageRow, withoutStage } from "../model/ladder-edits";
import type { LadderRow } from "../model/ladder-draft";
import type { Problem } from "../model/tier-draft";
import { NumberHeaderCell } from "./NumberHeaderCell";
import { PercentInput } from "./PercentInput";
import { headerCell, numberCell } from "./table-cells";
import { useVisuallyHidden } from "./visually-hidden";

const useStyles = makeStyles({
  // Fixed columns, so the inputs share a 320 px pane instead of pushing the table wider.
  table: { tableLayout: "fixed", width: "100%" },
  rate: { width: "17%" },
  days: { width: "15%" },
  actual: { width: "17%" },
  actions: { width: "52px" },
  cell: { paddingInline: "2px" },
  actionsCell: { paddingInline: 0, whiteSpace: "nowrap" },
  input: { minWidth: 0, width: "100%" },
  rowButton: { minWidth: 0, padding: "0 4px" },
  none: { display: "block" },
});

interface Props {
  readonly ladder: LadderDraftState;
  readonly problems: Readonly<Record<string, Problem>>;
}

/** The stages as one compact table (name, rate, days, actual), a row per stage, with buttons to move a stage up or remove it. */
export function LadderStageTable({ ladder, problems }: Props) {
  const { t } = useTranslation();
  const s = useStyles();
  const screenReaderOnly = useVisuallyHidden().hidden;
  return (
    <Table size="extra-small" aria-label={t("ladder.stages")} data-testid="ladder-stage-table" className={s.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={headerCell}>{t("ladder.stage")}</TableHeaderCell>
          <NumberHeaderCell className={s.rate}>{t("ladder.rateShort")}</NumberHeaderCell>
          <NumberHeaderCell className={s.days}>{t("ladder.durationShort")}</NumberHeaderCell>
          <NumberHeaderCell className={s.actual}>{t("ladder.actualShort")}</NumberHeaderCell>
          <TableHeaderCell className={s.actions}>
            <span className={screenReaderOnly}>{t("ladder.rowActions")}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {ladder.draft.rows.map((r, i) => (
          <StageRow key={r.id} row={r} i={i} ladder={ladder} problems={problems} />
        ))}
      </TableBody>
    </Table>
  );
}

function StageRow({ row: r, i, ladder, problems: p }: { row: LadderRow; i: number } & Props) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const s = useStyles();
  const { draft, setDraft } = ladder;
  const name = r.names[lang];
  const last = i === draft.rows.length - 1;
  const set = (patch: Partial<LadderRow>) => setDraft((d) => withStageRow(d, i, patch));
  // A field with a problem points at the message under the table.
  const invalid = (key: string) =>
    p[key] ? { "aria-invalid": true, "aria-describedby": `ladder-problem-${key}` } : {};
  return (
    <TableRow data-testid={`ladder-stage-${i}`} aria-label={name}>
      <TableCell className={s.cell}>
        <Input
          size="small"
          className={s.input}
          aria-label={t("ladder.stageName", { n: i + 1 })}
          data-testid={`ladder-name-${i}`}
          value={name}
          onChange={(_, d) => set({ names: { ...r.names, [lang]: d.value } })}
        />
      </TableCell>
      <TableCell className={s.cell}>
        {!last ? (
          <PercentInput
            size="small"
            className={s.input}
            aria-label={t("ladder.rateOf", { stage: name })}
            data-testid={`ladder-rate-${i}`}
            value={r.rate}
            inputMode="decimal"
            onChange={(_, d) => set({ rate: d.value })}
            {...invalid(`rate-${i}`)}
          />
        ) : (
          <span style={numberCell} className={s.none}>
            –
          </span>
        )}
      </TableCell>
      <TableCell className={s.cell}>
        <Input
          size="small"
          className={s.input}
          aria-label={t("ladder.durationOf", { stage: name })}
          data-testid={`ladder-duration-${i}`}
          value={r.duration}
          inputMode="numeric"
          onChange={(_, d) => set({ duration: d.value })}
          {...invalid(`duration-${i}`)}
        />
      </TableCell>
      <TableCell className={s.cell}>
        <Input
          size="small"
          className={s.input}
          aria-label={t("ladder.actualOf", { stage: name })}
          data-testid={`ladder-actual-${i}`}
          value={r.actual}
          inputMode="numeric"
          onChange={(_, d) => set({ actual: d.value })}
          {...invalid(`actual-${i}`)}
        />
      </TableCell>
      <TableCell className={s.actionsCell}>
        <StageButtons i={i} name={name} ladder={ladder} />
      </TableCell>
    </TableRow>
  );
}

function StageButtons({ i, name, ladder }: { i: number; name: string; ladder: LadderDraftState }) {
  const { t } = useTranslation();
  const s = useStyles();
  const { draft, setDraft } = ladder;
  const up = t("ladder.moveUp", { stage: name });
  const remove = t("ladder.removeStage", { stage: name });
  return (
    <>
      {i > 0 && (
        <Button
          size="small"
          appearance="subtle"
          className={s.rowButton}
          data-testid={`ladder-up-${i}`}
          aria-label={up}
          title={up}
          onClick={() => setDraft((d) => withStageMovedUp(d, i))}
        >
          ↑
        </Button>
      )}
      {draft.rows.length > 2 && (
        <Button
          size="small"
          appearance="subtle"
          className={s.rowButton}
          data-testid={`ladder-remove-${i}`}
          aria-label={remove}
          title={remove}
          onClick={() => setDraft((d) => withoutStage(d, i))}
        >
          ×
        </Button>
      )}
    </>
  );
}
