/** The grid's own sizes in CSS pixels, for rows and columns the sheet gives none. */
export const ROW_HEIGHT = 22;
export const COLUMN_WIDTH = 112;
/** The column letters' row, and the row numbers' column. */
export const HEADER_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 52;
/** Empty rows and columns shown past the used range, so there is room to select beside the data. */
export const SPARE_ROWS = 20;
export const SPARE_COLUMNS = 3;
