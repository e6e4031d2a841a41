import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/** The slice of the context-menu event's parameters the menu is built from. */
export type ContextMenuFacts = Pick<ContextMenuParams, 'isEditable' | 'misspelledWord' | 'dictionarySuggestions' | 'selectionText' | 'editFlags'>;

export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/**
 * The right-click menu: spelling suggestions and "Add to dictionary" for a word the spelling
 * checker underlined, then the editing commands that apply where the person clicked. Empty
 * (no menu) where none applies, such as a click on plain page text with nothing selected.
 */
export function contextMenuTemplate(facts: ContextMenuFacts, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = facts.misspelledWord;
  if (facts.isEditable && word) {
    const suggestions = facts.dictionarySuggestions.slice(0, 5);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push({ label: 'Add to dictionary', click: () => actions.addToDictionary(word) }, { type: 'separator' });
  }
  const flags = facts.editFlags;
  if (facts.isEditable) {
    items.push(
      { role: 'undo', enabled: flags.canUndo },
      { role: 'redo', enabled: flags.canRedo },
      { type: 'separator' },
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      { role: 'pasteAndMatchStyle', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: flags.canSelectAll },
    );
  } else if (facts.selectionText.trim() !== '') {
    items.push({ role: 'copy', enabled: flags.canCopy }, { type: 'separator' }, { role: 'selectAll', enabled: flags.canSelectAll });
  }
  return items;
}
