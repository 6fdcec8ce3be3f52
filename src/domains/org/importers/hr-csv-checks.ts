/**
 * The HR CSV checks that need the whole file: duplicate addresses, managers missing from the file, people
 * managing themselves through another address, and reporting lines that loop.
 */
import { isEmail } from './hr-csv-columns.js';
import type { ImportIssue, PersonInput } from './org-input.js';

/** One data row as read: its person, the teams it names (slug and name as written), and whether it failed. */
export interface HrRow {
  row: number;
  person: PersonInput;
  teams: { slug: string; name: string }[];
  failed: boolean;
}

/** Header names for the `field` of issues. */
export interface HrCheckFields {
  email?: string | undefined;
  managerEmail?: string | undefined;
  otherEmails?: string | undefined;
}

/**
 * Marks rows that fail a check across rows (`failed = true`) and pushes the issues. A manager known only by one
 * of their `other_emails` is rewritten to their primary e-mail.
 */
export function checkAcrossRows(
  rows: HrRow[],
  file: string,
  fields: HrCheckFields,
  issues: ImportIssue[],
): void {
  const report = (
    r: HrRow,
    field: string | undefined,
    message: string,
    severity: 'error' | 'warning' = 'error',
  ) => {
    if (severity === 'error') r.failed = true;
    issues.push({ file, row: r.row, field, message, severity });
  };

  const byEmail = new Map<string, HrRow>();
  for (const r of rows) {
    const email = r.person.email;
    if (!isEmail(email)) continue;
    const first = byEmail.get(email);
    if (first) report(r, fields.email, `Duplicate e-mail ${email}: rows ${first.row} and ${r.row}.`);
    else byEmail.set(email, r);
  }

  const byOtherEmail = new Map<string, HrRow>();
  for (const r of rows) {
    for (const other of r.person.otherEmails ?? []) {
      const owner = byEmail.get(other);
      const previous = byOtherEmail.get(other);
      if (owner && owner !== r) report(r, fields.otherEmails, `${other} is the e-mail of row ${owner.row}.`);
      else if (previous && previous !== r)
        report(r, fields.otherEmails, `${other} is also listed for row ${previous.row}.`);
      else byOtherEmail.set(other, r);
    }
  }

  const managerOf = new Map<HrRow, HrRow>();
  for (const r of rows) {
    const manager = r.person.managerEmail;
    if (!manager || !isEmail(manager) || manager === r.person.email) continue;
    const target = byEmail.get(manager) ?? byOtherEmail.get(manager);
    if (target === r) {
      report(
        r,
        fields.managerEmail,
        `${manager} is one of this person's own e-mails: nobody can manage themselves.`,
      );
    } else if (target) {
      r.person.managerEmail = target.person.email;
      managerOf.set(r, target);
    } else {
      report(
        r,
        fields.managerEmail,
        `Manager ${manager} is not in this file; the import needs Quarterdeck to know them already.`,
        'warning',
      );
    }
  }

  const state = new Map<HrRow, 'walking' | 'done'>();
  for (const start of rows) {
    const path: HrRow[] = [];
    let current: HrRow | undefined = start;
    while (current && !state.has(current)) {
      state.set(current, 'walking');
      path.push(current);
      current = managerOf.get(current);
    }
    if (current && state.get(current) === 'walking') {
      const loop = path.slice(path.indexOf(current));
      const steps = [...loop, current].map((r) => `row ${r.row} (${r.person.email})`).join(' → ');
      for (const r of loop) report(r, fields.managerEmail, `Reporting lines loop: ${steps}.`);
    }
    for (const r of path) state.set(r, 'done');
  }

  for (const [r, manager] of managerOf) {
    if (manager.failed && !r.failed)
      report(
        r,
        fields.managerEmail,
        `Manager ${manager.person.email} (row ${manager.row}) has errors and is not imported.`,
        'warning',
      );
  }
}
