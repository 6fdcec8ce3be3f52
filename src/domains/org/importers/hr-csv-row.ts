/**
 * Reads one data row of an HR CSV into a person, with the row's own problems (bad e-mail, date, value outside
 * a vocabulary…). Checks that need the whole file are in hr-csv-checks.ts.
 */
import type { HrRow } from './hr-csv-checks.js';
import {
  EMPLOYMENT_TYPE_VOCABULARY,
  type HrColumn,
  isEmail,
  parseGithubLogin,
  parseIsoDate,
  ROLE_VOCABULARY,
  STATUS_VOCABULARY,
  teamSlug,
  unprotectCell,
  type Vocabulary,
  WORK_MODE_VOCABULARY,
  YES_NO_VOCABULARY,
} from './hr-csv-columns.js';
import type { ImportIssue, PersonInput } from './org-input.js';

/** Where a column is in the file: its index and header as written. */
export type HrCsvColumn = { index: number; header: string };
export type HrCsvColumns = Partial<Record<HrColumn, HrCsvColumn>>;

export class HrRowReader {
  private record: string[] = [];
  private row = 0;
  private failed = false;

  constructor(
    private readonly columns: HrCsvColumns,
    private readonly file: string,
    /** YYYY-MM-DD: an end date before it makes a leaver. */
    private readonly today: string,
    private readonly issues: ImportIssue[],
  ) {}

  private issue(
    column: HrCsvColumn | undefined,
    message: string,
    severity: 'error' | 'warning' = 'error',
  ): void {
    if (severity === 'error') this.failed = true;
    this.issues.push({ file: this.file, row: this.row, field: column?.header, message, severity });
  }

  /** undefined: the file has no such column; null: the cell is empty. */
  private cell(column: HrColumn): string | null | undefined {
    const c = this.columns[column];
    if (!c) return undefined;
    return unprotectCell(this.record[c.index] ?? '').trim() || null;
  }

  private email(column: HrColumn): string | null | undefined {
    const raw = this.cell(column);
    const v = raw == null ? raw : raw.toLowerCase();
    if (v && !isEmail(v)) this.issue(this.columns[column], `"${v}" is not an e-mail address.`);
    return v;
  }

  private date(column: HrColumn): string | null | undefined {
    const v = this.cell(column);
    if (!v) return v;
    const iso = parseIsoDate(v);
    if (iso === null)
      this.issue(this.columns[column], `"${v}" is not a date written YYYY-MM-DD (such as 2024-03-01).`);
    return iso;
  }

  private oneOf<T>(column: HrColumn, vocabulary: Vocabulary<T>): T | null | undefined {
    const v = this.cell(column);
    if (v == null) return v;
    const value = vocabulary.parse(v);
    if (value === null)
      this.issue(
        this.columns[column],
        `"${v}" is not a known ${column} value. Allowed: ${vocabulary.allowed}.`,
      );
    return value;
  }

  private list(column: HrColumn, separator: RegExp): string[] | undefined {
    const v = this.cell(column);
    if (v === undefined) return undefined;
    return (v ?? '').split(separator).flatMap((s) => (s.trim() ? [s.trim()] : []));
  }

  /** The person of one data row; `row` is 1-based with the header as row 1. */
  read(record: string[], row: number): HrRow {
    this.record = record;
    this.row = row;
    this.failed = false;
    const { columns, file, today } = this;
    const primary = this.email('email');
    if (!primary) this.issue(columns.email, 'The e-mail is empty.');
    const parts = [this.cell('first_name'), this.cell('last_name')].filter((p): p is string => !!p);
    const name = this.cell('name') ?? (parts.length > 0 ? parts.join(' ') : null);
    if (!name) this.issue(columns.name ?? columns.first_name, 'The name is empty.');

    const startDate = this.date('start_date');
    const endDate = this.date('end_date');
    if (startDate && endDate && endDate < startDate)
      this.issue(columns.end_date, `The end date ${endDate} is before the start date ${startDate}.`);
    const explicitStatus = this.oneOf('status', STATUS_VOCABULARY);
    if (explicitStatus === 'active' && endDate && endDate < today)
      this.issue(columns.status, `Status is active but the end date ${endDate} has passed.`, 'warning');
    const status = explicitStatus ?? (endDate && endDate < today ? 'leaver' : 'active');

    const managerEmail = this.email('manager_email');
    if (managerEmail && managerEmail === primary)
      this.issue(columns.manager_email, 'A person cannot be their own manager.');

    const teamNames = this.list('team', /;/);
    const teams: { slug: string; name: string }[] = [];
    for (const teamName of teamNames ?? []) {
      const slug = teamSlug(teamName);
      if (!slug) this.issue(columns.team, `Team "${teamName}" has no letter or digit to make a key from.`);
      else if (!teams.some((t) => t.slug === slug)) teams.push({ slug, name: teamName });
    }
    const primaryTeam = teamNames === undefined ? undefined : (teams[0]?.slug ?? null);
    const lead = this.oneOf('team_lead', YES_NO_VOCABULARY);
    if (lead && !primaryTeam)
      this.issue(columns.team_lead, 'team_lead is yes but the row names no team.', 'warning');

    const otherEmails = this.list('other_emails', /[;,\s]+/)?.map((e) => e.toLowerCase());
    for (const other of otherEmails ?? [])
      if (!isEmail(other)) this.issue(columns.other_emails, `"${other}" is not an e-mail address.`);

    const githubCell = this.cell('github');
    const githubLogin = githubCell ? parseGithubLogin(githubCell) : githubCell;
    if (githubCell && !githubLogin) this.issue(columns.github, `"${githubCell}" is not a GitHub login.`);

    const person: PersonInput = {
      email: primary ?? '',
      name: name ?? '',
      externalId: this.cell('employee_id'),
      title: this.cell('title'),
      level: this.cell('level'),
      role: this.oneOf('role', ROLE_VOCABULARY) ?? undefined,
      location: this.cell('location'),
      workMode: this.oneOf('work_mode', WORK_MODE_VOCABULARY),
      employmentType: this.oneOf('employment_type', EMPLOYMENT_TYPE_VOCABULARY),
      startDate,
      endDate,
      status,
      managerEmail,
      teams: teamNames === undefined ? undefined : teams.map((t) => t.slug),
      primaryTeam,
      leads: lead === undefined ? undefined : lead && primaryTeam ? [primaryTeam] : [],
      otherEmails: otherEmails?.filter((e, i, all) => e !== primary && all.indexOf(e) === i),
      githubLogin,
      effectiveDate: this.date('effective_date'),
      origin: { file, row },
    };
    return { row, person: withoutUndefined(person), teams, failed: this.failed };
  }
}

/** The same person without the fields whose column the file lacks (absent means "leave alone"). */
function withoutUndefined(person: PersonInput): PersonInput {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(person)) if (value !== undefined) out[key] = value;
  return out as unknown as PersonInput;
}
