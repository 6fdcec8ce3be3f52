/**
 * Writes people in the HR CSV format (docs/import-formats.md), so an export can be edited in a spreadsheet and
 * imported back. RFC 4180 (CRLF, quotes doubled), protected against formula injection: a cell starting with
 * `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, which the HR CSV parser removes again.
 */
import { FORMULA_TRIGGERS, HR_COLUMNS, type HrColumn } from './hr-csv-columns.js';
import type { PersonInput, PersonRole } from './org-input.js';

/** One exported person, one field per column. Empty or absent fields become empty cells. */
export interface HrExportRow {
  email: string;
  name: string;
  employeeId?: string | null | undefined;
  title?: string | null | undefined;
  level?: string | null | undefined;
  role?: PersonRole | null | undefined;
  managerEmail?: string | null | undefined;
  /** Team slugs; the first is the primary team. */
  teams?: readonly string[] | null | undefined;
  /** Leads the primary team. */
  teamLead?: boolean | null | undefined;
  location?: string | null | undefined;
  workMode?: 'remote' | 'office' | 'hybrid' | null | undefined;
  employmentType?: 'employee' | 'contractor' | 'intern' | null | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  status?: 'active' | 'leaver' | null | undefined;
  otherEmails?: readonly string[] | null | undefined;
  github?: string | null | undefined;
  effectiveDate?: string | null | undefined;
}

/** The columns an export writes, in order: every documented column but first_name/last_name (name is written). */
export const HR_EXPORT_COLUMNS: readonly HrColumn[] = HR_COLUMNS.map((c) => c.name).filter(
  (c) => c !== 'first_name' && c !== 'last_name',
);

function cellsOf(row: HrExportRow): Record<HrColumn, string | null | undefined> {
  return {
    email: row.email,
    name: row.name,
    first_name: null,
    last_name: null,
    employee_id: row.employeeId,
    title: row.title,
    level: row.level,
    role: row.role,
    manager_email: row.managerEmail,
    team: row.teams?.join(';'),
    team_lead: row.teamLead === true ? 'yes' : row.teamLead === false ? 'no' : null,
    location: row.location,
    work_mode: row.workMode,
    employment_type: row.employmentType,
    start_date: row.startDate,
    end_date: row.endDate,
    status: row.status,
    other_emails: row.otherEmails?.join(';'),
    github: row.github,
    effective_date: row.effectiveDate,
  };
}

/** One CSV cell: formula-protected, then quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | null | undefined): string {
  let v = value ?? '';
  if (FORMULA_TRIGGERS.includes(v.charAt(0))) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** The CSV text: a header row of the column names, then one row per person, CRLF line ends. */
export function peopleToCsv(rows: readonly HrExportRow[]): string {
  const lines = [HR_EXPORT_COLUMNS.join(',')];
  for (const row of rows) {
    const cells = cellsOf(row);
    lines.push(HR_EXPORT_COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The export row of a person as the org importers describe them. */
export function personToExportRow(p: PersonInput): HrExportRow {
  const primary = p.primaryTeam ?? p.teams?.[0] ?? null;
  const teams = p.teams && primary ? [primary, ...p.teams.filter((t) => t !== primary)] : (p.teams ?? null);
  return {
    email: p.email,
    name: p.name,
    employeeId: p.externalId ?? null,
    title: p.title ?? null,
    level: p.level ?? null,
    role: p.role ?? null,
    managerEmail: p.managerEmail ?? null,
    teams,
    teamLead: primary ? (p.leads?.includes(primary) ?? false) : null,
    location: p.location ?? null,
    workMode: p.workMode ?? null,
    employmentType: p.employmentType ?? null,
    startDate: p.startDate ?? null,
    endDate: p.endDate ?? null,
    status: p.status ?? null,
    otherEmails: p.otherEmails ?? null,
    github: p.githubLogin ?? null,
    effectiveDate: p.effectiveDate ?? null,
  };
}
