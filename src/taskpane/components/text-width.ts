/**
 * A generous estimate of a text's width in an SVG at `fontSize` px, for sizing a chart's viewBox so
 * no label is clipped and none runs into a bar: CJK and full-width characters take 1 em, other
 * characters 0.62 em (wider than the average Latin glyph of Segoe UI, ~0.5 em, so the estimate errs wide).
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text)
    em += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 1
      : 0.62;
  return em * fontSize;
}
