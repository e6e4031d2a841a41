import { useProcedure } from '../../api/use-procedure';
import { navigate } from '../../routing';
import { ChildForm } from './ChildForm';
import { NotAllowed, useMay } from '../../team-mode';

export function NewChildPage() {
  const teams = useProcedure('teams.list', {});
  const people = useProcedure('people.list', {});
  const editChildren = useMay('editChildren');
  if (!editChildren.allowed) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title">Add a child</h1>
        <NotAllowed permission={editChildren} />
      </section>
    );
  }
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Add a child</h1>
      <p className="lead">Add the permanence plan, key dates and RAG rating on the child’s page once they are saved.</p>
      {teams.data && people.data ? (
        <ChildForm
          teams={teams.data}
          people={people.data}
          submitLabel="Add child"
          onCancel={() => navigate('/tracker')}
          onSave={async (fields, send) => {
            const child = await send('children.create', fields);
            navigate(`/children/${child.id}`);
          }}
        />
      ) : null}
    </section>
  );
}
