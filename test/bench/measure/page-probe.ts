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
  /** When the page's own HTML, script and style had arrived. */
  assetsLoaded: number;
  /** DOMContentLoaded: the app's module script has run (React then renders in a later task). */
  scriptRun: number;
  /** The tracker.query request on the page's clock (Resource Timing). */
  request: { start: number; responseStart: number; end: number; bytes: number } | null;
}

/** Read in the page once the row is painted. */
export const READ_MARKS = `(() => {
  const marks = window.__panelroomBench || {};
  const resources = performance.getEntriesByType('resource');
  const entry = resources.find((e) => e.name.endsWith('/api/tracker.query'));
  const assets = resources.filter((e) => /\\.(js|css)$/.test(new URL(e.name).pathname)).map((e) => e.responseEnd);
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    rowInDom: marks.rowInDom,
    rowPainted: marks.rowPainted,
    assetsLoaded: Math.max(nav ? nav.responseEnd : 0, ...assets),
    scriptRun: nav ? nav.domContentLoadedEventEnd : 0,
    request: entry ? { start: entry.startTime, responseStart: entry.responseStart, end: entry.responseEnd, bytes: entry.encodedBodySize } : null,
  };
})()`;
