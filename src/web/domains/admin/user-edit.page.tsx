import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { api, unwrap } from '../../api/client';
import type { User } from '../../api/types';
import { useApi } from '../../api/use-api.hook';
import { useUser } from '../../app/session/session.context';
import { ConfirmButton } from '../../ui/confirm-button/confirm-button.component';
import { FormError, TextField } from '../../ui/form/fields.component';
import { useZodForm } from '../../ui/form/use-zod-form.hook';
import { formatDateTime } from '../../ui/format/format';
import { PageHeader } from '../../ui/page/page-header.component';
import { ProblemView } from '../../ui/problem/problem-view.component';
import { StatusBadge } from '../../ui/status/status-badge.component';
import { useToast } from '../../ui/toast/toast.component';
import { AccessFields } from './access-fields.component';
import { GrantsField, MIN_PASSWORD, PersonIdField, RoleField, toPersonId } from './user-fields';
import './admin.css';

const EditAccount = z.object({
  name: z.string().trim().min(1, 'Enter a name'),
  role: RoleField,
  grants: GrantsField,
  personId: PersonIdField,
  password: z
    .string()
    .refine(
      (v) => v === '' || v.length >= MIN_PASSWORD,
      `Use at least ${MIN_PASSWORD} characters, or leave it empty`,
    ),
});

function EditForm({ user, onSaved }: { user: User; onSaved: (u: User) => void }) {
  const toast = useToast();
  const form = useZodForm(EditAccount, {
    name: user.name,
    role: user.role,
    grants: user.grants,
    personId: user.personId ? String(user.personId) : '',
    password: '',
  });
  const { values, errors, set } = form;
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.handleSubmit(async (v) => {
        const saved = await unwrap(
          api.PATCH('/api/v1/users/{id}', {
            params: { path: { id: user.id } },
            body: {
              name: v.name,
              role: v.role,
              grants: v.grants,
              personId: toPersonId(v.personId),
              ...(v.password ? { password: v.password } : {}),
            },
          }),
        );
        set('password', '');
        toast(`Saved ${saved.name}`);
        onSaved(saved);
      })}
    >
      <FormError error={form.formError} />
      <TextField
        label="Name"
        name="name"
        value={values.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
      />
      <AccessFields values={values} errors={errors} set={set} />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="Leave empty to keep the current one. Setting one ends the account's sessions."
        value={values.password}
        onChange={(v) => set('password', v)}
        error={errors.password}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}

/** `/admin/users/:id` (admins): change an account's role, grants and person, or disable it. */
export function UserEditPage() {
  const id = Number(useParams().id);
  const me = useUser();
  const toast = useToast();
  const {
    data: user,
    error,
    reload,
  } = useApi(`user:${id}`, (signal) =>
    unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id } }, signal })),
  );

  if (error) return <ProblemView error={error} onRetry={reload} />;
  if (!user) return <p className="loading">Loading…</p>;

  const setDisabled = async (disabled: boolean) => {
    try {
      await unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: { disabled } }));
      toast(disabled ? `${user.name} is disabled; their sessions ended` : `${user.name} can sign in again`);
      reload();
    } catch (err) {
      toast(err instanceof Error ? err.message : 'Could not change the account', 'error');
    }
  };

  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/admin/users">Accounts</Link> <span aria-hidden="true">›</span> {user.name}
      </p>
      <PageHeader title={user.name} description={user.email} />
      <section className="panel stack" aria-labelledby="account-state">
        <h2 id="account-state">Account</h2>
        <p className="row">
          <StatusBadge
            status={user.disabled ? 'bad' : 'good'}
            label={user.disabled ? 'Disabled' : 'Active'}
          />
          <span className="muted">
            Created {formatDateTime(user.createdAt)} ·{' '}
            {user.sso ? 'linked to single sign-on' : 'signs in with a password'}
          </span>
        </p>
        <div>
          {user.disabled ? (
            <button type="button" className="button" onClick={() => setDisabled(false)}>
              Enable the account
            </button>
          ) : (
            <ConfirmButton
              label="Disable the account"
              question={`Disable ${user.name}? Their sessions and sign-ins stop at once.`}
              confirmLabel="Yes, disable"
              disabled={user.id === me.id}
              onConfirm={() => setDisabled(true)}
            />
          )}
          {user.id === me.id ? <p className="muted">You cannot disable your own account here.</p> : null}
        </div>
      </section>
      <section className="panel" aria-labelledby="account-access">
        <h2 id="account-access">Role and grants</h2>
        <EditForm key={`${user.id}:${user.role}:${user.grants.join()}`} user={user} onSaved={reload} />
      </section>
    </div>
  );
}
