import { z } from 'zod';
import { api, unwrap } from '../../api/client';
import type { CreatedToken } from '../../api/types';
import { CheckboxGroup, FormError, SelectField, TextField } from '../../ui/form/fields.component';
import { useZodForm } from '../../ui/form/use-zod-form.hook';

const EXPIRY_OPTIONS = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'never', label: 'Never (not recommended)' },
];

const NewToken = z.object({
  name: z.string().trim().min(1, 'Name the token after where it is used, e.g. “ci”').max(100),
  scopes: z.array(z.enum(['read', 'write', 'calendar'])).min(1, 'Choose at least one scope'),
  expires: z.enum(['30', '90', '365', 'never']),
});

const INITIAL: z.input<typeof NewToken> = { name: '', scopes: ['read'], expires: '90' };

/** Creates an API token for yourself; the page shows the secret once. */
export function TokenCreateForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const form = useZodForm(NewToken, INITIAL);
  const { values, errors, set } = form;
  return (
    <form
      className="form"
      noValidate
      aria-label="Create a token"
      onSubmit={form.handleSubmit(async (v) => {
        const created = await unwrap(
          api.POST('/api/v1/tokens', {
            body: {
              name: v.name,
              scopes: v.scopes,
              expiresInDays: v.expires === 'never' ? null : Number(v.expires),
            },
          }),
        );
        form.reset();
        onCreated(created);
      })}
    >
      <FormError error={form.formError} />
      <TextField
        label="Token name"
        name="name"
        value={values.name}
        onChange={(v) => set('name', v)}
        error={errors.name}
      />
      <CheckboxGroup
        legend="Scopes"
        name="scopes"
        hint="Read allows GET requests; write allows changes; calendar reads calendar feeds only, and alone may be put in a feed’s address."
        options={[
          { value: 'read', label: 'Read' },
          { value: 'write', label: 'Write' },
          { value: 'calendar', label: 'Calendar' },
        ]}
        value={values.scopes}
        onChange={(v) => set('scopes', v as typeof values.scopes)}
        error={errors.scopes}
      />
      <SelectField
        label="Expires after"
        name="expires"
        options={EXPIRY_OPTIONS}
        value={values.expires}
        onChange={(v) => set('expires', v as typeof values.expires)}
        error={errors.expires}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Creating…' : 'Create token'}
        </button>
      </div>
    </form>
  );
}
