export function StatusTag({ archived }: { archived: boolean }) {
  return <span className={`tag ${archived ? 'tag--grey' : 'tag--green'}`}>{archived ? 'Archived' : 'Active'}</span>;
}
