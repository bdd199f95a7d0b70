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

interface SectionProps {
  readonly title: string;
  readonly id: string;
  /** 3 for a section inside a pane's section, so the headings nest as the regions do. */
  readonly level?: 2 | 3;
  readonly children: ReactNode;
}

/** A titled group of controls; the heading labels the region for screen readers. */
export function Section({ title, id, level = 2, children }: SectionProps) {
  const s = useStyles();
  const Heading = level === 3 ? "h3" : "h2";
  return (
    <section className={s.section} aria-labelledby={`${id}-heading`} data-testid={id}>
      <Heading id={`${id}-heading`} className={s.heading}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
