export function ImportPage() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Import children</h1>
    </section>
  );
}
