import { formatUkDate } from '../../../../shared/domain/dates';
import { fieldLabel, STRUCTURED_FIELD_LABELS, TEXT_FIELD_LABELS, type MinuteField } from '../../../../shared/minutes/fields';
import type { SearchHit } from '../../../../shared/schemas/minutes';
import { personName } from '../../../../shared/domain/words';

import { Highlighted, Snippet } from './Snippet';

function whereFound(field: string | null): string {
  if (field === null) return 'The child’s name or case reference';
  // A field the screen does not know yet (a newer core) is still said, by its key, rather than hidden.
  return field in TEXT_FIELD_LABELS || field in STRUCTURED_FIELD_LABELS ? fieldLabel(field as MinuteField) : field;
}

/** The link opens the meeting at the item (the minute-taker's workspace reads `item` from the address). */
export function hitHref(hit: Pick<SearchHit, 'meetingId' | 'itemId'>): string {
  return `#/meetings/${hit.meetingId}?item=${hit.itemId}`;
}

export function SearchHitView({ hit, query }: { hit: SearchHit; query: string }) {
  // A match on a name or reference has no snippet: mark it in the names instead.
  const mark = hit.field === null ? query : '';
  const names = hit.children.map(personName).join(', ');
  return (
    <li className="search-hit">
      <h3 className="search-hit__title">
        <a href={hitHref(hit)}>
          {hit.typeName}, {formatUkDate(hit.date)}
          {names ? <span className="visually-hidden">: {names}</span> : null}
        </a>
      </h3>
      <p className={hit.field === null ? 'search-hit__children search-hit__children--matched' : 'search-hit__children'}>
        {hit.children.length === 0 ? <span className="muted">No child recorded</span> : null}
        {hit.children.map((c, i) => (
          <span key={c.id}>
            {i > 0 ? ', ' : null}
            <strong>
              <Highlighted text={personName(c)} query={mark} />
            </strong>{' '}
            <span className="search-hit__ref">
              <Highlighted text={c.caseRef} query={mark} />
            </span>
          </span>
        ))}
      </p>
      <p className="search-hit__field">
        <span className="muted">Found in: </span>
        {whereFound(hit.field)}
      </p>
      {hit.snippet ? (
        <p className="search-hit__snippet">
          <Snippet text={hit.snippet} />
        </p>
      ) : null}
    </li>
  );
}
