import { useSession } from '../../../app/session/session.context';
import { useScope } from '../../../scope/use-scope.hook';
import { useTeams } from '../../../scope/use-teams.hook';

/**
 * What an insight page covers: the scope bar's team (with its sub-teams), and for a manager their own
 * reporting subtree. Gives the team id for the API and a phrase for the page's description.
 */
export function useInsightScope() {
  const scope = useScope();
  const { teams } = useTeams();
  const { user, can } = useSession();
  const teamName = scope.team
    ? (teams?.find((t) => t.id === scope.team)?.name ?? `team ${scope.team}`)
    : null;
  const manager = user?.role === 'manager';
  const phrase = [
    teamName ? `${teamName} and its sub-teams` : manager ? null : 'the whole organization',
    manager ? 'your reporting subtree' : null,
  ]
    .filter(Boolean)
    .join(', within ');
  /** Imports are for admins and executives; others are not offered the import page. */
  const canImport = can(['admin', 'executive']);
  return { scope, teamId: scope.team ?? undefined, teamName, manager, phrase, canImport };
}
