import { useId, useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { CopyButton } from '../copy-button/copy-button.component';
import { ProblemView } from '../problem/problem-view.component';
import './calendar-subscribe.css';

/** A year: a subscription address lasts as long as its token, and is easy to make again. */
const FEED_TOKEN_DAYS = 365;

/**
 * Subscribing a calendar app to one of Quarterdeck's calendar feeds. Calendar apps subscribe by address
 * and cannot sign in, so this makes a token for the viewer with the `calendar` scope alone (it reads
 * calendar feeds and nothing else) and puts it in the feed's address, which is shown once.
 */
export function CalendarSubscribe({
  feedPath,
  tokenName,
  onClose,
}: {
  /** The feed's path under the API, e.g. `/api/v1/cost/tools/renewals.ics`. */
  feedPath: string;
  tokenName: string;
  onClose: () => void;
}) {
  const headingId = useId();
  const [address, setAddress] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await unwrap(
        api.POST('/api/v1/tokens', {
          body: { name: tokenName, scopes: ['calendar'], expiresInDays: FEED_TOKEN_DAYS },
        }),
      );
      setAddress(`${window.location.origin}${feedPath}?token=${encodeURIComponent(created.token)}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel calendar-subscribe" aria-labelledby={headingId}>
      <h2 id={headingId}>Subscribe in a calendar app</h2>
      <p>
        Google Calendar, Outlook and Apple Calendar subscribe by address and cannot sign in, so the address
        carries a token of yours that reads calendar feeds and nothing else, for {FEED_TOKEN_DAYS} days.
        Anyone with the address can read this calendar until you revoke its token under{' '}
        <Link to="/settings/tokens">API tokens</Link>.
      </p>
      {address ? (
        <>
          <label className="calendar-subscribe__address">
            <span>Feed address (shown once)</span>
            <input type="text" readOnly value={address} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <div className="row">
            <CopyButton text={address} label="Copy address" />
            <span className="muted">
              Paste it under “Add calendar → From URL” (Google), “Subscribe from web” (Outlook) or “New
              calendar subscription” (Apple).
            </span>
          </div>
        </>
      ) : (
        <div className="row">
          <button type="button" className="button button--primary" onClick={create} disabled={busy}>
            {busy ? 'Creating…' : 'Create the address'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      )}
      {error ? <ProblemView error={error} heading="h3" /> : null}
      {address ? (
        <button type="button" className="button button--small" onClick={onClose}>
          Done
        </button>
      ) : null}
    </section>
  );
}
