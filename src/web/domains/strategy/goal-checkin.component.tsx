import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { FormError } from '../../ui/form/fields.component';
import { useToast } from '../../ui/toast/toast.component';
import type { KeyResult } from './direction-data';

/** A check-in: the new value (not for a bound key result, whose live value is recorded), confidence and a note. */
export function CheckinForm({ kr, onDone }: { kr: KeyResult; onDone: () => void }) {
  const toast = useToast();
  const [value, setValue] = useState(kr.metric || kr.current === null ? '' : String(kr.current));
  const [confidence, setConfidence] = useState(
    kr.confidence === null ? '' : String(Math.round(kr.confidence * 100)),
  );
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const id = `checkin-${kr.id}`;
  return (
    <form
      className="direction-checkin"
      aria-label={`Check in: ${kr.title}`}
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        const v = value.trim() === '' ? null : Number(value.replace(',', '.'));
        const c = confidence.trim() === '' ? null : Number(confidence) / 100;
        if ((v !== null && !Number.isFinite(v)) || (c !== null && !(c >= 0 && c <= 1))) {
          setError(new Error('Enter the value as a number and the confidence from 0 to 100.'));
          return;
        }
        try {
          await unwrap(
            api.POST('/api/v1/strategy/key-results/{id}/checkins', {
              params: { path: { id: kr.id } },
              body: { value: kr.metric ? null : v, confidence: c, note },
            }),
          );
          toast('Checked in.');
          onDone();
        } catch (err) {
          setError(err);
        }
      }}
    >
      <FormError error={error} />
      {kr.metric ? null : (
        <label htmlFor={`${id}-v`}>
          Value ({kr.unit || 'number'})
          <input
            id={`${id}-v`}
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </label>
      )}
      <label htmlFor={`${id}-c`}>
        Confidence (%)
        <input
          id={`${id}-c`}
          type="number"
          min={0}
          max={100}
          value={confidence}
          onChange={(e) => setConfidence(e.target.value)}
        />
      </label>
      <label htmlFor={`${id}-n`} className="direction-checkin__note">
        Note
        <input id={`${id}-n`} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" className="button button--small button--primary">
        Save check-in
      </button>
    </form>
  );
}
