import { ApiProblem } from '../../api/problem';
import './problem-view.css';

/** Shows an error the way the API describes it: its title, detail, field errors and request id. */
export function ProblemView({
  error,
  onRetry,
  heading = 'h2',
}: {
  error: unknown;
  onRetry?: () => void;
  heading?: 'h1' | 'h2' | 'h3';
}) {
  const problem = error instanceof ApiProblem ? error : null;
  const Heading = heading;
  const title = problem?.title ?? 'Something went wrong';
  const detail =
    problem?.detail ?? (error instanceof Error ? error.message : 'An unexpected error stopped this page.');
  return (
    <div className="problem-view" role="alert">
      <Heading className="problem-view__title">
        <span aria-hidden="true">✕ </span>
        {title}
      </Heading>
      <p className="problem-view__detail">{detail}</p>
      {problem && problem.errors.length > 0 ? (
        <ul className="problem-view__fields">
          {problem.errors.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <code>{e.field}</code>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="problem-view__meta">
        {problem && problem.status > 0 ? <>Status {problem.status}. </> : null}
        {problem?.requestId ? (
          <>
            Request id <code>{problem.requestId}</code> (quote it to your administrator; it is in the server
            log).
          </>
        ) : null}
      </p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
