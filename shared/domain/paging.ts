/**
 * Rows per tracker page: a screen and a half (a tall window shows about 35), so the first
 * rows are on screen before a longer page could have been read, sent and drawn; the list
 * asks for the next page as the person scrolls towards it.
 */
export const TRACKER_PAGE_SIZE = 60;
