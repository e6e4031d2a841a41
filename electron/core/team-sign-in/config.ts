import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readFlag } from '../data-dir';
import { teamStoreAddress } from '../../../shared/procedures/sign-in';
import { connectionSettings, redactUrl } from '../db/postgres';
import { AppError } from '../errors';

/**
 * Where a council's team store is: its address (without any password) and the council's CA
 * certificate. IT can deploy it as `team-store.json` in the app's data folder; browser mode also
 * takes `--database-url` (or PANELROOM_DATABASE_URL) and `--ca-file`. With none of these the app
 * keeps its data on this computer, exactly as before.
 */
export const TEAM_STORE_CONFIG_FILE = 'team-store.json';

export const teamStoreConfig = z
  .object({
    /** postgres://[login@]host[:port]/database[?sslmode=…]: never a password (each person types their own). */
    url: teamStoreAddress,
    /** The council's CA certificate (PEM); a relative path is read from the folder the file is in. */
    caFile: z.string().trim().min(1).optional(),
  })
  .strict();

export type TeamStoreConfig = z.infer<typeof teamStoreConfig>;

export type TeamStoreSetting =
  | { kind: 'none' }
  | {
      kind: 'team';
      config: TeamStoreConfig;
      /** Where it was read from, for the log and messages: never the password. */
      source: string;
      /** A password given in browser mode's --database-url: tried once at start, never stored. */
      password?: string;
    }
  | { kind: 'invalid'; source: string; message: string };

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.code === 'unrecognized_keys' ? `It holds ${issue.keys.join(', ')}, which Panelroom does not know.` : issue.message)).join(' ');
}

/** Reads `team-store.json` from the data folder: none when there is no such file. */
export function readTeamStoreConfig(dataDir: string): TeamStoreSetting {
  const file = path.join(dataDir, TEAM_STORE_CONFIG_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return { kind: 'invalid', source: file, message: `Panelroom cannot read ${TEAM_STORE_CONFIG_FILE} in its data folder, which says where the team store is. Ask IT to check the file.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'invalid', source: file, message: `${TEAM_STORE_CONFIG_FILE} in Panelroom’s data folder is not valid JSON, so Panelroom does not know where the team store is. Ask IT to check the file.` };
  }
  const parsed = teamStoreConfig.safeParse(json);
  if (!parsed.success) return { kind: 'invalid', source: file, message: `${TEAM_STORE_CONFIG_FILE} in Panelroom’s data folder cannot be used: ${describe(parsed.error)}` };
  const caFile = parsed.data.caFile ? path.resolve(dataDir, parsed.data.caFile) : undefined;
  return { kind: 'team', config: { url: parsed.data.url, ...(caFile ? { caFile } : {}) }, source: file };
}

/** Writes where the team store is (as Settings chooses it), checked as IT's file would be. */
export function writeTeamStoreConfig(dataDir: string, config: TeamStoreConfig): void {
  const checked = teamStoreConfig.parse(config);
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, TEAM_STORE_CONFIG_FILE);
  const temporary = `${file}.new`;
  fs.writeFileSync(temporary, `${JSON.stringify(checked, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/**
 * Browser mode: `--database-url <url>` (or PANELROOM_DATABASE_URL) with `--ca-file <pem>` (or
 * PANELROOM_CA_FILE) win; then `team-store.json` in the data folder; else none. A password in the
 * URL is taken out of the address and tried once at start.
 */
export function teamStoreSettingFrom(argv: readonly string[], env: NodeJS.ProcessEnv, dataDir: string): TeamStoreSetting {
  const url = readFlag(argv, '--database-url') ?? (env.PANELROOM_DATABASE_URL?.trim() || undefined);
  if (!url) return readTeamStoreConfig(dataDir);
  const caFlag = readFlag(argv, '--ca-file') ?? (env.PANELROOM_CA_FILE?.trim() || undefined);
  const source = readFlag(argv, '--database-url') ? '--database-url' : 'PANELROOM_DATABASE_URL';
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { kind: 'invalid', source, message: `The address given by ${source} (${redactUrl(url)}) cannot be used: it is not in the expected form, such as postgres://server.council.gov.uk:5432/panelroom.` };
  }
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = '';
  const checked = teamStoreAddress.safeParse(parsed.toString());
  if (!checked.success) return { kind: 'invalid', source, message: `The address given by ${source} (${redactUrl(url)}) cannot be used: ${describe(checked.error)}` };
  const config: TeamStoreConfig = { url: checked.data, ...(caFlag ? { caFile: path.resolve(caFlag) } : {}) };
  return password === undefined ? { kind: 'team', config, source } : { kind: 'team', config, source, password };
}

/** Checks a CA file can be read and looks like a certificate, and writes the choice to team-store.json. Refusals name the field. */
export function chooseTeamStore(dataDir: string, input: { url: string; caFile: string | null }): TeamStoreConfig {
  try {
    connectionSettings({ url: input.url }, {});
  } catch (err) {
    const message = err instanceof Error ? err.message : 'That is not a team store address.';
    throw new AppError('INVALID_INPUT', message, { url: message });
  }
  const caFile = input.caFile ? path.resolve(input.caFile) : undefined;
  if (caFile) {
    let text: string;
    try {
      text = fs.readFileSync(caFile, 'utf8');
    } catch {
      throw new AppError('INVALID_INPUT', 'Panelroom cannot read that CA certificate file. Check the file name IT gave you, then save again. Nothing has been changed.', {
        caFile: 'Panelroom cannot read a file by that name.',
      });
    }
    if (!text.includes('-----BEGIN CERTIFICATE-----')) {
      throw new AppError('INVALID_INPUT', 'That file is not a CA certificate (a PEM file beginning “-----BEGIN CERTIFICATE-----”). Check the file IT gave you, then save again. Nothing has been changed.', {
        caFile: 'This file is not a PEM certificate.',
      });
    }
  }
  const config: TeamStoreConfig = { url: input.url, ...(caFile ? { caFile } : {}) };
  writeTeamStoreConfig(dataDir, config);
  return config;
}
