/**
 * Runs in the page before the app's own scripts (addInitScript). Records, on the
 * page's clock (0 = navigation start), when the first tracker row enters the DOM
 * and when the frame that shows it has been painted (the task after that frame's
 * requestAnimationFrame). Plain JavaScript in a string: it is never bundled for Node.
 */
export const PAGE_PROBE = `(() => {
  const marks = {};
  window.__panelroomBench = marks;
  const seen = () => {
    if (marks.rowInDom !== undefined) return true;
    if (!document.querySelector('tr[data-index="0"]')) return false;
    marks.rowInDom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { marks.rowPainted = performance.now(); };
      channel.port2.postMessage(null);
    });
    return true;
  };
  const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export interface PageMarks {
  rowInDom: number;
  rowPainted: number;
  /** The tracker.query request on the page's clock (Resource Timing). */
  request: { start: number; responseStart: number; end: number; bytes: number } | null;
}

/** Read in the page once the row is painted. */
export const READ_MARKS = `(() => {
  const marks = window.__panelroomBench || {};
  const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/tracker.query'));
  return {
    rowInDom: marks.rowInDom,
    rowPainted: marks.rowPainted,
    request: entry ? { start: entry.startTime, responseStart: entry.responseStart, end: entry.responseEnd, bytes: entry.encodedBodySize } : null,
  };
})()`;
