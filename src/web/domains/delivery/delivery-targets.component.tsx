import { z } from 'zod';
import { api, unwrap } from '../../api/client';
import type { Output } from '../../api/types';
import { useApi } from '../../api/use-api.hook';
import { useSession } from '../../app/session/session.context';
import { FormError, SelectField, TextField } from '../../ui/form/fields.component';
import { useZodForm } from '../../ui/form/use-zod-form.hook';
import { formatDuration } from '../../ui/format/format';
import { useToast } from '../../ui/toast/toast.component';
import { decimal, percent } from './delivery-data';
import './delivery-insights.css';

/** `GET /api/v1/delivery/targets`: what the scorecard's delivery checks compare with. */
export type DeliveryTargets = Output<'/api/v1/delivery/targets'>;

const LEADERS = ['admin', 'executive'] as const;
const H = 3_600_000;

/** "12,5" or "12.5" as a number; anything else NaN. */
const toNumber = (v: string) => (v.trim() === '' ? Number.NaN : Number(v.trim().replace(',', '.')));
const numberIn = (what: string) =>
  z
    .string()
    .transform(toNumber)
    .pipe(z.number({ error: `Enter ${what} as a number` }));
const share = (what: string) =>
  numberIn(what).pipe(
    z
      .number()
      .min(0, 'Enter a percentage from 0 to 100')
      .max(100, 'Enter a percentage from 0 to 100')
      .transform((p) => p / 100),
  );

/** The form, in the units people use: hours or days, deployments a week, percentages. */
const TargetsForm = z
  .object({
    leadTimeHours: numberIn('a lead time').pipe(z.number().positive('The lead time must be above 0')),
    leadTimeUnit: z.enum(['hours', 'days']),
    deploymentsPerWeek: numberIn('deployments a week').pipe(
      z.number().positive('Enter more than 0 deployments a week (0.25 is one a month)'),
    ),
    changeFailureRate: share('a change failure rate'),
    reworkRate: share('a rework rate'),
    reviewCoverage: share('a review coverage'),
  })
  .transform(({ leadTimeHours, leadTimeUnit, ...rest }) => ({
    ...rest,
    leadTimeHours: leadTimeUnit === 'days' ? leadTimeHours * 24 : leadTimeHours,
  }));

const pct = (x: number) => String(Math.round(x * 1000) / 10);

function initial(t: DeliveryTargets) {
  const days = t.leadTimeHours >= 24 && t.leadTimeHours % 24 === 0;
  return {
    leadTimeHours: String(days ? t.leadTimeHours / 24 : t.leadTimeHours),
    leadTimeUnit: (days ? 'days' : 'hours') as 'hours' | 'days',
    deploymentsPerWeek: String(t.deploymentsPerWeek),
    changeFailureRate: pct(t.changeFailureRate),
    reworkRate: pct(t.reworkRate),
    reviewCoverage: pct(t.reviewCoverage),
  };
}

function TargetsEditor({ targets, onSaved }: { targets: DeliveryTargets; onSaved: () => void }) {
  const toast = useToast();
  const form = useZodForm(TargetsForm, initial(targets));
  const { values, errors, set } = form;
  return (
    <form
      className="form delivery-targets__form"
      noValidate
      onSubmit={form.handleSubmit(async (body) => {
        await unwrap(api.PUT('/api/v1/delivery/targets', { body }));
        toast('Targets saved: the scorecard’s delivery checks now compare with them.');
        onSaved();
      })}
    >
      <FormError error={form.formError} />
      <div className="delivery-targets__groups">
        <fieldset className="delivery-targets__group">
          <legend>Are deliveries coming out on time?</legend>
          <div className="delivery-targets__pair">
            <TextField
              label="Median lead time at most"
              name="leadTimeHours"
              type="number"
              value={values.leadTimeHours}
              onChange={(v) => set('leadTimeHours', v)}
              error={errors.leadTimeHours}
            />
            <SelectField
              label="Unit"
              name="leadTimeUnit"
              value={values.leadTimeUnit}
              onChange={(v) => set('leadTimeUnit', v as 'hours' | 'days')}
              options={[
                { value: 'hours', label: 'hours' },
                { value: 'days', label: 'days' },
              ]}
            />
          </div>
          <TextField
            label="Deployments per week, at least"
            name="deploymentsPerWeek"
            type="number"
            hint="1 is weekly, 5 is daily on working days, 0.25 is monthly."
            value={values.deploymentsPerWeek}
            onChange={(v) => set('deploymentsPerWeek', v)}
            error={errors.deploymentsPerWeek}
          />
        </fieldset>
        <fieldset className="delivery-targets__group">
          <legend>Are changes safe?</legend>
          <TextField
            label="Change failure rate at most (%)"
            name="changeFailureRate"
            type="number"
            value={values.changeFailureRate}
            onChange={(v) => set('changeFailureRate', v)}
            error={errors.changeFailureRate}
          />
          <TextField
            label="Deployment rework rate at most (%)"
            name="reworkRate"
            type="number"
            value={values.reworkRate}
            onChange={(v) => set('reworkRate', v)}
            error={errors.reworkRate}
          />
        </fieldset>
        <fieldset className="delivery-targets__group">
          <legend>Is code reviewed?</legend>
          <TextField
            label="Review coverage at least (%)"
            name="reviewCoverage"
            type="number"
            hint="Good at the target, watch within 10 points below it."
            value={values.reviewCoverage}
            onChange={(v) => set('reviewCoverage', v)}
            error={errors.reviewCoverage}
          />
        </fieldset>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : 'Save targets'}
        </button>
      </div>
    </form>
  );
}

function TargetsList({ t }: { t: DeliveryTargets }) {
  return (
    <dl className="definition-list delivery-targets__list">
      <dt>Lead time for changes, median</dt>
      <dd>at most {formatDuration(t.leadTimeHours * H)}</dd>
      <dt>Deployments per week</dt>
      <dd>at least {decimal(t.deploymentsPerWeek, 2)}</dd>
      <dt>Change failure rate</dt>
      <dd>at most {percent(t.changeFailureRate)}</dd>
      <dt>Deployment rework rate</dt>
      <dd>at most {percent(t.reworkRate)}</dd>
      <dt>Review coverage</dt>
      <dd>at least {percent(t.reviewCoverage)}</dd>
    </dl>
  );
}

/**
 * The delivery targets the scorecard's checks compare with ("Delivery › Targets"): a form for executives
 * and admins, in hours or days, deployments a week and percentages; the list for everyone else.
 */
export function DeliveryTargetsPanel() {
  const { can } = useSession();
  const leader = can(LEADERS);
  const { data, error, reload } = useApi('delivery-targets', (signal) =>
    unwrap(api.GET('/api/v1/delivery/targets', { signal })),
  );
  return (
    <section className="panel delivery-targets" id="targets" aria-labelledby="delivery-targets">
      <h2 id="delivery-targets">Targets</h2>
      <p className="muted">
        The scorecard’s delivery checks compare the figures of the organization (or of the team chosen there)
        with these targets over its range; they start at the DORA 2023 “high” cluster.
        {leader ? '' : ' Executives and admins set them.'}
      </p>
      {error ? (
        <p role="alert" className="callout callout--bad">
          The targets could not be loaded: {error.title}.
        </p>
      ) : null}
      {data && leader ? <TargetsEditor key={JSON.stringify(data)} targets={data} onSaved={reload} /> : null}
      {data && !leader ? <TargetsList t={data} /> : null}
    </section>
  );
}
