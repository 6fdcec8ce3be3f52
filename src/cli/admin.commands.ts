import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { verify } from '../platform/audit/audit.service.js';
import * as auth from '../platform/auth/auth.service.js';
import { GRANTS, type Grant, ROLES, type Role, SCOPES, type Scope } from '../platform/auth/policy.js';
import { CliError, cliActor, printJson, withPlatform } from './context.js';
import { progressBar } from './progress.js';

function oneOf<T extends string>(what: string, allowed: readonly T[]) {
  return (value: string, previous: T[] = []): T[] => {
    const parts = value.split(',').map((v) => v.trim());
    for (const p of parts)
      if (!allowed.includes(p as T))
        throw new CliError(`${what} "${p}" is not one of: ${allowed.join(', ')}`);
    return [...previous, ...(parts as T[])];
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const generatedPassword = () => randomBytes(15).toString('base64url');

export function userCommands(program: Command) {
  const user = program.command('user').description('Manage accounts');

  user
    .command('add')
    .description('Create an account (prints a generated password unless --password-stdin)')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'display name')
    .option('--role <role>', `one of ${ROLES.join(', ')}`, 'member')
    .option('--admin', 'shorthand for --role admin')
    .option(
      '--grant <grant>',
      `sensitive-area grant (${GRANTS.join(', ')}); repeat or comma-separate`,
      oneOf('grant', GRANTS),
    )
    .option('--password-stdin', 'read the password from standard input')
    .option('--json', 'machine-readable output')
    .action(
      async (o: {
        email: string;
        name: string;
        role: string;
        admin?: boolean;
        grant?: Grant[];
        passwordStdin?: boolean;
        json?: boolean;
      }) => {
        const role = (o.admin ? 'admin' : o.role) as Role;
        if (!ROLES.includes(role)) throw new CliError(`role "${o.role}" is not one of: ${ROLES.join(', ')}`);
        const password = o.passwordStdin ? await readStdin() : generatedPassword();
        const created = await withPlatform((ctx) =>
          auth.createUser(ctx.db, cliActor(), {
            email: o.email.trim().toLowerCase(),
            name: o.name,
            password,
            role,
            grants: o.grant ?? [],
          }),
        );
        if (o.json)
          return printJson({ ...auth.toUserOutput(created), ...(o.passwordStdin ? {} : { password }) });
        process.stdout.write(`Created ${role} account ${created.email} (id ${created.id}).\n`);
        if (!o.passwordStdin) process.stdout.write(`Password (shown once): ${password}\n`);
      },
    );

  user
    .command('list')
    .description('List accounts')
    .option('--json', 'machine-readable output')
    .action(async (o: { json?: boolean }) => {
      const users = await withPlatform((ctx) => auth.listUsers(ctx.db));
      if (o.json) return printJson(users.map(auth.toUserOutput));
      for (const u of users) {
        process.stdout.write(
          `${String(u.id).padStart(5)}  ${u.email.padEnd(40)} ${u.role.padEnd(10)} ${u.grants.join(',').padEnd(28)} ${u.disabled_at ? 'disabled' : ''}\n`,
        );
      }
    });

  user
    .command('set')
    .description('Change an account: role, grants, enabled')
    .requiredOption('--email <email>', 'the account')
    .option('--role <role>', `one of ${ROLES.join(', ')}`)
    .option(
      '--grant <grant>',
      'replace the grants; repeat or comma-separate; "none" to clear',
      (v: string, prev: string[] = []) => [...prev, ...v.split(',')],
    )
    .option('--disable', 'disable the account and end its sessions')
    .option('--enable', 'enable the account')
    .option('--reset-password', 'set a new generated password (printed once) and end its sessions')
    .action(
      async (o: {
        email: string;
        role?: string;
        grant?: string[];
        disable?: boolean;
        enable?: boolean;
        resetPassword?: boolean;
      }) => {
        if (o.role && !ROLES.includes(o.role as Role))
          throw new CliError(`role "${o.role}" is not one of: ${ROLES.join(', ')}`);
        const grants = o.grant?.includes('none') ? [] : o.grant;
        for (const g of grants ?? [])
          if (!GRANTS.includes(g as Grant))
            throw new CliError(`grant "${g}" is not one of: ${GRANTS.join(', ')}`);
        const password = o.resetPassword ? generatedPassword() : undefined;
        await withPlatform(async (ctx) => {
          const u = await auth.findUserByEmail(ctx.db, o.email);
          if (!u) throw new CliError(`No account for ${o.email}.`);
          await auth.updateUser(ctx.db, cliActor(), u.id, {
            role: o.role as Role | undefined,
            grants: grants as Grant[] | undefined,
            disabled: o.disable ? true : o.enable ? false : undefined,
            password,
          });
        });
        process.stdout.write(`Updated ${o.email}.\n`);
        if (password) process.stdout.write(`New password (shown once): ${password}\n`);
      },
    );
}

export function tokenCommands(program: Command) {
  const token = program.command('token').description('Manage API tokens for the CLI and integrations');
  token
    .command('create')
    .description('Create an API token for an account; it is shown once')
    .requiredOption('--email <email>', 'the account the token acts as')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--scopes <scopes>', `comma-separated: ${SCOPES.join(', ')}`, oneOf('scope', SCOPES))
    .option('--expires-days <days>', 'days until it expires, or "never"', '90')
    .option('--json', 'machine-readable output')
    .action(
      async (o: { email: string; name: string; scopes?: Scope[]; expiresDays: string; json?: boolean }) => {
        const days = o.expiresDays === 'never' ? null : Number(o.expiresDays);
        if (days !== null && (!Number.isInteger(days) || days < 1))
          throw new CliError('--expires-days takes a whole number of days or "never"');
        const result = await withPlatform(async (ctx) => {
          const u = await auth.findUserByEmail(ctx.db, o.email);
          if (!u) throw new CliError(`No account for ${o.email}.`);
          return auth.createApiToken(ctx.db, cliActor(), u.id, {
            name: o.name,
            scopes: o.scopes ?? ['read'],
            expiresInDays: days,
          });
        });
        if (o.json)
          return printJson({
            id: result.row.id,
            token: result.token,
            scopes: result.row.scopes,
            expiresAt: result.row.expires_at,
          });
        process.stdout.write(
          `Token ${result.row.id} (${result.row.scopes.join(', ')}), shown once:\n${result.token}\n`,
        );
      },
    );

  token
    .command('list')
    .description('List API tokens')
    .option('--email <email>', 'only this account’s tokens')
    .option('--json', 'machine-readable output')
    .action(async (o: { email?: string; json?: boolean }) => {
      const rows = await withPlatform(async (ctx) => {
        const u = o.email ? await auth.findUserByEmail(ctx.db, o.email) : undefined;
        if (o.email && !u) throw new CliError(`No account for ${o.email}.`);
        return auth.listTokens(ctx.db, u?.id);
      });
      if (o.json) return printJson(rows.map(({ token_hash: _h, ...r }) => r));
      for (const t of rows) {
        const state = t.revoked_at
          ? 'revoked'
          : t.expires_at && t.expires_at < new Date()
            ? 'expired'
            : 'active';
        process.stdout.write(
          `${String(t.id).padStart(5)}  ${t.name.padEnd(24)} user ${String(t.user_id).padEnd(5)} ${t.scopes.join(',').padEnd(11)} ${state}\n`,
        );
      }
    });

  token
    .command('revoke <id>')
    .description('Revoke an API token')
    .action(async (id: string) => {
      await withPlatform((ctx) => auth.revokeApiToken(ctx.db, cliActor(), Number(id)));
      process.stdout.write(`Revoked token ${id}.\n`);
    });
}

export function auditCommands(program: Command) {
  const audit = program.command('audit').description('The audit log');
  audit
    .command('verify')
    .description('Recompute the audit log’s hash chain; exit code 2 when a row was altered or removed')
    .option('--json', 'machine-readable output')
    .action(async (o: { json?: boolean }) => {
      const bar = progressBar('audit verify', { quiet: o.json });
      const result = await withPlatform((ctx) => verify(ctx.db, (n) => bar.update(n, null, 'rows')));
      bar.stop();
      if (o.json) printJson(result);
      else if (result.ok) process.stdout.write(`Audit log intact: ${result.checked} rows verified.\n`);
      if (!result.ok) {
        throw new CliError(
          `Audit log TAMPERED at row ${result.brokenAt!.id}: ${result.brokenAt!.reason}. ${result.checked} rows before it are intact.`,
          2,
        );
      }
    });
}
