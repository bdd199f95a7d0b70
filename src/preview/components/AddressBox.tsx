import { useId, useState } from "react";
import { parseA1Range, type SheetRect } from "../grid/a1-address";
import { fill, type PreviewStrings } from "../preview-strings";

/**
 * Excel's Name Box: shows the selection's address; typing an address ("B2", "A1:H501",
 * "Orders!A1:D20") and pressing Enter selects it. A wrong address is said plainly next to the box.
 */
export function AddressBox(props: {
  address: string;
  sheet: string;
  sheetNames: readonly string[];
  strings: PreviewStrings;
  onSelect: (rect: SheetRect) => void;
}) {
  const { address, sheet, sheetNames, strings, onSelect } = props;
  const [text, setText] = useState(address);
  const [error, setError] = useState<string>();
  const id = useId();
  // A new selection replaces what was typed, adjusted while rendering as React advises for state that
  // follows a prop (https://react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes).
  const [shownAddress, setShownAddress] = useState(address);
  if (shownAddress !== address) {
    setShownAddress(address);
    setText(address);
    setError(undefined);
  }

  const apply = () => {
    const parsed = parseA1Range(text);
    if (!parsed) return setError(fill(strings.nameBoxInvalid, { address: text }));
    const target = parsed.sheet ?? sheet;
    if (!sheetNames.includes(target)) return setError(fill(strings.nameBoxUnknownSheet, { sheet: target }));
    setError(undefined);
    onSelect({ sheet: target, ...parsed.rect });
  };

  return (
    <div className="preview-address">
      <label htmlFor={id} className="preview-visually-hidden">
        {strings.nameBox}
      </label>
      <input
        id={id}
        data-testid="preview-address"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") apply();
          if (e.key === "Escape") setText(address);
        }}
      />
      {error && (
        <span id={`${id}-error`} role="alert" className="preview-address-error" data-testid="preview-address-error">
          {error}
        </span>
      )}
    </div>
  );
}
