import type { Grant, Role } from '../../api/types';
import { CheckboxGroup, SelectField, TextField } from '../../ui/form/fields.component';
import type { FieldErrors } from '../../ui/form/use-zod-form.hook';
import { GRANT_OPTIONS, ROLE_OPTIONS } from './user-options';

export interface AccessValues {
  role: Role;
  grants: Grant[];
  personId: string;
}

/** Role, grants and the linked person: what an account may see, on the create and edit forms alike. */
export function AccessFields<V extends AccessValues>(props: {
  values: V;
  errors: FieldErrors;
  set: <K extends keyof V>(name: K, value: V[K]) => void;
}) {
  const { values, errors, set } = props;
  return (
    <>
      <SelectField
        label="Role"
        name="role"
        options={ROLE_OPTIONS}
        value={values.role}
        onChange={(v) => set('role', v as V['role'])}
        error={errors.role}
      />
      <CheckboxGroup
        legend="Grants"
        name="grants"
        hint="Sensitive areas this account may open, in addition to its role."
        options={GRANT_OPTIONS}
        value={values.grants}
        onChange={(v) => set('grants', v as V['grants'])}
        error={errors.grants}
      />
      <TextField
        label="Person in the directory (id)"
        name="personId"
        hint="Links the account to its person, so managers see their own reporting line."
        value={values.personId}
        onChange={(v) => set('personId', v as V['personId'])}
        error={errors.personId}
      />
    </>
  );
}
