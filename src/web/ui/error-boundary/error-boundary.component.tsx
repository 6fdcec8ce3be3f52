import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ProblemView } from '../problem/problem-view.component';

interface Props {
  children: ReactNode;
  /** Changing it clears the error (e.g. the page's path, so navigating away recovers). */
  resetKey?: string;
}

interface State {
  error: unknown;
  resetKey: string | undefined;
}

/** A lazily loaded page whose file is gone: the server now serves a newer build. */
function isStaleBuild(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
      error.message,
    )
  );
}

/** Catches a page that fails while rendering and shows the problem (detail, request id) instead. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A page failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (isStaleBuild(this.state.error)) {
      return (
        <div className="page">
          <div className="callout callout--watch" role="alert">
            <p>
              <strong>Quarterdeck was updated.</strong> This page’s code is no longer on the server; reload to
              get the new version.
            </p>
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          </div>
        </div>
      );
    }
    if (this.state.error) {
      return (
        <div className="page">
          <ProblemView error={this.state.error} onRetry={() => this.setState({ error: null })} />
        </div>
      );
    }
    return this.props.children;
  }
}
