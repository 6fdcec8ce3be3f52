/** zod shapes of the stack inventory's API. */
import { z } from 'zod';

const id = z.coerce.number().int().positive();

export const StackQuery = z.object({
  teamId: id.optional().describe('A team and every team below it (the repositories of the services it owns)'),
  serviceId: id.optional().describe('A service (catalog component)'),
  ecosystem: z
    .string()
    .max(40)
    .optional()
    .describe('npm, go, pypi, maven, docker, github-actions, terraform… (end of life: a product)'),
  ring: z.string().max(60).optional().describe('A radar ring name or stance: adopt, trial, assess, hold'),
  entry: z.string().max(200).optional().describe('A radar entry key'),
});

const entry = {
  key: z.string(),
  name: z.string(),
  ring: z.string(),
  stance: z.enum(['adopt', 'trial', 'assess', 'hold']),
  quadrant: z.string(),
};
const repository = z.object({
  id: z.number(),
  name: z.string(),
  service: z.string().nullable(),
  serviceId: z.number().nullable(),
  team: z.string().nullable(),
  teamId: z.number().nullable(),
});

export const TechnologiesOutput = z.object({
  scanned: z.number(),
  technologies: z.array(
    z.object({
      ...entry,
      repositories: z.number(),
      services: z.array(z.string()),
      teams: z.array(z.string()),
      packages: z.array(z.string()),
    }),
  ),
  notOnRadar: z.array(z.object({ ecosystem: z.string(), name: z.string(), repositories: z.number() })),
});

export const UsagesOutput = z.object({
  entry: z.object(entry).nullable(),
  total: z.number(),
  repositories: z.number(),
  rows: z.array(
    z.object({
      repository,
      ecosystem: z.string(),
      name: z.string(),
      version: z.string().nullable(),
      direct: z.boolean(),
      scope: z.string().nullable(),
      file: z.string(),
      line: z.number().nullable(),
      source: z.enum(['manifest', 'sbom']),
      entry: z.string().nullable(),
    }),
  ),
});

export const ComplianceOutput = z.object({
  scanned: z.number(),
  repositoriesOnHold: z.number(),
  shareOnHold: z.number().nullable(),
  hold: z.array(z.object({ ...entry, packages: z.array(z.string()), repositories: z.array(repository) })),
  holdByTeam: z.array(
    z.object({
      team: z.string().nullable(),
      teamId: z.number().nullable(),
      repositories: z.number(),
      technologies: z.array(z.string()),
    }),
  ),
  adoptMissing: z.array(
    z.object({
      ...entry,
      ecosystems: z.array(z.string()),
      using: z.number(),
      candidates: z.number(),
      missing: z.array(repository),
    }),
  ),
});

export const VersionsOutput = z.object({
  scanned: z.number(),
  packages: z.array(
    z.object({
      ecosystem: z.string(),
      name: z.string(),
      entry: z.string().nullable(),
      newest: z.string(),
      repositories: z.number(),
      distinct: z.number(),
      majorsBehind: z.number(),
      versions: z.array(
        z.object({
          version: z.string(),
          repositories: z.number(),
          behind: z.object({ unit: z.enum(['major', 'minor', 'patch']).nullable(), count: z.number() }),
        }),
      ),
    }),
  ),
});

const eolStatus = z.enum(['ended', 'ending', 'supported', 'unknown']);
export const EndOfLifeOutput = z.object({
  today: z.string(),
  dataset: z.object({ snapshot: z.string(), source: z.string(), imported: z.array(z.string()) }),
  repositoriesPastEol: z.number(),
  cycles: z.array(
    z.object({
      product: z.string(),
      cycle: z.string(),
      eol: z.string().nullable(),
      latest: z.string().nullable(),
      status: eolStatus,
      repositories: z.number(),
    }),
  ),
  uses: z.array(
    z.object({
      repository: z.string(),
      repositoryId: z.number(),
      service: z.string().nullable(),
      team: z.string().nullable(),
      product: z.string(),
      cycle: z.string(),
      version: z.string(),
      eol: z.string().nullable(),
      status: eolStatus,
      file: z.string(),
      line: z.number().nullable(),
    }),
  ),
});

export const LanguagesOutput = z.object({
  bytes: z.number(),
  languages: z.array(
    z.object({
      language: z.string(),
      bytes: z.number(),
      files: z.number(),
      repositories: z.number(),
      share: z.number(),
    }),
  ),
  repositories: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      team: z.string().nullable(),
      main: z.string(),
      share: z.number(),
      bytes: z.number(),
    }),
  ),
});

export const ScansOutput = z.object({
  repositories: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      source: z.string(),
      location: z.string().nullable(),
      files: z.number(),
      parsed: z.number(),
      scannedAt: z.string(),
    }),
  ),
  warnings: z.array(
    z.object({ repository: z.string(), file: z.string(), line: z.number().nullable(), message: z.string() }),
  ),
});

export const MappingRule = z.object({
  ecosystem: z
    .string()
    .min(1)
    .max(40)
    .describe('An ecosystem (npm, go, pypi, maven, docker, github-actions, terraform…) or * for any'),
  pattern: z
    .string()
    .min(1)
    .max(300)
    .describe('Package name glob, case-insensitive: * any characters, ? one'),
  entryKey: z.string().min(1).max(200).describe('The radar entry key the packages stand for'),
});

export const MappingsInput = z.object({ rules: z.array(MappingRule).max(5000) });

export const MappingsOutput = z.object({
  rules: z.array(MappingRule),
  entries: z.array(z.object({ key: z.string(), name: z.string(), ring: z.string() })),
});
