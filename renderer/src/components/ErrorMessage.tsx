/** A failed action's reason, announced at once (role=alert); nothing when there is none. */
export function ErrorMessage({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <p className="field__error" role="alert">
      {text}
    </p>
  );
}
