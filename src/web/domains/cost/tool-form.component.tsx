import { type FormEvent, useState } from 'react';
import { useTeams } from '../../scope/use-teams.hook';
import { FormError, SelectField, TextField } from '../../ui/form/fields.component';
import { PersonPicker } from '../strategy/direction-person-picker.component';
import {
  TOOL_CATEGORIES,
  type ToolCategory,
  type ToolDetailData,
  type ToolInputData,
  toolsApi,
} from './tool-data';

/** Adds a tool, or changes one (leaders only; the server checks again). */
export function ToolForm({
  tool,
  onDone,
  onCancel,
}: {
  tool?: ToolDetailData;
  onDone: (tool: ToolDetailData) => void;
  onCancel: () => void;
}) {
  const { teams } = useTeams();
  const [v, setV] = useState({
    vendor: tool?.vendor ?? '',
    product: tool?.product ?? '',
    category: (tool?.category ?? 'other') as ToolCategory,
    plan: tool?.plan ?? '',
    contractStart: tool?.contractStart ?? '',
    contractEnd: tool?.contractEnd ?? '',
    renewalDate: tool?.renewalDate ?? '',
    noticeDays: String(tool?.noticeDays ?? 30),
    autoRenew: tool?.autoRenew ?? true,
    annualCost: tool?.annualCost ?? '0',
    currency: tool?.currency ?? 'USD',
    seatsBought:
      tool?.seatsBought === null || tool?.seatsBought === undefined ? '' : String(tool.seatsBought),
    notes: tool?.notes ?? '',
  });
  const [owner, setOwner] = useState(tool?.owner ?? null);
  const [teamIds, setTeamIds] = useState<number[]>(tool?.teams.map((t) => t.id) ?? []);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof v) => (value: string) => setV((x) => ({ ...x, [k]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: ToolInputData = {
      vendor: v.vendor,
      product: v.product,
      category: v.category,
      plan: v.plan,
      contractStart: v.contractStart || null,
      contractEnd: v.contractEnd || null,
      renewalDate: v.renewalDate || null,
      noticeDays: Number(v.noticeDays || 0),
      autoRenew: v.autoRenew,
      annualCost: v.annualCost.trim() || '0',
      currency: v.currency.trim().toUpperCase(),
      seatsBought: v.seatsBought.trim() === '' ? null : Number(v.seatsBought),
      ownerPersonId: owner?.id ?? null,
      teamIds,
      notes: v.notes,
    };
    try {
      onDone(tool ? await toolsApi.update(tool.id, body) : await toolsApi.create(body));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const teamOptions = (teams ?? []).filter((t) => t.kind === 'team');
  return (
    <form className="tool-form stack" onSubmit={submit} noValidate>
      <FormError error={error} />
      <div className="tool-form__grid">
        <TextField label="Vendor" name="vendor" value={v.vendor} onChange={set('vendor')} required />
        <TextField label="Product" name="product" value={v.product} onChange={set('product')} required />
        <SelectField
          label="Category"
          name="category"
          value={v.category}
          onChange={set('category')}
          options={TOOL_CATEGORIES.map(([value, label]) => ({ value, label }))}
        />
        <TextField label="Plan" name="plan" value={v.plan} onChange={set('plan')} />
        <TextField
          label="Annual cost"
          name="annualCost"
          value={v.annualCost}
          onChange={set('annualCost')}
          hint="e.g. 12000.50"
        />
        <TextField
          label="Currency"
          name="currency"
          value={v.currency}
          onChange={set('currency')}
          hint="ISO code, e.g. USD"
        />
        <TextField
          label="Seats bought"
          name="seatsBought"
          type="number"
          value={v.seatsBought}
          onChange={set('seatsBought')}
          hint="Empty when not sold by seat"
        />
        <TextField
          label="Contract start"
          name="contractStart"
          type="date"
          value={v.contractStart}
          onChange={set('contractStart')}
        />
        <TextField
          label="Contract end"
          name="contractEnd"
          type="date"
          value={v.contractEnd}
          onChange={set('contractEnd')}
        />
        <TextField
          label="Renewal date"
          name="renewalDate"
          type="date"
          value={v.renewalDate}
          onChange={set('renewalDate')}
        />
        <TextField
          label="Notice (days)"
          name="noticeDays"
          type="number"
          value={v.noticeDays}
          onChange={set('noticeDays')}
        />
        <div className="field">
          <label className="tool-form__check">
            <input
              type="checkbox"
              checked={v.autoRenew}
              onChange={(e) => setV((x) => ({ ...x, autoRenew: e.target.checked }))}
            />{' '}
            Renews automatically
          </label>
        </div>
      </div>
      <PersonPicker label="Owner" value={owner} onChange={setOwner} />
      <fieldset className="tool-form__teams">
        <legend>Teams using it</legend>
        {teamOptions.length === 0 ? <p className="muted">No teams yet.</p> : null}
        {teamOptions.map((t) => (
          <label key={t.id}>
            <input
              type="checkbox"
              checked={teamIds.includes(t.id)}
              onChange={(e) =>
                setTeamIds((ids) => (e.target.checked ? [...ids, t.id] : ids.filter((x) => x !== t.id)))
              }
            />{' '}
            {t.name}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor="tool-notes">
          Notes
        </label>
        <textarea id="tool-notes" rows={3} value={v.notes} onChange={(e) => set('notes')(e.target.value)} />
      </div>
      <div className="row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {tool ? 'Save changes' : 'Add the tool'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
