import { Link } from 'react-router';
import { StatusBadge } from '../../ui/status/status-badge.component';

/** A neutral word badge: a team's kind, an entity's kind, "Primary", "Lead". */
export function Tag({ children, tone = 'plain' }: { children: string; tone?: 'plain' | 'accent' }) {
  return <span className={`org-tag${tone === 'accent' ? ' org-tag--accent' : ''}`}>{children}</span>;
}

const LIFECYCLE: Record<string, 'good' | 'watch' | 'bad'> = {
  production: 'good',
  experimental: 'watch',
  development: 'watch',
  deprecated: 'bad',
  retired: 'bad',
};

/** A catalog lifecycle in words, coloured: production, experimental, deprecated (others plain). */
export function LifecycleBadge({ lifecycle }: { lifecycle: string | null }) {
  if (!lifecycle) return <span className="muted">—</span>;
  const label = lifecycle.charAt(0).toUpperCase() + lifecycle.slice(1);
  const status = LIFECYCLE[lifecycle.toLowerCase()];
  return status ? <StatusBadge status={status} label={label} /> : <Tag>{label}</Tag>;
}

export function TierBadge({ tier }: { tier: string | null }) {
  if (!tier) return <span className="muted">—</span>;
  const label = /^\d+$/.test(tier) ? `Tier ${tier}` : tier;
  return <Tag tone={tier === '1' || tier === '0' ? 'accent' : 'plain'}>{label}</Tag>;
}

export const ENTITY_KINDS = [
  { value: 'component', label: 'Components' },
  { value: 'system', label: 'Systems' },
  { value: 'api', label: 'APIs' },
  { value: 'resource', label: 'Resources' },
  { value: 'domain', label: 'Domains' },
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number]['value'];

export function isEntityKind(v: string | null | undefined): v is EntityKind {
  return ENTITY_KINDS.some((k) => k.value === v);
}

const KIND_WORD: Record<string, string> = {
  component: 'Component',
  system: 'System',
  api: 'API',
  resource: 'Resource',
  domain: 'Domain',
  department: 'Department',
  group: 'Group',
  team: 'Team',
};

export function kindWord(kind: string): string {
  return KIND_WORD[kind] ?? kind;
}

export interface EntityOwner {
  ownerTeamId: number | null;
  ownerTeamName: string | null;
  ownerPersonId: number | null;
  ownerPersonName: string | null;
  ownerRef: string | null;
}

/** Who owns an entity: the team (or person) the catalog resolved, else the raw owner reference. */
export function OwnerCell({ entity }: { entity: EntityOwner }) {
  if (entity.ownerTeamId !== null)
    return (
      <Link to={`/org/teams/${entity.ownerTeamId}`}>
        {entity.ownerTeamName ?? `Team ${entity.ownerTeamId}`}
      </Link>
    );
  if (entity.ownerPersonId !== null)
    return (
      <Link to={`/org/people/${entity.ownerPersonId}`}>
        {entity.ownerPersonName ?? `Person ${entity.ownerPersonId}`}
      </Link>
    );
  if (entity.ownerRef)
    return (
      <span title="The catalog names an owner Quarterdeck does not know">
        <code>{entity.ownerRef}</code> <span className="muted">(not found)</span>
      </span>
    );
  return <span className="muted">No owner</span>;
}
