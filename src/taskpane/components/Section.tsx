import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalM,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** A titled group of controls; the heading labels the region for screen readers. */
export function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <section className={s.section} aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`} className={s.heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}
