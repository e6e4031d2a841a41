import type { importProcedures } from '../../../../shared/procedures/import';
import type { ServiceContext } from '../../context';
import type { HandlersOf } from '../../router';
import { commitImport, previewImport } from '.';

/** Importing children from a case system: each procedure wired to its service. */
export function importHandlers(ctx: ServiceContext): HandlersOf<typeof importProcedures> {
  return {
    'import.preview': (i) => previewImport(ctx, i),
    'import.commit': (i) => commitImport(ctx, i),
  };
}
