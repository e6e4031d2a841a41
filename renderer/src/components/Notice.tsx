/** A polite live region: tells screen-reader users what just happened without moving focus. */
export function Notice({ text }: { text: string | undefined }) {
  return (
    <div className="notice" role="status" aria-live="polite">
      {text ? <p className="notice__text">{text}</p> : null}
    </div>
  );
}
