import { Link } from 'react-router';
import { PageHeader } from '../ui/page/page-header.component';

export function NotFoundPage() {
  return (
    <div className="page">
      <PageHeader title="Page not found" description="There is no page at this address." />
      <p>
        <Link to="/">Go to the scorecard</Link>
      </p>
    </div>
  );
}
