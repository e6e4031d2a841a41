import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchesAllWords } from './combobox-filter';

export interface ComboOption {
  /** null: the "none" choice (an optional field left empty) */
  value: string | null;
  label: string;
  /** shown after the label, smaller: a role, a team */
  detail?: string;
}

interface Props {
  id: string;
  options: readonly ComboOption[];
  value: string | null;
  /** Commits a choice: only ever on Enter or a click, never on an arrow key or on leaving the field. */
  onChange(value: string | null): void;
  /** Typed text that matches nobody can be committed as it is (a name not on the list). */
  onFreeText?(text: string): void;
  /** What the field shows for a free-text choice already made. */
  freeText?: string;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
  /** Without a visible label (a table cell): the accessible name. */
  ariaLabel?: string;
  className?: string;
  disabled?: boolean;
}

/**
 * A text box with a list of choices that filters as you type (the ARIA Authoring Practices
 * combobox pattern, list autocomplete). The arrow keys only move through the list; Enter
 * or a click chooses; Escape closes the list and then puts back what was chosen; leaving
 * the field never chooses anything, so Tab is always safe. Focus stays in the field.
 */
export function Combobox({ id, options, value, onChange, onFreeText, freeText, placeholder, describedBy, invalid, ariaLabel, className, disabled }: Props) {
  const listId = `${useId()}-list`;
  const chosen = options.find((o) => o.value === value && value !== null);
  const shown = chosen?.label ?? freeText ?? '';
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);

  const query = text ?? '';
  const filtered = useMemo(() => {
    const matching = query.trim() ? options.filter((o) => o.value !== null && matchesAllWords(o.label, query)) : options;
    const exact = matching.some((o) => o.label.toLowerCase() === query.trim().toLowerCase());
    // A name typed that is nobody on the list: offered as itself, last.
    return onFreeText && query.trim() && !exact ? [...matching, { value: FREE, label: `Use “${query.trim()}” (not on the list)` }] : matching;
  }, [options, query, onFreeText]);

  function show(highlight: number) {
    setOpen(true);
    setActive(highlight);
    requestAnimationFrame(() => listRef.current?.querySelector(`[data-index="${highlight}"]`)?.scrollIntoView({ block: 'nearest' }));
  }

  function close() {
    setOpen(false);
    setActive(-1);
    setText(null);
  }

  function commit(option: ComboOption | undefined) {
    if (!option) return;
    if (option.value === FREE) onFreeText?.(query.trim());
    else onChange(option.value);
    close();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const last = filtered.length - 1;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open || e.altKey) show(open ? active : Math.max(0, filtered.findIndex((o) => o.value === value)));
        else show(active >= last ? 0 : active + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) show(Math.max(0, filtered.findIndex((o) => o.value === value)));
        else show(active <= 0 ? last : active - 1);
        break;
      case 'Home':
      case 'End':
        if (open && filtered.length > 0 && !e.shiftKey) {
          e.preventDefault();
          show(e.key === 'Home' ? 0 : last);
        }
        break;
      case 'Enter':
        if (open && active >= 0) {
          e.preventDefault();
          commit(filtered[active]);
        } else if (text !== null && !text.trim()) {
          // Emptied and Enter: nobody.
          e.preventDefault();
          commit(options.find((o) => o.value === null) ?? { value: null, label: '' });
        }
        break;
      case 'Escape':
        if (open || text !== null) {
          e.preventDefault();
          e.stopPropagation();
          if (open) setOpen(false);
          else close();
        }
        break;
      default:
        break;
    }
  }

  const activeOption = open && active >= 0 ? filtered[active] : undefined;
  return (
    <div className={`combobox${className ? ` ${className}` : ''}`}>
      <input
        id={id}
        className="input combobox__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-label={ariaLabel}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        placeholder={placeholder}
        disabled={disabled}
        value={text ?? shown}
        onChange={(e) => {
          setText(e.target.value);
          // The first match is ready for Enter; the arrows move from it.
          setOpen(true);
          setActive(0);
        }}
        onFocus={(e) => e.currentTarget.select()}
        onBlur={close}
        onKeyDown={onKeyDown}
        onClick={() => (open ? setOpen(false) : show(Math.max(0, filtered.findIndex((o) => o.value === value))))}
      />
      <ul id={listId} ref={listRef} role="listbox" className="combobox__list" hidden={!open} aria-label={ariaLabel ? `${ariaLabel}: choices` : undefined}>
        {open
          ? filtered.map((o, i) => (
              <li
                key={`${o.value ?? 'none'}-${i}`}
                id={`${listId}-${i}`}
                data-index={i}
                role="option"
                aria-selected={i === active}
                className={`combobox__option${i === active ? ' combobox__option--active' : ''}${o.value === value && value !== null ? ' combobox__option--chosen' : ''}`}
                // Chosen on mouse down, before the field's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  commit(o);
                }}
              >
                {o.label}
                {o.detail ? <span className="combobox__detail"> {o.detail}</span> : null}
              </li>
            ))
          : null}
      </ul>
      {open && filtered.length === 0 ? <p className="combobox__empty">Nobody matches “{query.trim()}”.</p> : null}
    </div>
  );
}

const FREE = '\u0000free';
