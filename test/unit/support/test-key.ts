import { KEY_ENV } from '../../../electron/core/db/data-key';

// Every test's data is encrypted, like the app's, with one key for the whole run: code that
// opens a store without being handed a key (openStore, testCore, the crash tests' child
// processes, which inherit it) finds it here, as browser mode would.
process.env[KEY_ENV] ??= '5c'.repeat(32);
