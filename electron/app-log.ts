import fs from 'node:fs';
import path from 'node:path';

export const LOG_FILE_NAME = 'panelroom.log';

export interface LogOptions {
  /** Rotated at this size: the file and `keep` older ones, so the log never grows without end. */
  maxBytes?: number;
  keep?: number;
  now?: () => Date;
}

export interface AppLog {
  readonly folder: string;
  info(message: string): void;
  warn(message: string): void;
  /** An error: its kind, code and where it happened. Never its message, which may quote what was typed. */
  error(context: string, err: unknown): void;
}

/**
 * The desktop app's log, in `logs/` under the user-data folder, for the IT service desk.
 * What it writes is chosen by the app: fixed sentences, procedure and event names, error kinds,
 * codes and stack frames. Never an error's message (SQLite and the services can quote a
 * child's name or the minutes in one), never what a page sent. Written synchronously, so the
 * line before a crash is on the disk.
 */
export function openAppLog(folder: string, options: LogOptions = {}): AppLog {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => new Date());
  const file = path.join(folder, LOG_FILE_NAME);
  const write = (level: string, text: string) => {
    try {
      fs.mkdirSync(folder, { recursive: true });
      rotateIfFull(file, maxBytes, keep);
      fs.appendFileSync(file, `${now().toISOString()} ${level} ${text}\n`);
    } catch {
      // a log that cannot be written must never stop the app
    }
  };
  return {
    folder,
    info: (message) => write('INFO ', oneLine(message)),
    warn: (message) => write('WARN ', oneLine(message)),
    error: (context, err) => write('ERROR', `${oneLine(context)}: ${describeError(err)}`),
  };
}

function rotateIfFull(file: string, maxBytes: number, keep: number): void {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return;
  }
  if (size < maxBytes) return;
  fs.rmSync(`${file}.${keep}`, { force: true });
  for (let i = keep - 1; i >= 1; i--) if (fs.existsSync(`${file}.${i}`)) fs.renameSync(`${file}.${i}`, `${file}.${i + 1}`);
  fs.renameSync(file, `${file}.1`);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Name, code and stack frames; the message is left out on purpose (see openAppLog). */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return `a thrown ${typeof err}`;
  const code = (err as { code?: unknown }).code;
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 8)
    .map((line) => line.trim());
  return [`${err.name}${typeof code === 'string' || typeof code === 'number' ? ` [${code}]` : ''}`, ...frames].join(' | ');
}
