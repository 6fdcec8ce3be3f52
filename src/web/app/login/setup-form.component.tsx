import { useNavigate } from 'react-router';
import { z } from 'zod';
import { api, unwrap } from '../../api/client';
import { FormError, TextField } from '../../ui/form/fields.component';
import { useZodForm } from '../../ui/form/use-zod-form.hook';
import { useSession } from '../session/session.context';

const MIN_PASSWORD = 12;

const Setup = z.object({
  token: z.string().trim().min(1, 'Paste the setup token the server printed at start-up'),
  name: z.string().trim().min(1, 'Enter your name'),
  email: z.string().trim().min(1, 'Enter your email address').pipe(z.email('Enter a valid email address')),
  password: z.string().min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters`),
});

const INITIAL = { token: '', name: '', email: '', password: '' };

/** First run: no account exists yet; the server printed a one-time setup token to its log. */
export function SetupForm({ next }: { next: string }) {
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const form = useZodForm(Setup, INITIAL);
  return (
    <form
      className="form"
      noValidate
      aria-label="First-run setup"
      onSubmit={form.handleSubmit(async (body) => {
        const session = await unwrap(api.POST('/api/v1/setup', { body }));
        signedIn(session);
        navigate(next, { replace: true });
      })}
    >
      <p className="muted">
        No account exists yet. Create the first administrator with the one-time setup token that the server
        printed when it started.
      </p>
      <FormError error={form.formError} />
      <TextField
        label="Setup token"
        name="token"
        autoComplete="off"
        autoFocus
        value={form.values.token}
        onChange={(v) => form.set('token', v)}
        error={form.errors.token}
      />
      <TextField
        label="Your name"
        name="name"
        autoComplete="name"
        value={form.values.name}
        onChange={(v) => form.set('name', v)}
        error={form.errors.name}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        value={form.values.email}
        onChange={(v) => form.set('email', v)}
        error={form.errors.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD} characters.`}
        value={form.values.password}
        onChange={(v) => form.set('password', v)}
        error={form.errors.password}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Creating…' : 'Create the administrator'}
        </button>
      </div>
    </form>
  );
}
