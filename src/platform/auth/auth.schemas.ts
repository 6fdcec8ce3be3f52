import { z } from 'zod';
import { GRANTS, ROLES, SCOPES } from './policy.js';

export const Email = z.string().trim().toLowerCase().max(320).pipe(z.email());
export const IdParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const UserOutput = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  grants: z.array(z.enum(GRANTS)),
  personId: z.number().int().nullable(),
  sso: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
});

export const LoginInput = z.strictObject({
  email: Email,
  password: z.string().min(1).max(1024),
});

export const SessionOutput = z.object({
  user: UserOutput,
  csrfToken: z.string().nullable().describe('Send as x-csrf-token on changes made with the session cookie'),
  via: z.enum(['session', 'token']),
  expiresAt: z.string().nullable(),
});

export const SetupStatusOutput = z.object({
  needed: z.boolean().describe('True while no account exists; the server printed a one-time setup token'),
  sso: z.boolean().describe('Single sign-on is configured'),
});

export const SetupInput = z.strictObject({
  token: z.string().min(1).max(200),
  email: Email,
  name: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1024),
});

export const CreateUserInput = z.strictObject({
  email: Email,
  name: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1024).optional().describe('Omit for accounts that sign in with SSO only'),
  role: z.enum(ROLES),
  grants: z.array(z.enum(GRANTS)).max(GRANTS.length).default([]),
  personId: z.number().int().positive().nullable().optional(),
});

export const UpdateUserInput = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  grants: z.array(z.enum(GRANTS)).max(GRANTS.length).optional(),
  personId: z.number().int().positive().nullable().optional(),
  disabled: z.boolean().optional(),
  password: z.string().min(1).max(1024).optional(),
});

export const SessionRowOutput = z.object({
  id: z.number().int(),
  authMethod: z.enum(['password', 'oidc']),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  current: z.boolean(),
});

export const TokenOutput = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  name: z.string(),
  scopes: z.array(z.enum(SCOPES)),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const CreateTokenInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(SCOPES)).min(1).max(SCOPES.length),
  expiresInDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .nullable()
    .default(90)
    .describe('null for a token that never expires'),
});

export const CreatedTokenOutput = TokenOutput.extend({
  token: z.string().describe('Shown once; only its hash is stored'),
});

export const TokenListQuery = z.strictObject({
  all: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('Admins: every account’s tokens'),
});

/** The `?token=` of a calendar feed (a route with `config.feed`): a token with the calendar scope alone. */
export const FeedToken = z
  .string()
  .max(200)
  .optional()
  .describe(
    'a calendar token (scope calendar), for calendar apps that subscribe by address and cannot send a header',
  );
