import { useState } from 'react';
import type { z } from 'zod';
import type { EditConflict } from '../../../shared/errors';
import { toApiError } from '../api/api-error';
import { useMutation, type Mutation } from '../api/use-mutation';

export interface SaveFormState {
  saving: boolean;
  message: string | undefined;
  fieldErrors: Record<string, string>;
  /** Set when the core warned of a likely duplicate: the form offers "Save anyway". */
  duplicateWarning: string | undefined;
  /** Set when the save lost the race to someone else's: the form shows `EditConflict` at each field it names. */
  conflict: { detail: EditConflict; messages: Record<string, string> } | undefined;
  /** The person chose at one field: its conflict is settled. */
  settle(path: string): void;
  submit(confirmDuplicate?: boolean): Promise<boolean>;
  reset(): void;
}

/** Sends one change for a form; a refusal is thrown as the core's error, which the form shows beside its fields. */
export type Send = Mutation['send'];

const NOT_SAVED = 'Something went wrong and nothing was saved. Please try again.';

/**
 * Checks the form with the same zod schema the core uses (so mistakes show at
 * once), then saves through the core, which checks again and has the last word.
 * `save` sends with the `send` it is given, so the form shows what the core said.
 */
export function useSaveForm<S extends z.ZodType>(
  schema: S,
  values: () => z.input<S>,
  save: (input: z.input<S>, send: Send) => Promise<unknown>,
  /** Rules across fields that the schema alone cannot express (e.g. date of birth before entering care). */
  check?: (parsed: z.output<S>) => Record<string, string>,
): SaveFormState {
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [duplicateWarning, setDuplicateWarning] = useState<string>();
  const [conflict, setConflict] = useState<SaveFormState['conflict']>();
  const { send } = useMutation({ fallback: NOT_SAVED });

  const reset = () => {
    setMessage(undefined);
    setFieldErrors({});
    setDuplicateWarning(undefined);
    setConflict(undefined);
  };

  const settle = (path: string) =>
    setConflict((now) => {
      if (!now) return now;
      const messages = Object.fromEntries(Object.entries(now.messages).filter(([k]) => k !== path));
      return Object.keys(messages).length > 0 ? { ...now, messages } : undefined;
    });

  async function submit(confirmDuplicate = false): Promise<boolean> {
    reset();
    const input = { ...(values() as object), ...(confirmDuplicate ? { confirmDuplicate: true } : {}) } as z.input<S>;
    const local = schema.safeParse(input);
    if (!local.success) {
      const errors: Record<string, string> = {};
      for (const issue of local.error.issues) {
        const key = issue.path.map(String).join('.');
        if (key && !(key in errors)) errors[key] = issue.message;
      }
      setFieldErrors(errors);
      setMessage('Please correct the entries shown.');
      return false;
    }
    const crossField = check?.(local.data) ?? {};
    if (Object.keys(crossField).length > 0) {
      setFieldErrors(crossField);
      setMessage('Please correct the entries shown.');
      return false;
    }
    setSaving(true);
    try {
      await save(input, send);
      return true;
    } catch (err) {
      const error = toApiError(err, NOT_SAVED);
      if (error.code === 'NEEDS_CONFIRMATION') setDuplicateWarning(error.message);
      else if (error.code === 'CONFLICT' && error.conflict && Object.keys(error.fieldErrors).length > 0) setConflict({ detail: error.conflict, messages: error.fieldErrors });
      else {
        setMessage(error.message);
        setFieldErrors(error.fieldErrors);
      }
      return false;
    } finally {
      setSaving(false);
    }
  }

  return { saving, message, fieldErrors, duplicateWarning, conflict, settle, submit, reset };
}
