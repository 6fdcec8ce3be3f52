/**
 * The shape every org importer produces (HR CSV, Backstage catalog, CODEOWNERS, the demo) and the
 * org service applies in one transaction. Parsers are pure: files in, `OrgInput` and issues out.
 */

import type { ImportIssue } from '../../../platform/imports/import-report.js';

export type { ImportIssue };

export type PersonRole =
  | 'engineer'
  | 'tech lead'
  | 'engineering manager'
  | 'engineering director'
  | 'head of engineering'
  | 'cto'
  | 'product manager'
  | 'designer'
  | 'data'
  | 'ai'
  | 'other';

export const PERSON_ROLES: readonly PersonRole[] = [
  'engineer',
  'tech lead',
  'engineering manager',
  'engineering director',
  'head of engineering',
  'cto',
  'product manager',
  'designer',
  'data',
  'ai',
  'other',
];

export interface PersonInput {
  /** Lower-cased primary e-mail: the key people are matched on across sources. */
  email: string;
  name: string;
  /** Employee id in the HR system. */
  externalId?: string | null | undefined;
  /** Backstage `User` metadata.name. */
  catalogName?: string | null | undefined;
  title?: string | null | undefined;
  level?: string | null | undefined;
  role?: PersonRole | undefined;
  location?: string | null | undefined;
  workMode?: 'remote' | 'office' | 'hybrid' | null | undefined;
  employmentType?: 'employee' | 'contractor' | 'intern' | null | undefined;
  /** ISO dates (YYYY-MM-DD). */
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  status?: 'active' | 'leaver' | undefined;
  /** E-mail of the manager (must be a person of the same input or already known). */
  managerEmail?: string | null | undefined;
  /** Team keys (slugs); the first one is the primary team unless `primaryTeam` says otherwise. */
  teams?: string[] | undefined;
  primaryTeam?: string | null | undefined;
  /** Teams this person leads. */
  leads?: string[] | undefined;
  /** Other e-mail addresses (git commits often use a personal one). */
  otherEmails?: string[] | undefined;
  githubLogin?: string | null | undefined;
  /** When the row's manager, team, level or title took effect (defaults to the import day). */
  effectiveDate?: string | null | undefined;
  /** Where the row came from, for error messages. */
  origin?: { file: string; row?: number; entity?: string } | undefined;
}

export interface TeamInput {
  /** Slug: lower-case letters, digits and dashes (Backstage Group metadata.name). */
  slug: string;
  name: string;
  kind: 'department' | 'group' | 'team';
  parent?: string | null | undefined;
  description?: string | null | undefined;
  email?: string | null | undefined;
  origin?: { file: string; row?: number; entity?: string } | undefined;
  /** The source only names the team (an HR CSV's team column): created when missing, never changed. */
  referenceOnly?: boolean | undefined;
}

export type EntityKind = 'component' | 'system' | 'api' | 'resource' | 'domain';

/** A reference in canonical form: `kind:namespace/name`, all lower case. */
export type EntityRef = string;

export interface EntityInput {
  kind: EntityKind;
  namespace: string;
  name: string;
  title?: string | null | undefined;
  description?: string | null | undefined;
  /** spec.type: service, website, library, openapi, database… */
  type?: string | null | undefined;
  lifecycle?: string | null | undefined;
  /** Tier from a `tier` label/annotation or spec.tier when present. */
  tier?: string | null | undefined;
  /** `group:default/payments` or `user:default/jdoe`, canonical. */
  owner?: EntityRef | null | undefined;
  /** system for components/APIs/resources; domain for systems; parent domain for domains. */
  parent?: EntityRef | null | undefined;
  dependsOn?: EntityRef[] | undefined;
  providesApis?: EntityRef[] | undefined;
  consumesApis?: EntityRef[] | undefined;
  tags?: string[] | undefined;
  annotations?: Record<string, string> | undefined;
  links?: { url: string; title?: string | undefined }[] | undefined;
  /** `owner/name` from the `github.com/project-slug` annotation or a source-location URL. */
  repository?: string | null | undefined;
  origin?: { file: string; row?: number; entity?: string } | undefined;
}

export interface CodeownersRuleInput {
  line: number;
  pattern: string;
  /** As written: `@org/team`, `@login` or an e-mail address. */
  owners: string[];
}

export interface CodeownersInput {
  /** `owner/name` of the repository. */
  repository: string;
  /** Path of the CODEOWNERS file inside the repository, e.g. `.github/CODEOWNERS`. */
  file: string;
  rules: CodeownersRuleInput[];
}

/** What one import brings. Lists that are absent are left alone by the import. */
export interface OrgInput {
  /** Names the source so a re-import of the same source can remove what it no longer lists. */
  source: string;
  teams?: TeamInput[] | undefined;
  people?: PersonInput[] | undefined;
  entities?: EntityInput[] | undefined;
  codeowners?: CodeownersInput[] | undefined;
}

/** A parser's answer: the valid part, and the issues (errors make the whole import refuse unless skipped). */
export interface ParseResult {
  input: OrgInput;
  issues: ImportIssue[];
  /** How many rows or entities each file held. */
  counts: Record<string, number>;
}
