import { makeStyles } from "@fluentui/react-components";

/** Text for screen readers only (the usual clip pattern): e.g. the header of a column of row buttons. */
export const useVisuallyHidden = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    padding: 0,
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: "none",
  },
});
