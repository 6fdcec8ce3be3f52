import { Link } from 'react-router';
import { EmptyState } from '../../ui/empty-state/empty-state.component';

/**
 * Why a delivery view is empty, and the three ways to bring the data in: git history, the generic
 * format (any CI, deployment tool or incident tracker), and GitHub. Says when the scope may be the cause,
 * and links to the data-quality page (what was collected, what is missing).
 */
export function NoDeliveryData({
  title,
  scoped,
  what = 'deployments, pull requests and incidents',
}: {
  title: string;
  /** A team or service is chosen: the data may exist outside it. */
  scoped: boolean;
  what?: string;
}) {
  return (
    <EmptyState title={title} command="quarterdeck import git <path>">
      <p>
        Delivery figures are computed from {what}.{' '}
        {scoped
          ? 'There are none for this team or service in the range: choose a wider range or the whole organization, or bring the data in:'
          : 'There are none in the range: choose a wider range, or bring the data in:'}
      </p>
      <ul className="delivery-empty__ways">
        <li>
          <strong>Git history</strong> — commits of a clone on disk, with the command below; add{' '}
          <code>-o release-tags='v*'</code> to count release tags as production deployments.
        </li>
        <li>
          <strong>The generic import</strong> — deployments, incidents, pull requests and reviews from any CI,
          deployment tool or incident tracker, as JSON lines or CSV:{' '}
          <code>quarterdeck import delivery &lt;file or folder&gt;</code> (format:{' '}
          <code>docs/import-formats.md</code>, “Delivery: the generic format”).
        </li>
        <li>
          <strong>The GitHub sync</strong> — pull requests with their reviews, deployments and releases of a
          repository through the GitHub API, resumable and incremental:{' '}
          <code>quarterdeck import github &lt;owner/name&gt;</code> with <code>QUARTERDECK_GITHUB_TOKEN</code>{' '}
          set.
        </li>
      </ul>
      <p>
        <Link to="/delivery/quality">Data quality</Link> shows what has been collected so far, how fresh it
        is, and what is missing.
      </p>
    </EmptyState>
  );
}
