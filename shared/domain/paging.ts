/** Rows per tracker page: about three screens' worth, so scrolling rarely waits and a page stays small to send. */
export const TRACKER_PAGE_SIZE = 200;
