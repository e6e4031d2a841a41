import type { ReactElement } from 'react';
import { PeoplePage } from './pages/settings/PeoplePage';
import { TeamsPage } from './pages/settings/TeamsPage';

export interface Route {
  path: string;
  label: string;
  section: string;
  render(): ReactElement;
}

/** Every page the app has. The navigation is built from this list, so it only ever offers what works. */
export const ROUTES: Route[] = [
  { path: '/settings/teams', label: 'Teams', section: 'Settings', render: () => <TeamsPage /> },
  { path: '/settings/people', label: 'People', section: 'Settings', render: () => <PeoplePage /> },
];

export const DEFAULT_PATH = '/settings/teams';
