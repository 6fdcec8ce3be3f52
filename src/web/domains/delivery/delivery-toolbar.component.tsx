import { useId } from 'react';
import type { Bucket } from './delivery-data';
import type { DeliveryScope } from './use-delivery-scope.hook';
import { SERVICE_LIST_MAX } from './use-services.hook';

/**
 * The delivery part of the scope: a service (instead of the scope bar's team) and the trend step, with
 * what the page covers in words. Both are kept in the URL (`service`, `bucket`).
 */
export function DeliveryToolbar({ scope, trend = true }: { scope: DeliveryScope; trend?: boolean }) {
  const serviceId = useId();
  const bucketId = useId();
  const { services, serviceTotal } = scope;
  return (
    <section className="delivery-toolbar" aria-label="Delivery scope">
      <div className="delivery-toolbar__field">
        <label htmlFor={serviceId}>Service</label>
        <select
          id={serviceId}
          value={scope.serviceId ?? ''}
          onChange={(e) => scope.setService(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">{scope.teamName ? `All of ${scope.teamName}` : 'All services'}</option>
          {services?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title ?? s.name}
              {s.ownerTeamName ? ` (${s.ownerTeamName})` : ''}
            </option>
          ))}
          {scope.serviceId && services && !services.some((s) => s.id === scope.serviceId) ? (
            <option value={scope.serviceId}>Service {scope.serviceId}</option>
          ) : null}
        </select>
      </div>
      {trend ? (
        <div className="delivery-toolbar__field">
          <label htmlFor={bucketId}>Trend by</label>
          <select
            id={bucketId}
            value={scope.bucket}
            onChange={(e) => scope.setBucket(e.target.value as Bucket)}
          >
            <option value="week">Week</option>
            <option value="month">Month</option>
          </select>
        </div>
      ) : null}
      <p className="delivery-toolbar__summary">
        {scope.serviceId
          ? 'A service replaces the team of the scope bar; choose a team there to go back to teams.'
          : 'Choose a team in the scope bar above, or a service here.'}
        {serviceTotal > SERVICE_LIST_MAX
          ? ` The list holds ${SERVICE_LIST_MAX} of the ${serviceTotal.toLocaleString()} services.`
          : null}
      </p>
    </section>
  );
}
