/** What would change on each child's record, listed for the person to read before confirming. */
export function ChildChanges({ records, none }: { records: readonly { childId: number; childName: string; changes: readonly string[] }[]; none?: string }) {
  return (
    <>
      {records.map((c) => (
        <div key={c.childId}>
          <p className="minutes-strong">{c.childName}</p>
          {c.changes.length === 0 ? (
            <p className="muted">{none}</p>
          ) : (
            <ul>
              {c.changes.map((change, i) => (
                <li key={i}>{change}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}
