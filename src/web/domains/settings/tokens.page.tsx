import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { ApiToken, CreatedToken } from '../../api/types';
import { useApi } from '../../api/use-api.hook';
import { ConfirmButton } from '../../ui/confirm-button/confirm-button.component';
import { CopyButton } from '../../ui/copy-button/copy-button.component';
import { formatDate, formatDateTime } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { type Status, StatusBadge } from '../../ui/status/status-badge.component';
import { useToast } from '../../ui/toast/toast.component';
import { TokenCreateForm } from './token-create.component';
import './settings.css';

function tokenState(t: ApiToken, now: number): { status: Status; label: string } {
  if (t.revokedAt) return { status: 'no-data', label: 'Revoked' };
  if (t.expiresAt && Date.parse(t.expiresAt) <= now) return { status: 'bad', label: 'Expired' };
  return { status: 'good', label: 'Active' };
}

/** `/settings/tokens`: your API tokens for scripts and CI: create (shown once), list, revoke. */
export function TokensPage() {
  const toast = useToast();
  const { data, error, reload } = useApi('tokens', (signal) => unwrap(api.GET('/api/v1/tokens', { signal })));
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const now = Date.now();

  const revoke = async (t: ApiToken) => {
    try {
      await unwrap(api.DELETE('/api/v1/tokens/{id}', { params: { path: { id: t.id } } }));
      toast(`Token “${t.name}” revoked`);
      reload();
    } catch (err) {
      toast(err instanceof Error ? err.message : 'Could not revoke the token', 'error');
    }
  };

  return (
    <div className="page">
      <PageHeader
        title="API tokens"
        description={
          <>
            Tokens let scripts and CI call the API as you: send <code>Authorization: Bearer qdt_…</code>. Only
            a hash is stored, so a token is shown once.
          </>
        }
      />
      {created ? (
        <section className="callout callout--good token-reveal" aria-labelledby="token-reveal">
          <h2 id="token-reveal">Token “{created.name}” created</h2>
          <p>Copy it now: it will not be shown again.</p>
          <div className="row">
            <code className="token-reveal__value">
              <span className="visually-hidden">The new token: </span>
              {created.token}
            </code>
            <CopyButton text={created.token} label="Copy token" />
          </div>
          <button type="button" className="button button--small" onClick={() => setCreated(null)}>
            I have copied it
          </button>
        </section>
      ) : null}
      <div className="tokens-layout">
        <section className="panel" aria-labelledby="tokens-list">
          <h2 id="tokens-list">Your tokens</h2>
          {error ? <ProblemView error={error} onRetry={reload} heading="h3" /> : null}
          {data && data.items.length === 0 ? <p className="muted">You have no API tokens yet.</p> : null}
          {data && data.items.length > 0 ? (
            <div className="table-scroll">
              <table className="simple-table">
                <caption className="visually-hidden">Your API tokens</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Scopes</th>
                    <th scope="col">State</th>
                    <th scope="col">Created</th>
                    <th scope="col">Expires</th>
                    <th scope="col">Last used</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((t) => {
                    const state = tokenState(t, now);
                    return (
                      <tr key={t.id}>
                        <th scope="row">{t.name}</th>
                        <td>{t.scopes.join(', ')}</td>
                        <td>
                          <StatusBadge status={state.status} label={state.label} />
                        </td>
                        <td>{formatDate(t.createdAt)}</td>
                        <td>{t.expiresAt ? formatDate(t.expiresAt) : 'Never'}</td>
                        <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never'}</td>
                        <td>
                          {state.label === 'Active' ? (
                            <ConfirmButton
                              label="Revoke"
                              question={`Revoke “${t.name}”?`}
                              confirmLabel="Yes, revoke"
                              onConfirm={() => revoke(t)}
                            />
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
        <section className="panel" aria-labelledby="tokens-create">
          <h2 id="tokens-create">Create a token</h2>
          <TokenCreateForm
            onCreated={(t) => {
              setCreated(t);
              reload();
              window.scrollTo({ top: 0 });
            }}
          />
        </section>
      </div>
    </div>
  );
}
