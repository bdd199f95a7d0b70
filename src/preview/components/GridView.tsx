import type { Lang } from "../../i18n/language";
import { useSyncExternalStore } from "react";
import { type Rect, rectAddress } from "../../engine/cells";
import type { SheetRect } from "../grid/a1-address";
import { ChartView } from "../charts/ChartView";
import { fill, type PreviewStrings } from "../preview-strings";
import type { PreviewWorkbookView } from "../workbook-view";
import { AddressBox } from "./AddressBox";
import { CellGrid } from "./CellGrid";
import { SheetTabs } from "./SheetTabs";

/** The in-memory workbook as Excel shows it: name box, cells of the active sheet, its charts, sheet tabs. */
export function GridView({
  view,
  strings,
  lang = "en-US",
}: {
  view: PreviewWorkbookView;
  strings: PreviewStrings;
  lang?: Lang;
}) {
  useSyncExternalStore(view.subscribe, view.version);
  const names = view.sheetNames();
  const active = view.activeSheet();
  const sheet = view.sheet(active);
  const selection = view.selection();
  // Plain functions: neither child is memoised, so memoising these would buy nothing.
  const onSelect = (rect: Rect) => view.select({ sheet: active, ...rect });
  const onAddress = (rect: SheetRect) => {
    if (rect.sheet !== view.activeSheet()) view.activate(rect.sheet);
    view.select(rect);
  };
  const charts = sheet?.charts() ?? [];
  return (
    <section className="preview-workbook" aria-label={strings.workbook}>
      <AddressBox
        address={selection.sheet === active ? rectAddress(selection) : ""}
        sheet={active}
        sheetNames={names}
        strings={strings}
        onSelect={onAddress}
      />
      <div className="preview-sheet-area">
        {sheet && (
          <CellGrid
            key={active}
            sheet={sheet}
            selection={selection.sheet === active ? selection : undefined}
            label={fill(strings.grid, { sheet: active })}
            onSelect={onSelect}
          />
        )}
        {charts.length > 0 && (
          <div className="preview-charts" role="region" aria-label={strings.charts} data-testid="preview-charts">
            {charts.map((c, i) => (
              <ChartView key={i} chart={c} lang={lang} />
            ))}
          </div>
        )}
      </div>
      <SheetTabs names={names} active={active} label={strings.sheets} onPick={(n) => view.activate(n)} />
    </section>
  );
}
