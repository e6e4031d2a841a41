import fs from 'node:fs';
import path from 'node:path';

/** British English, as every document Panelroom writes. */
export const SPELLING_LANGUAGE = 'en-GB';
/** The file name Chromium looks for (its version suffix for en-GB), in the Dictionaries folder under the user-data folder. */
export const DICTIONARY_FILE_NAME = 'en-GB-10-1.bdic';
/**
 * Where Chromium would fetch a missing dictionary from, pointed at this computer's own loopback
 * address on the discard port: if the shipped dictionary were ever missing or refused, the
 * request would fail at once on this computer instead of reaching Google's servers.
 */
export const DICTIONARY_DOWNLOAD_URL = 'http://127.0.0.1:9/panelroom-has-no-dictionary-server/';

/** The slice of Electron's Session this module uses, so it can be driven without Electron. */
export interface SpellingSession {
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  setSpellCheckerLanguages(languages: string[]): void;
  on(event: 'spellcheck-dictionary-download-begin', listener: (event: unknown, languageCode: string) => void): unknown;
}

/**
 * Offline spelling in British English. macOS uses the system's own spelling checker (Electron
 * downloads nothing there, and the language calls do nothing). Windows and Linux use Hunspell:
 * Chromium reads `<user data>/Dictionaries/en-GB-10-1.bdic` if the file is there and passes
 * its check, and downloads it otherwise. So the dictionary shipped with the app (built from the
 * en-GB Hunspell dictionary on the npm registry) is copied there first, before the language is
 * set, and the download address is one that never leaves the computer. An attempt to download
 * is still logged, so it would show.
 */
export function setUpSpelling(session: SpellingSession, options: { platform: NodeJS.Platform; userData: string; shippedDictionary: string; log(message: string): void }): void {
  session.on('spellcheck-dictionary-download-begin', (_event, language) => options.log(`Spelling: a dictionary download for ${language} was attempted (it cannot leave the computer).`));
  session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_DOWNLOAD_URL);
  if (options.platform === 'darwin') return;
  try {
    installDictionary(options.shippedDictionary, path.join(options.userData, 'Dictionaries'));
  } catch (err) {
    options.log(`Spelling: the shipped dictionary could not be put in place (${(err as NodeJS.ErrnoException).code ?? 'unknown'}); spelling is off.`);
    session.setSpellCheckerLanguages([]);
    return;
  }
  session.setSpellCheckerLanguages([SPELLING_LANGUAGE]);
}

/** Copies the dictionary unless the same bytes are already there (Chromium deletes a file that fails its check). */
export function installDictionary(shipped: string, dictionariesDir: string): string {
  const target = path.join(dictionariesDir, DICTIONARY_FILE_NAME);
  const bytes = fs.readFileSync(shipped);
  if (fs.existsSync(target) && fs.readFileSync(target).equals(bytes)) return target;
  fs.mkdirSync(dictionariesDir, { recursive: true });
  fs.writeFileSync(`${target}.partial`, bytes);
  fs.renameSync(`${target}.partial`, target);
  return target;
}
