import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { ApiProblem } from '../../api/problem';
import { FormError, TextField } from '../../ui/form/fields.component';
import { useToast } from '../../ui/toast/toast.component';
import type { VisionDetail } from './direction-data';
import { PersonPicker } from './direction-person-picker.component';

/** Leaders write the vision in markdown; every save keeps the previous text as a version. */
export function VisionEditor({
  period,
  vision,
  onSaved,
  onCancel,
}: {
  period: string;
  vision: VisionDetail | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const toast = useToast();
  const [title, setTitle] = useState(vision?.title ?? 'Engineering direction');
  const [body, setBody] = useState(vision?.body ?? '## Where we are going\n\n');
  const [objectives, setObjectives] = useState((vision?.objectives ?? []).join('\n'));
  const [owner, setOwner] = useState(vision?.owner ?? null);
  const [reviewOn, setReviewOn] = useState(vision?.reviewOn ?? '');
  const [error, setError] = useState<ApiProblem | Error | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <form
      className="form panel direction-editor"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setSaving(true);
        setError(null);
        try {
          const saved = await unwrap(
            api.PUT('/api/v1/strategy/visions/{period}', {
              params: { path: { period } },
              body: {
                title,
                body,
                objectives: objectives
                  .split('\n')
                  .map((o) => o.trim())
                  .filter(Boolean),
                ownerPersonId: owner?.id ?? null,
                reviewOn: reviewOn || null,
              },
            }),
          );
          toast(`Saved as version ${saved.version}; the previous text stays in the history.`);
          onSaved();
        } catch (err) {
          setError(err as Error);
        } finally {
          setSaving(false);
        }
      }}
    >
      <h2>{vision ? `Edit the vision of ${period}` : `Write the vision of ${period}`}</h2>
      <FormError error={error} />
      <TextField label="Title" name="title" value={title} onChange={setTitle} />
      <div className="field">
        <label htmlFor="vision-body" className="field__label">
          Text (markdown)
        </label>
        <textarea id="vision-body" rows={16} value={body} onChange={(e) => setBody(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="vision-objectives" className="field__label">
          Business objectives it serves (one a line)
        </label>
        <textarea
          id="vision-objectives"
          rows={4}
          value={objectives}
          onChange={(e) => setObjectives(e.target.value)}
        />
      </div>
      <div className="direction-editor__row">
        <PersonPicker label="Owner" value={owner} onChange={setOwner} />
        <TextField label="Review by" name="reviewOn" type="date" value={reviewOn} onChange={setReviewOn} />
      </div>
      <div className="row">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save a new version'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
