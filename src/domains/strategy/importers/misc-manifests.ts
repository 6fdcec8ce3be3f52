/**
 * Ruby, PHP, container, CI and infrastructure manifests: Gemfile.lock, composer.json, Dockerfile,
 * GitHub Actions workflows, Terraform `required_providers`. Pure and never throwing.
 */
import {
  type Dependency,
  type DependencyScope,
  dep,
  isRecord,
  type ManifestParseResult,
  type ManifestWarning,
  parseJsonObject,
  parseYamlObject,
} from './manifest-types.js';

export function parseGemfileLock(text: string, file: string): ManifestParseResult {
  if (!/^(GEM|GIT|PATH|DEPENDENCIES)\s*$/m.test(text)) {
    return {
      dependencies: [],
      warnings: [{ file, message: `${file}: not a Gemfile.lock (no GEM or DEPENDENCIES section)` }],
    };
  }
  const specs: { name: string; version: string; line: number }[] = [];
  const direct = new Set<string>();
  let section = '';
  const all = text.split(/\r?\n/);
  for (let i = 0; i < all.length; i++) {
    const raw = all[i] ?? '';
    if (/^\S/.test(raw)) {
      section = raw.trim();
      continue;
    }
    if (['GEM', 'GIT', 'PATH'].includes(section)) {
      // four spaces: a locked gem; six: one of its dependencies
      const m = /^ {4}([^\s(]+) \(([^)]+)\)$/.exec(raw);
      if (m?.[1] && m[2]) specs.push({ name: m[1], version: m[2], line: i + 1 });
    } else if (section === 'DEPENDENCIES') {
      const m = /^ {2}([^\s(!]+)/.exec(raw);
      if (m?.[1]) direct.add(m[1]);
    }
  }
  const seen = new Set<string>();
  const dependencies: Dependency[] = [];
  for (const s of specs) {
    // platform variants (nokogiri 1.16.2-x86_64-linux, 1.16.2-arm64-darwin) are one version
    const version = s.version.replace(
      /-(x86|x64|arm|aarch|universal|java|mingw|mswin|darwin|linux)[\w.-]*$/,
      '',
    );
    if (seen.has(`${s.name}@${version}`)) continue;
    seen.add(`${s.name}@${version}`);
    dependencies.push(
      dep({
        ecosystem: 'rubygems',
        name: s.name,
        version,
        scope: null,
        direct: direct.has(s.name),
        file,
        line: s.line,
      }),
    );
  }
  return { dependencies, warnings: [] };
}

/** Platform requirements (php, ext-*, lib-*, composer-*-api) are not packages. */
function isComposerPlatform(name: string): boolean {
  return !name.includes('/') || /^(ext|lib)-/.test(name);
}

export function parseComposerJson(text: string, file: string): ManifestParseResult {
  const parsed = parseJsonObject(text, file);
  if (!parsed.ok) return parsed.result;
  const dependencies: Dependency[] = [];
  for (const [section, scope] of [
    ['require', 'runtime'],
    ['require-dev', 'dev'],
  ] as const) {
    const table = parsed.value[section];
    if (!isRecord(table)) continue;
    for (const [name, requirement] of Object.entries(table)) {
      if (typeof requirement !== 'string' || isComposerPlatform(name)) continue;
      const at = text.indexOf(`"${name}"`, Math.max(0, text.indexOf(`"${section}"`)));
      const line = at >= 0 ? text.slice(0, at).split('\n').length : undefined;
      dependencies.push(
        dep({
          ecosystem: 'composer',
          name,
          version: requirement,
          requirement,
          scope,
          direct: true,
          file,
          line,
        }),
      );
    }
  }
  return { dependencies, warnings: [] };
}

/** `ghcr.io/org/app:1.2@sha256:…` -> name, tag, digest (a registry port is not a tag). */
export function splitImageReference(ref: string): {
  name: string;
  tag: string | null;
  digest: string | null;
} {
  const [beforeDigest = '', digest] = ref.split('@');
  const slash = beforeDigest.lastIndexOf('/');
  const colon = beforeDigest.lastIndexOf(':');
  const hasTag = colon > slash;
  return {
    name: hasTag ? beforeDigest.slice(0, colon) : beforeDigest,
    tag: hasTag ? beforeDigest.slice(colon + 1) : null,
    digest: digest ?? null,
  };
}

export function parseDockerfile(text: string, file: string): ManifestParseResult {
  const args = new Map<string, string>();
  const stages = new Set<string>();
  const warnings: ManifestWarning[] = [];
  const images: { ref: string; line: number; stage: number }[] = [];
  const substitute = (s: string) =>
    s.replace(
      /\$\{(\w+)(?::?[-+]([^}]*))?\}|\$(\w+)/g,
      (m, braced?: string, fallback?: string, bare?: string) => {
        const v = args.get(braced ?? bare ?? '');
        return v ?? (fallback !== undefined && /^\$\{\w+:?-/.test(m) ? fallback : m);
      },
    );
  const all = text.split(/\r?\n/);
  let stage = -1;
  for (let i = 0; i < all.length; i++) {
    const startLine = i + 1;
    let logical = all[i] ?? '';
    if (/^\s*#/.test(logical)) continue;
    while (/\\\s*$/.test(logical) && i + 1 < all.length) {
      const next = all[++i] ?? '';
      if (/^\s*#/.test(next)) continue;
      logical = `${logical.replace(/\\\s*$/, ' ')}${next}`;
    }
    const m = /^\s*(\w+)\s+(.*)$/.exec(logical);
    if (!m?.[1]) continue;
    const instruction = m[1].toUpperCase();
    const rest = (m[2] ?? '').trim();
    if (instruction === 'ARG') {
      for (const a of rest.split(/\s+/)) {
        const [k, ...v] = a.split('=');
        if (k && v.length) args.set(k, substitute(v.join('=').replace(/^["']|["']$/g, '')));
      }
    } else if (instruction === 'FROM') {
      stage++;
      const words = rest.split(/\s+/).filter((w) => !w.startsWith('--'));
      const ref = substitute(words[0] ?? '');
      if (/^as$/i.test(words[1] ?? '') && words[2]) stages.add(words[2].toLowerCase());
      if (ref && ref !== 'scratch' && !stages.has(ref.toLowerCase()))
        images.push({ ref, line: startLine, stage });
      else if (!ref)
        warnings.push({
          file,
          line: startLine,
          message: `${file}: FROM without an image at line ${startLine}`,
        });
    } else if (instruction === 'COPY' || instruction === 'RUN') {
      // COPY --from=image:tag and RUN --mount=from=image pull an image unless they name a stage or its index
      for (const f of rest.matchAll(/--(?:mount=[^\s]*?)?from=([^\s,]+)/g)) {
        const ref = substitute(f[1] ?? '');
        if (ref && !stages.has(ref.toLowerCase()) && !/^\d+$/.test(ref))
          images.push({ ref, line: startLine, stage });
      }
    }
  }
  if (stage < 0)
    return {
      dependencies: [],
      warnings: [{ file, message: `${file}: no FROM instruction (not a Dockerfile?)` }],
    };
  const dependencies = images.flatMap(({ ref, line, stage: s }): Dependency[] => {
    if (ref.includes('$')) {
      warnings.push({
        file,
        line,
        message: `${file}: cannot resolve image '${ref}' at line ${line} (no ARG default)`,
      });
      return [];
    }
    const { name, tag, digest } = splitImageReference(ref);
    const scope: DependencyScope = s === stage ? 'runtime' : 'build';
    return [
      dep({
        ecosystem: 'docker',
        name,
        version: tag ?? digest,
        requirement: ref.slice(name.length).replace(/^:/, '') || null,
        scope,
        direct: true,
        file,
        line,
      }),
    ];
  });
  return { dependencies, warnings };
}

/**
 * GitHub Actions: `uses: owner/repo[/path]@ref` (steps and reusable workflows) are github-actions dependencies;
 * `docker://image:tag` steps, job `container:` and `services:` images are docker dependencies; local actions
 * (`./.github/actions/x`) are the repository's own code and are not counted.
 */
export function parseGithubWorkflow(text: string, file: string): ManifestParseResult {
  const parsed = parseYamlObject(text, file);
  if (!parsed.ok) return parsed.result;
  const jobs = parsed.value.jobs;
  if (!isRecord(jobs))
    return { dependencies: [], warnings: [{ file, message: `${file}: no jobs in workflow` }] };
  const all = text.split(/\r?\n/);
  const used = new Set<number>();
  /** First line not yet used that mentions the value after the given key. */
  const lineOf = (key: string, value: string): number | undefined => {
    for (let i = 0; i < all.length; i++) {
      const l = all[i] ?? '';
      if (!used.has(i) && l.includes(value) && new RegExp(`\\b(?:${key})\\s*:`).test(l)) {
        used.add(i);
        return i + 1;
      }
    }
    return undefined;
  };
  const dependencies: Dependency[] = [];
  const addImage = (ref: string, key: string) => {
    const { name, tag, digest } = splitImageReference(ref);
    const line = lineOf(key, ref);
    dependencies.push(
      dep({
        ecosystem: 'docker',
        name,
        version: tag ?? digest,
        requirement: null,
        scope: 'build',
        direct: true,
        file,
        line,
      }),
    );
  };
  const addUses = (uses: string) => {
    if (uses.startsWith('./') || uses.startsWith('.\\')) return;
    if (uses.startsWith('docker://')) {
      addImage(uses.slice('docker://'.length), 'uses');
      return;
    }
    const at = uses.lastIndexOf('@');
    const name = at > 0 ? uses.slice(0, at) : uses;
    const ref = at > 0 ? uses.slice(at + 1) : null;
    dependencies.push(
      dep({
        ecosystem: 'github-actions',
        name,
        version: ref,
        requirement: ref,
        scope: 'build',
        direct: true,
        file,
        line: lineOf('uses', uses),
      }),
    );
  };
  const imageOf = (v: unknown) =>
    typeof v === 'string' ? v : isRecord(v) && typeof v.image === 'string' ? v.image : null;
  for (const job of Object.values(jobs)) {
    if (!isRecord(job)) continue;
    if (typeof job.uses === 'string') addUses(job.uses);
    const container = imageOf(job.container);
    if (container && !container.includes('${{')) addImage(container, 'image|container');
    for (const svc of Object.values(isRecord(job.services) ? job.services : {})) {
      const image = imageOf(svc);
      if (image && !image.includes('${{')) addImage(image, 'image');
    }
    for (const step of Array.isArray(job.steps) ? job.steps : []) {
      if (isRecord(step) && typeof step.uses === 'string') addUses(step.uses);
    }
  }
  return { dependencies, warnings: [] };
}

/** Body of every `keyword {` block, found by brace matching (strings and comments are skipped). */
function hclBlocks(src: string, keyword: RegExp): { body: string; offset: number }[] {
  const out: { body: string; offset: number }[] = [];
  for (const m of src.matchAll(keyword)) {
    const open = m.index + m[0].length - 1;
    let depth = 0;
    let inString = false;
    for (let i = open; i < src.length; i++) {
      const c = src[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        out.push({ body: src.slice(open + 1, i), offset: open + 1 });
        break;
      }
    }
  }
  return out;
}

export function parseTerraform(text: string, file: string): ManifestParseResult {
  const src = text.replace(/\/\*[\s\S]*?\*\/|(?:\/\/|#)[^\n]*/g, (m) => m.replace(/[^\n]/g, ' '));
  const lineOf = (offset: number) => src.slice(0, offset).split('\n').length;
  const dependencies: Dependency[] = [];
  const warnings: ManifestWarning[] = [];
  for (const tf of hclBlocks(src, /\bterraform\s*\{/g)) {
    for (const rp of hclBlocks(tf.body, /\brequired_providers\s*\{/g)) {
      const base = tf.offset + rp.offset;
      // aws = { source = "hashicorp/aws", version = "~> 5.0" }   |   legacy: aws = "~> 2.0"
      for (const m of rp.body.matchAll(/(^|\n)[ \t]*([\w-]+)[ \t]*=[ \t]*(\{|"([^"]*)")/g)) {
        const before = rp.body.slice(0, m.index);
        if (before.split('{').length !== before.split('}').length) continue; // an attribute inside a provider
        const local = m[2] ?? '';
        const line = lineOf(base + m.index + (m[1]?.length ?? 0));
        let source: string | undefined;
        let requirement: string | null = m[4] ?? null;
        if (m[3] === '{') {
          const block = hclBlocks(rp.body.slice(m.index), /^[^{]*\{/g)[0]?.body ?? '';
          source = /\bsource\s*=\s*"([^"]+)"/.exec(block)?.[1];
          requirement = /\bversion\s*=\s*"([^"]+)"/.exec(block)?.[1] ?? null;
        }
        // a provider without a source is hashicorp/<local name>; registry.terraform.io/ is the default host
        const name = (source ?? `hashicorp/${local}`)
          .replace(/^registry\.terraform\.io\//i, '')
          .toLowerCase();
        dependencies.push(
          dep({
            ecosystem: 'terraform',
            name,
            version: requirement,
            requirement,
            scope: 'runtime',
            direct: true,
            file,
            line,
          }),
        );
      }
    }
  }
  const bare = src.replace(/"(?:\\.|[^"\\\n])*"/g, '""');
  const opens = bare.split('{').length;
  const closes = bare.split('}').length;
  if (opens !== closes) {
    const message = `${file}: unbalanced braces (${opens - 1} '{' and ${closes - 1} '}'; truncated file?)`;
    return { dependencies: [], warnings: [{ file, message }] };
  }
  return { dependencies, warnings };
}
