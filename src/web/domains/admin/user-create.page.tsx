import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { api, unwrap } from '../../api/client';
import { FormError, TextField } from '../../ui/form/fields.component';
import { useZodForm } from '../../ui/form/use-zod-form.hook';
import { PageHeader } from '../../ui/page/page-header.component';
import { useToast } from '../../ui/toast/toast.component';
import { AccessFields } from './access-fields.component';
import { GrantsField, MIN_PASSWORD, PersonIdField, RoleField, toPersonId } from './user-fields';
import './admin.css';

const CreateAccount = z.object({
  email: z.string().trim().min(1, 'Enter an email address').pipe(z.email('Enter a valid email address')),
  name: z.string().trim().min(1, 'Enter a name'),
  password: z
    .string()
    .refine(
      (v) => v === '' || v.length >= MIN_PASSWORD,
      `Use at least ${MIN_PASSWORD} characters, or leave it empty for single sign-on only`,
    ),
  role: RoleField,
  grants: GrantsField,
  personId: PersonIdField,
});

const INITIAL: z.input<typeof CreateAccount> = {
  email: '',
  name: '',
  password: '',
  role: 'member',
  grants: [],
  personId: '',
};

/** `/admin/users/new` (admins): a new account with its role and grants. */
export function UserCreatePage() {
  const form = useZodForm(CreateAccount, INITIAL);
  const navigate = useNavigate();
  const toast = useToast();
  const { values, errors, set } = form;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/admin/users">Accounts</Link> <span aria-hidden="true">›</span> New account
      </p>
      <PageHeader title="Create an account" />
      <form
        className="form panel"
        noValidate
        aria-label="Create an account"
        onSubmit={form.handleSubmit(async (v) => {
          const user = await unwrap(
            api.POST('/api/v1/users', {
              body: {
                email: v.email,
                name: v.name,
                role: v.role,
                grants: v.grants,
                personId: toPersonId(v.personId),
                ...(v.password ? { password: v.password } : {}),
              },
            }),
          );
          toast(`Account created for ${user.name}`);
          navigate(`/admin/users/${user.id}`);
        })}
      >
        <FormError error={form.formError} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          autoFocus
          value={values.email}
          onChange={(v) => set('email', v)}
          error={errors.email}
        />
        <TextField
          label="Name"
          name="name"
          autoComplete="off"
          value={values.name}
          onChange={(v) => set('name', v)}
          error={errors.name}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD} characters. Leave empty for an account that signs in with SSO only.`}
          value={values.password}
          onChange={(v) => set('password', v)}
          error={errors.password}
        />
        <AccessFields values={values} errors={errors} set={set} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={form.submitting}>
            {form.submitting ? 'Creating…' : 'Create the account'}
          </button>
          <Link to="/admin/users" className="button">
            Cancel
          </Link>
        </div>
      </form>
    </div>
  );
}
