/**
 * The columns of the HR CSV format (see docs/import-formats.md), how common HR-system export headers map onto
 * them, and the value vocabularies with their accepted spellings. Pure data and small pure functions.
 */
import { PERSON_ROLES, type PersonRole } from './org-input.js';

export type HrColumn =
  | 'email'
  | 'name'
  | 'first_name'
  | 'last_name'
  | 'employee_id'
  | 'title'
  | 'level'
  | 'role'
  | 'manager_email'
  | 'team'
  | 'team_lead'
  | 'location'
  | 'work_mode'
  | 'employment_type'
  | 'start_date'
  | 'end_date'
  | 'status'
  | 'other_emails'
  | 'github'
  | 'effective_date';

export interface HrColumnSpec {
  name: HrColumn;
  /** `name` is required unless both `first_name` and `last_name` are mapped. */
  required: boolean;
  description: string;
  example: string;
}

export const HR_COLUMNS: readonly HrColumnSpec[] = [
  {
    name: 'email',
    required: true,
    description: 'Work e-mail; the key people are matched on.',
    example: 'ada@example.com',
  },
  {
    name: 'name',
    required: true,
    description: 'Full name. May be replaced by first_name + last_name.',
    example: 'Ada Lovelace',
  },
  {
    name: 'first_name',
    required: false,
    description: 'Given name, used with last_name when there is no name.',
    example: 'Ada',
  },
  {
    name: 'last_name',
    required: false,
    description: 'Family name, used with first_name when there is no name.',
    example: 'Lovelace',
  },
  { name: 'employee_id', required: false, description: 'Employee id in the HR system.', example: 'E-1042' },
  {
    name: 'title',
    required: false,
    description: 'Job title as the HR system writes it.',
    example: 'Senior Software Engineer',
  },
  { name: 'level', required: false, description: 'Job level or grade.', example: 'L5' },
  {
    name: 'role',
    required: false,
    description: `One of: ${PERSON_ROLES.join(', ')} (case-insensitive). Aliases: tl, em, pm, hoe.`,
    example: 'engineer',
  },
  {
    name: 'manager_email',
    required: false,
    description: "Work e-mail of the person's manager.",
    example: 'grace@example.com',
  },
  {
    name: 'team',
    required: false,
    description: "Team slugs or names separated by ';'; the first one is the primary team.",
    example: 'payments;platform',
  },
  {
    name: 'team_lead',
    required: false,
    description: 'yes/true/1 when the person leads their primary team; no/false/0 or empty otherwise.',
    example: 'no',
  },
  { name: 'location', required: false, description: 'Office or city.', example: 'London' },
  {
    name: 'work_mode',
    required: false,
    description: 'remote, office or hybrid (on-site and onsite mean office).',
    example: 'hybrid',
  },
  {
    name: 'employment_type',
    required: false,
    description:
      'employee, contractor or intern (full-time and part-time mean employee, contract means contractor).',
    example: 'employee',
  },
  { name: 'start_date', required: false, description: 'First day, YYYY-MM-DD.', example: '2021-03-01' },
  {
    name: 'end_date',
    required: false,
    description: 'Last day, YYYY-MM-DD; not before start_date.',
    example: '',
  },
  {
    name: 'status',
    required: false,
    description:
      'active or leaver (terminated and inactive mean leaver). When empty: leaver if end_date is past.',
    example: 'active',
  },
  {
    name: 'other_emails',
    required: false,
    description: "Other addresses of the person (e.g. used in git commits), separated by ';'.",
    example: 'ada@personal.example',
  },
  {
    name: 'github',
    required: false,
    description: 'GitHub login; a leading @ or a https://github.com/ prefix is removed.',
    example: 'adalovelace',
  },
  {
    name: 'effective_date',
    required: false,
    description:
      "When the row's manager, team, level or title took effect, YYYY-MM-DD (default: the import day).",
    example: '2024-01-01',
  },
];

/** Lower-case, letters and digits only: "Work E-mail", "work_email" and "WORK EMAIL" compare equal. */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Header spellings recognized for each column, best first (already normalized). */
const HEADER_ALIASES: Record<HrColumn, readonly string[]> = {
  email: [
    'email',
    'workemail',
    'workemailaddress',
    'emailaddress',
    'businessemail',
    'companyemail',
    'primaryemail',
    'officeemail',
    'emailwork',
    'mail',
  ],
  name: [
    'name',
    'fullname',
    'employeename',
    'displayname',
    'legalname',
    'legalfullname',
    'preferredfullname',
  ],
  first_name: ['firstname', 'givenname', 'preferredfirstname', 'legalfirstname', 'forename'],
  last_name: ['lastname', 'surname', 'familyname', 'legallastname'],
  employee_id: [
    'employeeid',
    'employeenumber',
    'employeeno',
    'employeenr',
    'empid',
    'workerid',
    'staffid',
    'staffnumber',
    'personnelnumber',
  ],
  title: ['title', 'jobtitle', 'positiontitle', 'businesstitle', 'position', 'jobname'],
  level: ['level', 'joblevel', 'grade', 'jobgrade', 'careerlevel', 'paygrade'],
  role: ['role', 'engineeringrole', 'quarterdeckrole'],
  manager_email: [
    'manageremail',
    'supervisoremail',
    'manageremailaddress',
    'supervisoremailaddress',
    'managerworkemail',
    'supervisorworkemail',
    'linemanageremail',
    'reportstoemail',
  ],
  team: ['team', 'teams', 'squad', 'department', 'dept', 'departmentname'],
  team_lead: ['teamlead', 'isteamlead', 'teamleader', 'leadsteam'],
  location: ['location', 'worklocation', 'officelocation', 'office', 'site'],
  work_mode: ['workmode', 'workarrangement', 'workplacetype', 'remotestatus'],
  employment_type: ['employmenttype', 'employeetype', 'workertype', 'contracttype', 'employmentcategory'],
  start_date: [
    'startdate',
    'hiredate',
    'dateofhire',
    'originalhiredate',
    'joindate',
    'joiningdate',
    'dateofjoining',
    'employmentstartdate',
  ],
  end_date: [
    'enddate',
    'terminationdate',
    'dateoftermination',
    'leavedate',
    'leavingdate',
    'dateofleaving',
    'separationdate',
    'lastdayofwork',
    'lastday',
  ],
  status: ['status', 'employmentstatus', 'employeestatus', 'workerstatus'],
  other_emails: ['otheremails', 'alternateemails', 'secondaryemails', 'personalemail', 'emailaliases'],
  github: ['github', 'githublogin', 'githubusername', 'githubhandle', 'githubuser'],
  effective_date: ['effectivedate', 'asofdate', 'asof', 'changedate'],
};

