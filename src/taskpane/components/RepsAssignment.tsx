import {
  Checkbox,
  Field,
  Input,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { useLocale } from "../format-context";
import { problemText } from "../model/problem-text";
import type { RepsDraft } from "../model/reps-draft";
import type { RepsOutcome } from "../model/reps-plan";
import { NumberHeaderCell } from "./NumberHeaderCell";
import { headerCell, numberCell, textCell } from "./table-cells";

type SetDraft = (edit: (d: RepsDraft) => RepsDraft) => void;

const useStyles = makeStyles({
  subheading: { margin: 0, fontSize: "inherit" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  dedicated: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  rep: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  hours: { width: "6em" },
});

/** How many changes and unassigned customers are listed before "and N more". */
const SHOWN = 20;

/**
 * Owners suggested by tier and capacity: each rep's weekly hours and whether they are a dedicated account manager,
 * the cap on A accounts; then each rep's load before and after, every change with its reason, and the customers no
 * capacity could take.
 */
export function RepsAssignment(props: { outcome: RepsOutcome; draft: RepsDraft; setDraft: SetDraft }) {
  const { outcome, draft, setDraft } = props;
  const { t } = useTranslation();
  const s = useStyles();
  const toggle = (rep: string, on: boolean) =>
    setDraft((x) => ({ ...x, dedicated: on ? [...x.dedicated, rep] : x.dedicated.filter((r) => r !== rep) }));
  return (
    <div data-testid="reps-assignment">
      <h3 className={s.subheading}>{t("reps.assignment")}</h3>
      <Text block>{t("reps.assignmentIntro")}</Text>
      <Field label={t("reps.capacity")} validationMessage={problemText(t, outcome.problems.capacity)}>
        <Input
          data-testid="reps-capacity"
          value={draft.capacity}
          onChange={(_, d) => setDraft((x) => ({ ...x, capacity: d.value }))}
        />
      </Field>
      <Field label={t("reps.maxA")} hint={t("reps.maxAHint")} validationMessage={problemText(t, outcome.problems.maxA)}>
        <Input
          data-testid="reps-max-a"
          value={draft.maxA}
          onChange={(_, d) => setDraft((x) => ({ ...x, maxA: d.value }))}
        />
      </Field>
      <fieldset className={s.dedicated}>
        <legend>{t("reps.dedicated")}</legend>
        {outcome.reps.map((r, i) => (
          <span key={r.rep} className={s.rep}>
            <Checkbox
              data-testid={`reps-dedicated-${i}`}
              label={r.rep}
              checked={draft.dedicated.includes(r.rep)}
              onChange={(_, d) => toggle(r.rep, d.checked === true)}
            />
            <Input
              size="small"
              className={s.hours}
              aria-label={t("reps.capacityOf", { rep: r.rep })}
              data-testid={`reps-capacity-${i}`}
              placeholder={draft.capacity}
              value={draft.capacityByRep[r.rep] ?? ""}
              onChange={(_, d) => setDraft((x) => ({ ...x, capacityByRep: { ...x.capacityByRep, [r.rep]: d.value } }))}
            />
          </span>
        ))}
      </fieldset>
      {outcome.reps.some((r) => r.load) && <LoadTable outcome={outcome} />}
      <ChangeLists outcome={outcome} />
    </div>
  );
}

function LoadTable({ outcome }: { outcome: RepsOutcome }) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  return (
    <Table size="extra-small" aria-label={t("reps.loadLabel")} data-testid="reps-load">
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={headerCell}>{t("reps.rep")}</TableHeaderCell>
          <NumberHeaderCell>{t("reps.loadBefore")}</NumberHeaderCell>
          <NumberHeaderCell>{t("reps.loadAfter")}</NumberHeaderCell>
          <NumberHeaderCell>{t("reps.capacityShort")}</NumberHeaderCell>
          <NumberHeaderCell>{t("reps.aAccounts")}</NumberHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {outcome.reps.map((r, i) =>
          r.load ? (
            <TableRow key={r.rep} data-testid={`reps-load-${i}`}>
              <TableCell style={textCell}>{r.rep}</TableCell>
              <TableCell style={numberCell}>{fmt.number(r.load.before, 1)}</TableCell>
              <TableCell style={numberCell} data-testid={`reps-load-after-${i}`}>
                {fmt.number(r.load.after, 1)}
              </TableCell>
              <TableCell style={numberCell}>{fmt.number(r.load.capacity, 1)}</TableCell>
              <TableCell style={numberCell}>{fmt.integer(r.load.aAccounts)}</TableCell>
            </TableRow>
          ) : null,
        )}
      </TableBody>
    </Table>
  );
}

/** Every change of owner with its reason, and the customers left without an owner (never a silent overload). */
function ChangeLists({ outcome }: { outcome: RepsOutcome }) {
  const { t } = useTranslation();
  const s = useStyles();
  const more = (n: number) => (n > SHOWN ? <li>{t("reps.more", { count: n - SHOWN })}</li> : null);
  return (
    <div aria-live="polite">
      <Text block data-testid="reps-changes-count">
        {t("reps.changes", { count: outcome.changes.length })}
      </Text>
      <ul className={s.list} data-testid="reps-changes">
        {outcome.changes.slice(0, SHOWN).map((c, i) => (
          <li key={i}>
            {t(c.from ? "reps.changeFrom" : "reps.changeNew", {
              customer: c.customer,
              from: c.from,
              to: c.to,
              reason: t(`reps.reasons.${c.reason}`),
            })}
          </li>
        ))}
        {more(outcome.changes.length)}
      </ul>
      {outcome.unassigned.length > 0 && (
        <>
          <Text block data-testid="reps-unassigned-count">
            {t("reps.unassigned", { count: outcome.unassigned.length })}
          </Text>
          <ul className={s.list} data-testid="reps-unassigned">
            {outcome.unassigned.slice(0, SHOWN).map((u, i) => (
              <li key={i}>{t("reps.unassignedItem", { customer: u.customer, reason: t(`reps.why.${u.reason}`) })}</li>
            ))}
            {more(outcome.unassigned.length)}
          </ul>
        </>
      )}
    </div>
  );
}
