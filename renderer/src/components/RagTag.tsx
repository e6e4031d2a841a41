import type { Rag } from '../../../shared/domain/vocabulary';
import { RAG } from '../../../shared/domain/vocabulary';

/** Colour and the word together: readable in black and white and by the colour-blind. */
export function RagTag({ rating, small }: { rating: Rag | null; small?: boolean }) {
  if (!rating) return <span className={`rag rag--none${small ? ' rag--small' : ''}`}>Not rated</span>;
  return <span className={`rag rag--${rating}${small ? ' rag--small' : ''}`}>{RAG.labels[rating]}</span>;
}

export function RagTrend({ trend }: { trend: Rag[] }) {
  if (trend.length === 0) return <span className="muted">—</span>;
  return (
    <span className="rag-trend">
      <span className="visually-hidden">{`Last ${trend.length} ratings, oldest first: ${trend.map((r) => RAG.labels[r]).join(', ')}`}</span>
      {trend.map((r, i) => (
        <span key={i} aria-hidden="true" className={`rag-dot rag-dot--${r}`} title={RAG.labels[r]}>
          {RAG.labels[r][0]}
        </span>
      ))}
    </span>
  );
}
