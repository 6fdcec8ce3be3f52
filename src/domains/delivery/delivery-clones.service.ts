/**
 * The local clones Quarterdeck reads git history from, for the other domains that read files out of
 * the same clones (decision records, the stack inventory). Read through this service, never the table.
 */

import type { Db } from '../../platform/db/database.js';
import { syncedRepositories } from './delivery.repo.js';

export interface LocalClone {
  repositoryId: number;
  /** The repository's name in the org catalog (`owner/name` or a bare name). */
  name: string;
  /** The path of the clone on this machine (bare or with a work tree). */
  gitPath: string;
}

export async function localClones(db: Db): Promise<LocalClone[]> {
  const rows = await syncedRepositories(db);
  return rows.map((r) => ({ repositoryId: r.repository_id, name: r.name, gitPath: r.git_path! }));
}
