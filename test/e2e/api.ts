import type { APIRequestContext } from '@playwright/test';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/contract';
import type { PreviewApp } from './fixtures';

/** Calls the running app's router over browser mode's HTTP transport, for setting up a test's data. */
export async function api<P extends ProcedureName>(request: APIRequestContext, app: PreviewApp, name: P, input?: ProcedureInput<P>): Promise<ProcedureOutput<P>> {
  // A fresh connection each time: a kept-alive socket the server is just closing (its idle timeout) would reset the call.
  const response = await request.post(`${app.origin}/api/${name}`, { data: { input }, headers: { 'X-Panelroom-Token': app.token, Connection: 'close' } });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${name} failed: ${JSON.stringify(body.error)}`);
  return body.value as ProcedureOutput<P>;
}
