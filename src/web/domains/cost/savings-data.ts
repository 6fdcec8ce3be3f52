import { costFetch } from './cost-api';

/** Shapes of the savings API and its call. */
export type SavingsKind =
  | 'unused-seats'
  | 'idle-resources'
  | 'unallocated'
  | 'commitments'
  | 'non-production';

export interface Savings {
  window: { from: string; to: string; days: number } | null;
  opportunities: {
    kind: SavingsKind;
    title: string;
    description: string;
    amounts: { currency: string; amount: string; annual: string }[];
    href: string | null;
    available: boolean;
  }[];
  unusedSeats: {
    toolId: number | null;
    name: string;
    unusedSeats: number;
    currency: string;
    annual: string;
  }[];
  idleResources: {
    resourceId: string;
    resourceName: string | null;
    serviceName: string | null;
    provider: string;
    account: string | null;
    teamId: number | null;
    currency: string;
    cost: string;
    annual: string;
  }[];
  unallocated: {
    resourceId: string | null;
    serviceName: string | null;
    provider: string;
    account: string | null;
    untagged: boolean;
    currency: string;
    cost: string;
    annual: string;
  }[];
  commitments: {
    items: {
      commitmentId: string;
      type: string | null;
      category: string | null;
      provider: string;
      currency: string;
      used: string;
      unused: string;
      utilization: number | null;
      annualUnused: string;
    }[];
    coverage: {
      currency: string;
      provider: string;
      serviceCategory: string | null;
      covered: string;
      eligible: string;
      coverage: number | null;
    }[];
  };
  environments: {
    environment: string | null;
    production: boolean;
    currency: string;
    cost: string;
    annual: string;
  }[];
}

export interface UnitCosts {
  currency: string;
  months: {
    month: string;
    partial: boolean;
    cost: string;
    engineers: number;
    costPerEngineer: string | null;
    services: number;
    serviceCost: string;
    costPerService: string | null;
    deployments: number;
    costPerDeployment: string | null;
  }[];
  services: { id: number | null; key: string; label: string; total: string; values: string[] }[];
  change: { costPerEngineer: number | null; costPerDeployment: number | null; costPerService: number | null };
}

export function getSavings(q: { team?: number | null }, signal?: AbortSignal) {
  return costFetch<Savings>('/api/v1/cost/savings', {
    query: { team: q.team ?? undefined },
    ...(signal ? { signal } : {}),
  });
}

export function getUnitCosts(q: { team?: number | null; months?: number }, signal?: AbortSignal) {
  return costFetch<UnitCosts>('/api/v1/cost/unit-costs', {
    query: { team: q.team ?? undefined, months: q.months },
    ...(signal ? { signal } : {}),
  });
}
