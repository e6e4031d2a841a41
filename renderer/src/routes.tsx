import { lazy, type ComponentType, type ReactElement } from 'react';
import { TrackerPage } from './pages/tracker/TrackerPage';

// Every page but the tracker loads when first visited, so opening on the tracker reads less code.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: each page keeps its own prop types through M[K]
function page<M extends { [P in K]: ComponentType<any> }, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const ChildPage = page(() => import('./pages/child/ChildPage'), 'ChildPage');
const NewChildPage = page(() => import('./pages/child/NewChildPage'), 'NewChildPage');
const ImportPage = page(() => import('./pages/import/ImportPage'), 'ImportPage');
const AuditLogPage = page(() => import('./pages/settings/AuditLogPage'), 'AuditLogPage');
const BackupsPage = page(() => import('./pages/settings/BackupsPage'), 'BackupsPage');
const PeoplePage = page(() => import('./pages/settings/PeoplePage'), 'PeoplePage');
const ReviewRulesPage = page(() => import('./pages/settings/ReviewRulesPage'), 'ReviewRulesPage');
const TeamsPage = page(() => import('./pages/settings/TeamsPage'), 'TeamsPage');
const WelcomePage = page(() => import('./pages/welcome/WelcomePage'), 'WelcomePage');
const RotaPage = page(() => import('./pages/rota/RotaPage'), 'RotaPage');
const SeriesFormPage = page(() => import('./pages/rota/SeriesFormPage'), 'SeriesFormPage');
const MeetingPage = page(() => import('./pages/meeting/MeetingPage'), 'MeetingPage');
const CpmPage = page(() => import('./pages/cpm/CpmPage'), 'CpmPage');
const MeetingTypesPage = page(() => import('./pages/settings/MeetingTypesPage'), 'MeetingTypesPage');
const BankHolidaysPage = page(() => import('./pages/settings/BankHolidaysPage'), 'BankHolidaysPage');
const DocumentsPage = page(() => import('./pages/settings/DocumentsPage'), 'DocumentsPage');
const ActionsPage = page(() => import('./pages/actions/ActionsPage'), 'ActionsPage');
const SearchPage = page(() => import('./pages/search/SearchPage'), 'SearchPage');
const ChairPage = page(() => import('./pages/chair/ChairPage'), 'ChairPage');
const ReviewPage = page(() => import('./pages/filing/ReviewPage'), 'ReviewPage');
const TeamStorePage = page(() => import('./pages/settings/TeamStorePage'), 'TeamStorePage');
const FiguresPage = page(() => import('./pages/figures/FiguresPage'), 'FiguresPage');

export interface Route {
  pattern: string;
  /** Shown in the navigation and the window title. */
  label: string;
  /** Navigation group; routes without one are reached from other pages. */
  section?: string;
  /** Drawn full-window, without the header and navigation: the chair's view on a second screen. */
  bare?: boolean;
  /** Only for the data on this computer (its backups): not offered with a team store. */
  onThisComputerOnly?: boolean;
  render(params: Record<string, string>): ReactElement;
}

/** Every page the app has. The navigation is built from this list, so it only ever offers what works. */
export const ROUTES: Route[] = [
  { pattern: '/welcome', label: 'Welcome', render: () => <WelcomePage /> },
  { pattern: '/tracker', label: 'Permanence Tracker', section: 'Children', render: () => <TrackerPage /> },
  { pattern: '/children/new', label: 'Add a child', section: 'Children', render: () => <NewChildPage /> },
  { pattern: '/import', label: 'Import children', section: 'Children', render: () => <ImportPage /> },
  { pattern: '/figures', label: 'Figures', section: 'Children', render: () => <FiguresPage /> },
  { pattern: '/children/:id', label: 'Child', render: (p) => <ChildPage key={p.id} id={Number(p.id)} /> },
  { pattern: '/rota', label: 'Panel rota', section: 'Meetings', render: () => <RotaPage /> },
  { pattern: '/rota/new', label: 'New series', render: () => <SeriesFormPage /> },
  { pattern: '/rota/:id/edit', label: 'Edit series', render: (p) => <SeriesFormPage key={p.id} id={Number(p.id)} /> },
  { pattern: '/rota/:id', label: 'Panel rota', render: (p) => <RotaPage key={p.id} seriesId={Number(p.id)} /> },
  { pattern: '/meetings/:id/chair', label: 'Chair’s view', bare: true, render: (p) => <ChairPage key={p.id} id={Number(p.id)} /> },
  {
    pattern: '/meetings/:id/review/:childId',
    label: 'Possible mentions of other children',
    render: (p) => <ReviewPage key={`${p.id}/${p.childId}`} meetingId={Number(p.id)} childId={Number(p.childId)} />,
  },
  { pattern: '/meetings/:id', label: 'Meeting', render: (p) => <MeetingPage key={p.id} id={Number(p.id)} /> },
  { pattern: '/cpm', label: 'Care Planning Meetings', section: 'Meetings', render: () => <CpmPage /> },
  { pattern: '/actions', label: 'Actions', section: 'Meetings', render: () => <ActionsPage /> },
  { pattern: '/search', label: 'Search minutes', section: 'Meetings', render: () => <SearchPage /> },
  { pattern: '/settings/teams', label: 'Teams', section: 'Settings', render: () => <TeamsPage /> },
  { pattern: '/settings/people', label: 'People', section: 'Settings', render: () => <PeoplePage /> },
  { pattern: '/settings/meeting-types', label: 'Meeting types', section: 'Settings', render: () => <MeetingTypesPage /> },
  { pattern: '/settings/bank-holidays', label: 'Bank holidays', section: 'Settings', render: () => <BankHolidaysPage /> },
  { pattern: '/settings/review-rules', label: 'Review rules', section: 'Settings', render: () => <ReviewRulesPage /> },
  { pattern: '/settings/documents', label: 'Documents', section: 'Settings', render: () => <DocumentsPage /> },
  { pattern: '/settings/backups', label: 'Backups', section: 'Settings', onThisComputerOnly: true, render: () => <BackupsPage /> },
  { pattern: '/settings/team-store', label: 'Team store', section: 'Settings', render: () => <TeamStorePage /> },
  { pattern: '/settings/audit-log', label: 'Audit log', section: 'Settings', render: () => <AuditLogPage /> },
];

export const HOME_PATH = '/tracker';
