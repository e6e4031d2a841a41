/**
 * The page every document is laid out on, in twips (1/20 pt; 567 to the centimetre),
 * Word's own unit, so widths add up exactly and nothing is rounded on the way in.
 */

/** A4 portrait: councils print and file on A4, never US Letter. */
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;

/** 2 cm: room for hole punching and for the page stamps of a court bundle. */
export const MARGIN = 1134;

/** 2.5 cm at the foot, because the footer has two lines (marking and page number) and must not crowd the text. */
export const BOTTOM_MARGIN = 1418;

/** Header and footer sit 1 cm from the edge of the paper. */
export const HEADER_FOOTER_DISTANCE = 567;

/** The width a full-width table must add up to. */
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
