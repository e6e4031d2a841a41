import { useState } from 'react';
import type { ProcedureInput } from '../../../../shared/contract';
import { saveFile, saveWordFile } from '../../api/download';
import { useMutation } from '../../api/use-mutation';
import { useFocusAfterRender } from './use-focus-after-render';

type Format = 'word' | 'csv';

const buttonId = (format: Format) => `actions-export-${format}`;

/**
 * "Export to Word" and "Export to CSV" for the list as filtered: every matching action,
 * not just the page on screen (the core ignores the paging). What happened is told
 * through the page's own notice and error regions, so it is announced once, in one place.
 */
export function ExportButtons({ query, onNotice, onError }: { query: ProcedureInput<'actions.exportCsv'>; onNotice(text: string | undefined): void; onError(text: string | undefined): void }) {
  const [busy, setBusy] = useState<Format>();
  const focusAfterRender = useFocusAfterRender();
  const exporting = useMutation({ fallback: 'The action log could not be exported. Please try again.' });

  async function run(format: Format) {
    if (busy) return;
    onError(undefined);
    // Said in the polite region, as the button's own label change is not announced once it is disabled.
    onNotice(`Exporting the action log to ${format === 'word' ? 'Word' : 'CSV'}…`);
    setBusy(format);
    const sent = format === 'word' ? await exporting.run('actions.exportDocx', query) : await exporting.run('actions.exportCsv', query);
    if (sent.ok) {
      const file = sent.value;
      if ('csv' in file) saveFile(file.fileName, file.csv, 'text/csv;charset=utf-8');
      else saveWordFile(file);
      onNotice(`The action log has been exported to ${format === 'word' ? 'Word' : 'CSV'} as “${file.fileName}”.`);
    } else {
      onNotice(undefined);
      onError(sent.error.message);
    }
    setBusy(undefined);
    // A button loses focus while it is disabled; give it back, unless the person has since moved on.
    if (!document.activeElement || document.activeElement === document.body) focusAfterRender(buttonId(format));
  }

  return (
    <div className="button-row button-row--tight">
      <button id={buttonId('word')} type="button" className="button button--secondary" disabled={busy !== undefined} onClick={() => void run('word')}>
        {busy === 'word' ? 'Exporting to Word…' : 'Export to Word'}
      </button>
      <button id={buttonId('csv')} type="button" className="button button--secondary" disabled={busy !== undefined} onClick={() => void run('csv')}>
        {busy === 'csv' ? 'Exporting to CSV…' : 'Export to CSV'}
      </button>
    </div>
  );
}
