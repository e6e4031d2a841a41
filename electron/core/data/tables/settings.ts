import { looseJson, text } from '../codecs';
import { table } from '../table';

/** Settings are JSON values under a key; each reader checks its own against its schema. */
export const settings = table('settings', {
  key: text(),
  value: looseJson(),
});
