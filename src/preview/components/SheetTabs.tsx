import type { KeyboardEvent } from "react";

/**
 * The sheet tabs under Excel's grid, as an ARIA tab list: click or Enter/Space picks a sheet; Left/Right
 * move between tabs (roving tabindex, per the WAI-ARIA Authoring Practices "Tabs" pattern).
 */
export function SheetTabs(props: {
  names: readonly string[];
  active: string;
  label: string;
  onPick: (name: string) => void;
}) {
  const { names, active, label, onPick } = props;
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = names[(i + step + names.length) % names.length];
    onPick(next);
    const list = e.currentTarget.parentElement;
    requestAnimationFrame(() => list?.querySelector<HTMLButtonElement>(`[data-sheet="${CSS.escape(next)}"]`)?.focus());
  };
  return (
    <div role="tablist" aria-label={label} className="preview-sheet-tabs">
      {names.map((name, i) => (
        <button
          key={name}
          type="button"
          role="tab"
          data-sheet={name}
          data-testid={`preview-sheet-tab-${name}`}
          aria-selected={name === active}
          tabIndex={name === active ? 0 : -1}
          className={name === active ? "preview-sheet-tab active" : "preview-sheet-tab"}
          onClick={() => onPick(name)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
