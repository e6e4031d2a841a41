import type { Capabilities, PanelroomBridge } from '../../../shared/bridge';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import type { ApiResult } from '../../../shared/errors';
import type { FilingChecklist } from '../../../shared/schemas/filing';
import { ApiError } from './api-error';
import { createHttpBridge } from './http-bridge';

export { ApiError };

declare global {
  interface Window {
    panelroom?: PanelroomBridge;
  }
}

// In the desktop app the preload provides the bridge; in browser mode it is HTTP. Nothing else differs.
const bridge: PanelroomBridge = window.panelroom ?? createHttpBridge();

export const capabilities: Capabilities = bridge.capabilities;

const flushers = new Set<() => Promise<void>>();
bridge.setBeforeClose(async () => {
  await Promise.allSettled([...flushers].map((flush) => flush()));
});

/**
 * Registers work that must finish before the window closes (unsaved typing). Returns
 * the function that unregisters it.
 */
export function onBeforeClose(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Hears what the core says as it happens (unchecked: `live.ts` parses it). */
export function subscribeLive(listener: (message: unknown) => void): () => void {
  return bridge.subscribeLive(listener);
}

/** The chair's large-type, read-only view of a meeting, beside this one. */
export function openChairView(meetingId: number): void {
  bridge.openChairView(meetingId);
}

function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Desktop: a native folder dialog, then every child's extract written there. Null when the person cancels. */
export async function exportForFilingToFolder(meetingId: number): Promise<FilingChecklist | null> {
  return unwrap(await bridge.exportForFiling(meetingId));
}

/** Desktop: shows the meeting's folder for filing in the file manager. */
export async function openFilingFolder(meetingId: number): Promise<void> {
  unwrap(await bridge.openFilingFolder(meetingId));
}

/** Desktop: the council's CA certificate file, chosen in the system's dialog. Null when the person cancels. */
export async function chooseCertificateFile(): Promise<string | null> {
  return unwrap(await bridge.chooseCertificateFile());
}

export async function call<P extends ProcedureName>(name: P, ...args: undefined extends ProcedureInput<P> ? [input?: ProcedureInput<P>] : [input: ProcedureInput<P>]): Promise<ProcedureOutput<P>> {
  const result = await bridge.call(name, args[0]);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ProcedureOutput<P>;
}
