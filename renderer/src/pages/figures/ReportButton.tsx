import { useState } from 'react';
import type { FiguresPeriod } from '../../../../shared/schemas/figures';
import { call, errorMessage } from '../../api/client';
import { saveWordFile } from '../../api/download';

/**
 * The Word report for the performance meeting. Counts only by default; the appendix naming
 * the children behind the drift and delay figures is added only when the person ticks it.
 */
export function ReportButton({ period, onNotice, onError }: { period: FiguresPeriod; onNotice(text: string | undefined): void; onError(text: string | undefined): void }) {
  const [withNames, setWithNames] = useState(false);
  const [busy, setBusy] = useState(false);

  async function run() {
    if (busy) return;
    onError(undefined);
    onNotice('Writing the Word report…');
    setBusy(true);
    try {
      const file = await call('figures.exportDocx', { ...period, withNames });
      saveWordFile(file);
      onNotice(`The report has been exported to Word as “${file.fileName}”${withNames ? ', with the appendix naming children' : ''}.`);
    } catch (err) {
      onNotice(undefined);
      onError(errorMessage(err, 'The report could not be exported. Please try again.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="figures__report">
      <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => void run()}>
        {busy ? 'Exporting to Word…' : 'Export report to Word'}
      </button>
      <div className="checkbox">
        <input id="figures-with-names" type="checkbox" checked={withNames} onChange={(e) => setWithNames(e.target.checked)} />
        <label htmlFor="figures-with-names">
          Add an appendix naming the children behind the drift and delay figures
        </label>
      </div>
    </div>
  );
}
