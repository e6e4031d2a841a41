import { useState } from 'react';
import type { FiguresPeriod } from '../../../../shared/schemas/figures';
import { saveWordFile } from '../../api/download';
import { useMutation } from '../../api/use-mutation';

/**
 * The Word report for the performance meeting. Counts only by default; the appendix naming
 * the children behind the drift and delay figures is added only when the person ticks it.
 */
export function ReportButton({ period, onNotice, onError }: { period: FiguresPeriod; onNotice(text: string | undefined): void; onError(text: string | undefined): void }) {
  const [withNames, setWithNames] = useState(false);
  const report = useMutation({ fallback: 'The report could not be exported. Please try again.' });
  const busy = report.pending;

  async function run() {
    if (busy) return;
    onError(undefined);
    onNotice('Writing the Word report…');
    const sent = await report.run('figures.exportDocx', { ...period, withNames });
    if (!sent.ok) {
      onNotice(undefined);
      onError(sent.error.message);
      return;
    }
    saveWordFile(sent.value);
    onNotice(`The report has been exported to Word as “${sent.value.fileName}”${withNames ? ', with the appendix naming children' : ''}.`);
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