/**
 * Guesses which header of the file feeds each column (case, space, dash and underscore are ignored). A header
 * feeds at most one column. `name` stays null when the file only has first and last names: the parser
 * combines `first_name` and `last_name` then.
 */
export function suggestMapping(headers: readonly string[]): Record<HrColumn, string | null> {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const result = {} as Record<HrColumn, string | null>;
  for (const column of HR_COLUMNS.map((c) => c.name)) {
    result[column] = null;
    for (const alias of HEADER_ALIASES[column]) {
      const index = normalized.findIndex((h, i) => h === alias && !used.has(i));
      if (index >= 0) {
        used.add(index);
        result[column] = headers[index] ?? null;
        break;
      }
    }
  }
  return result;
}

/** Lower case, runs of space, dash and underscore as one separator. */
function vocab(value: string, separator: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, separator);
}

const ROLE_ALIASES: Record<string, PersonRole> = {
  tl: 'tech lead',
  em: 'engineering manager',
  pm: 'product manager',
  hoe: 'head of engineering',
};

export type Vocabulary<T> = { parse: (value: string) => T | null; allowed: string };

export const ROLE_VOCABULARY: Vocabulary<PersonRole> = {
  parse: (value) => {
    const v = vocab(value, ' ');
    return PERSON_ROLES.find((r) => r === v) ?? ROLE_ALIASES[v] ?? null;
  },
  allowed: `${PERSON_ROLES.join(', ')} (or tl, em, pm, hoe)`,
};

export const WORK_MODE_VOCABULARY: Vocabulary<'remote' | 'office' | 'hybrid'> = {
  parse: (value) => {
    const v = vocab(value, '-');
    if (v === 'remote' || v === 'office' || v === 'hybrid') return v;
    return v === 'on-site' || v === 'onsite' ? 'office' : null;
  },
  allowed: 'remote, office, hybrid (or on-site, onsite)',
};

export const EMPLOYMENT_TYPE_VOCABULARY: Vocabulary<'employee' | 'contractor' | 'intern'> = {
  parse: (value) => {
    const v = vocab(value, '-');
    if (v === 'employee' || v === 'contractor' || v === 'intern') return v;
    if (v === 'full-time' || v === 'fulltime' || v === 'part-time' || v === 'parttime') return 'employee';
    if (v === 'contract') return 'contractor';
    return v === 'internship' ? 'intern' : null;
  },
  allowed: 'employee, contractor, intern (or full-time, part-time, contract)',
};

export const STATUS_VOCABULARY: Vocabulary<'active' | 'leaver'> = {
  parse: (value) => {
    const v = vocab(value, '-');
    if (v === 'active' || v === 'leaver') return v;
    return v === 'terminated' || v === 'inactive' ? 'leaver' : null;
  },
  allowed: 'active, leaver (or terminated, inactive)',
};

export const YES_NO_VOCABULARY: Vocabulary<boolean> = {
  parse: (value) => {
    const v = vocab(value, '-');
    if (v === 'yes' || v === 'true' || v === '1' || v === 'y') return true;
    return v === 'no' || v === 'false' || v === '0' || v === 'n' ? false : null;
  },
  allowed: 'yes, true, 1, no, false, 0',
};

/** Team key from a team name as written: lower case, every run of other characters as one dash. */
export function teamSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

const GITHUB_LOGIN = /^[a-z0-9](?:[a-z0-9-]{0,37}[a-z0-9])?$/i;

/** A GitHub login from `login`, `@login` or a profile URL; null when it is not one. */
export function parseGithubLogin(value: string): string | null {
  const v = value
    .trim()
    .replace(/^https?:\/\/(www\.)?github\.com\//i, '')
    .replace(/^@/, '')
    .replace(/\/$/, '');
  return GITHUB_LOGIN.test(v) ? v : null;
}

/**
 * ISO date (`YYYY-MM-DD`, or a date-time starting with one, of which the date part is kept as written) or null
 * when the value is anything else or not a real calendar day. `DD/MM/YYYY` and `MM/DD/YYYY` are refused: the
 * same text means two different days.
 */
export function parseIsoDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value.trim(),
  );
  if (!m) return null;
  const [, y = '', mo = '', d = ''] = m;
  const year = Number(y);
  const month = Number(mo);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  const day = Number(d);
  return day >= 1 && day <= days ? `${y}-${mo}-${d}` : null;
}

/** Characters that make spreadsheets read a cell as a formula (CSV injection). */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

/** Undoes the export's formula protection: `'=x` back to `=x`; other values are unchanged. */
export function unprotectCell(value: string): string {
  return value.startsWith("'") && FORMULA_TRIGGERS.includes(value.charAt(1)) ? value.slice(1) : value;
}
