import { useNavigate } from 'react-router';
import { z } from 'zod';
import { api, unwrap } from '../../api/client';
import { FormError, TextField } from '../../ui/form/fields.component';
import { useZodForm } from '../../ui/form/use-zod-form.hook';
import { useSession } from '../session/session.context';

const SignIn = z.object({
  email: z.string().trim().min(1, 'Enter your email address').pipe(z.email('Enter a valid email address')),
  password: z.string().min(1, 'Enter your password'),
});

const INITIAL = { email: '', password: '' };

export function SignInForm({ next }: { next: string }) {
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const form = useZodForm(SignIn, INITIAL);
  return (
    <form
      className="form"
      noValidate
      aria-label="Sign in"
      onSubmit={form.handleSubmit(async (body) => {
        const session = await unwrap(api.POST('/api/v1/auth/login', { body }));
        signedIn(session);
        navigate(next, { replace: true });
      })}
    >
      <FormError error={form.formError} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        autoFocus
        value={form.values.email}
        onChange={(v) => form.set('email', v)}
        error={form.errors.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={form.values.password}
        onChange={(v) => form.set('password', v)}
        error={form.errors.password}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary login__submit" disabled={form.submitting}>
          {form.submitting ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
