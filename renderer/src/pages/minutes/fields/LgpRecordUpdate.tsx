import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { lgpPreview } from '../../../../../shared/schemas/minutes';
import { useMutation } from '../../../api/use-mutation';
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
  const { run } = useMutation();
  const focusLater = usePendingFocus();
  const openId = `lgp-update-${itemId}`;

  async function open() {
    setError(undefined);
    // The decision just chosen must be the one the core previews.
    await store.flushAll();
    const sent = await run('lgp.preview', { itemId }, 'The changes could not be worked out.');
    if (sent.ok) setPreview(sent.value);
    else setError(sent.error.message);
  }

  async function apply() {
    setError(undefined);
    const sent = await run('lgp.apply', { itemId }, 'The child’s record could not be updated.');
    if (!sent.ok) return setError(sent.error.message);
    setPreview(undefined);
    const { children } = sent.value;
    announce(children.length ? `The record of ${children.map((c) => c.childName).join(' and ')} has been updated.` : 'Nothing needed changing.');
    focusLater(openId);
    await refetch();
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
