import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { lgpPreview } from '../../../../../shared/schemas/minutes';
import { call, errorMessage } from '../../../api/client';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useAutosaveStore } from '../../../components/use-autosave';
import { useMinutesContext } from '../minutes-context';
import { usePendingFocus } from '../use-pending-focus';
import { ChildChanges } from './ChildChanges';

type Preview = z.infer<typeof lgpPreview>;

/**
 * Carries the panel's decision to each child's record (legal status, key dates, the plan),
 * but only after showing exactly what would change and the person confirming it.
 */
export function LgpRecordUpdate({ itemId }: { itemId: number }) {
  const { refetch, announce } = useMinutesContext();
  const store = useAutosaveStore();
  const [preview, setPreview] = useState<Preview>();
  const [error, setError] = useState<string>();
  const focusLater = usePendingFocus();
  const openId = `lgp-update-${itemId}`;

  async function open() {
    setError(undefined);
    try {
      // The decision just chosen must be the one the core previews.
      await store.flushAll();
      setPreview(await call('lgp.preview', { itemId }));
    } catch (err) {
      setError(errorMessage(err, 'The changes could not be worked out.'));
    }
  }

  async function apply() {
    setError(undefined);
    try {
      const done = await call('lgp.apply', { itemId });
      setPreview(undefined);
      announce(done.children.length ? `The record of ${done.children.map((c) => c.childName).join(' and ')} has been updated.` : 'Nothing needed changing.');
      focusLater(openId);
      await refetch();
    } catch (err) {
      setError(errorMessage(err, 'The child’s record could not be updated.'));
    }
  }

  return (
    <div className="lgp-update">
      {preview ? (
        <ConfirmPanel
          preview={preview}
          idBase={openId}
          onApply={() => void apply()}
          onCancel={() => {
            setPreview(undefined);
            focusLater(openId);
          }}
        />
      ) : (
        <button id={openId} type="button" className="button button--secondary" onClick={() => void open()}>
          Update the child’s record…
        </button>
      )}
      <ErrorMessage text={error} />
    </div>
  );
}

function ConfirmPanel({ preview, idBase, onApply, onCancel }: { preview: Preview; idBase: string; onApply(): void; onCancel(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  // The button that opened the panel is gone: the keyboard goes to the panel's first button.
  useEffect(() => ref.current?.querySelector('button')?.focus(), []);
  const anything = preview.children.some((c) => c.changes.length > 0);
  return (
    <div ref={ref} className="panel panel--wide" role="region" aria-labelledby={`${idBase}-title`}>
      <h4 id={`${idBase}-title`}>What will change on the record</h4>
      <ChildChanges records={preview.children} none="Nothing to change." />
      <div className="button-row">
        {anything ? (
          <button type="button" className="button" onClick={onApply}>
            Apply these changes
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {anything ? 'Cancel' : 'Close'}
        </button>
      </div>
    </div>
  );
}
