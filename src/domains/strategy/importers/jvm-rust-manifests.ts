/**
 * Rust and JVM manifests: Cargo.toml, Cargo.lock, pom.xml, build.gradle / build.gradle.kts.
 * Pure and never throwing. Maven and Gradle names are `groupId:artifactId`.
 */
import {
  type Dependency,
  type DependencyScope,
  dep,
  type ManifestParseResult,
  type ManifestWarning,
} from './manifest-types.js';
import { parseToml, TomlError, type TomlTable, tomlPathKey, tomlTable } from './toml-reader.js';
import { parseXml, type XmlElement, XmlError, xmlChild, xmlChildren, xmlText } from './xml-reader.js';

function broken(file: string, what: string, error: unknown): ManifestParseResult {
  const message = error instanceof Error ? error.message : String(error);
  const warning: ManifestWarning = { file, message: `${file}: invalid ${what} (${message})` };
  if (error instanceof TomlError || error instanceof XmlError) warning.line = error.line;
  return { dependencies: [], warnings: [warning] };
}

const CARGO_SECTIONS: readonly [string, DependencyScope][] = [
  ['dependencies', 'runtime'],
  ['dev-dependencies', 'dev'],
  ['build-dependencies', 'build'],
];

export function parseCargoToml(text: string, file: string): ManifestParseResult {
  let doc: ReturnType<typeof parseToml>;
  try {
    doc = parseToml(text);
  } catch (error) {
    return broken(file, 'TOML', error);
  }
  const { root, lines } = doc;
  const dependencies: Dependency[] = [];
  const readSection = (table: TomlTable | undefined, path: string[], scope: DependencyScope) => {
    for (const [key, value] of Object.entries(table ?? {})) {
      const t = tomlTable(value);
      const name = typeof t?.package === 'string' ? t.package : key; // renamed: foo = { package = "bar" }
      let requirement: string | null =
        typeof value === 'string' ? value : typeof t?.version === 'string' ? t.version : null;
      if (t?.workspace === true) requirement = requirement ?? 'workspace';
      const optional = t?.optional === true;
      const line = lines.get(tomlPathKey([...path, key]));
      dependencies.push(
        dep({
          ecosystem: 'cargo',
          name,
          version: requirement,
          requirement,
          scope: optional ? 'optional' : scope,
          direct: true,
          file,
          line,
        }),
      );
    }
  };
  for (const [section, scope] of CARGO_SECTIONS) {
    readSection(tomlTable(root[section]), [section], scope);
    // [target.'cfg(windows)'.dependencies]
    for (const [target, t] of Object.entries(tomlTable(root.target) ?? {})) {
      readSection(tomlTable(tomlTable(t)?.[section]), ['target', target, section], scope);
    }
  }
  // [workspace.dependencies]: versions shared by the members, which refer to them with `workspace = true`
  readSection(tomlTable(tomlTable(root.workspace)?.dependencies), ['workspace', 'dependencies'], 'runtime');
  return { dependencies, warnings: [] };
}

export function parseCargoLock(text: string, file: string): ManifestParseResult {
  let doc: ReturnType<typeof parseToml>;
  try {
    doc = parseToml(text);
  } catch (error) {
    return broken(file, 'TOML', error);
  }
  const { root, lines } = doc;
  if (!Array.isArray(root.package)) {
    return {
      dependencies: [],
      warnings: [{ file, message: `${file}: no [[package]] entries in Cargo.lock` }],
    };
  }
  const packages = root.package.map((p) => tomlTable(p) ?? {});
  // packages without a source are the workspace's own crates; what they depend on is direct
  const direct = new Set<string>();
  for (const p of packages) {
    if (p.source !== undefined) continue;
    for (const d of Array.isArray(p.dependencies) ? p.dependencies : []) {
      if (typeof d === 'string') direct.add(d.split(' ')[0] ?? d);
    }
  }
  const dependencies = packages.flatMap((p, index): Dependency[] => {
    if (typeof p.name !== 'string' || p.source === undefined) return [];
    const line = lines.get(tomlPathKey(['package', index, 'name']));
    const version = typeof p.version === 'string' ? p.version : null;
    return [
      dep({ ecosystem: 'cargo', name: p.name, version, scope: null, direct: direct.has(p.name), file, line }),
    ];
  });
  return { dependencies, warnings: [] };
}

const MAVEN_SCOPES: Record<string, DependencyScope> = {
  compile: 'runtime',
  runtime: 'runtime',
  provided: 'runtime',
  system: 'runtime',
  test: 'test',
  import: 'build',
};

export function parsePomXml(text: string, file: string): ManifestParseResult {
  let project: XmlElement;
  try {
    project = parseXml(text);
  } catch (error) {
    return broken(file, 'XML', error);
  }
  if (project.name.replace(/^.*:/, '') !== 'project') {
    return {
      dependencies: [],
      warnings: [
        { file, line: project.line, message: `${file}: root element is <${project.name}>, not <project>` },
      ],
    };
  }
  const parent = xmlChild(project, 'parent');
  const props = new Map<string, string>();
  for (const p of xmlChild(project, 'properties')?.children ?? []) props.set(p.name, p.text.trim());
  const projectVersion = xmlText(project, 'version') ?? xmlText(parent, 'version');
  const projectGroup = xmlText(project, 'groupId') ?? xmlText(parent, 'groupId');
  if (projectVersion) props.set('project.version', projectVersion).set('version', projectVersion);
  if (projectGroup) props.set('project.groupId', projectGroup);
  const parentVersion = xmlText(parent, 'version');
  if (parentVersion) props.set('project.parent.version', parentVersion);
  const resolve = (value: string | undefined): string | null => {
    if (value === undefined) return null;
    let out = value;
    for (let depth = 0; depth < 5 && out.includes('${'); depth++) {
      out = out.replace(/\$\{([^}]+)\}/g, (m, key: string) => props.get(key) ?? m);
    }
    return out.includes('${') ? null : out;
  };
  // versions managed in <dependencyManagement> fill in dependencies written without one
  const managed = new Map<string, string>();
  for (const d of xmlChildren(
    xmlChild(xmlChild(project, 'dependencyManagement'), 'dependencies'),
    'dependency',
  )) {
    const v = resolve(xmlText(d, 'version'));
    if (v) managed.set(`${xmlText(d, 'groupId')}:${xmlText(d, 'artifactId')}`, v);
  }
  const dependencies: Dependency[] = [];
  const warnings: ManifestWarning[] = [];
  const add = (d: XmlElement, scope: DependencyScope) => {
    const groupId = resolve(xmlText(d, 'groupId')) ?? (scope === 'build' ? 'org.apache.maven.plugins' : null);
    const artifactId = resolve(xmlText(d, 'artifactId'));
    if (!groupId || !artifactId) {
      warnings.push({
        file,
        line: d.line,
        message: `${file}: <${d.name}> at line ${d.line} has no groupId or artifactId`,
      });
      return;
    }
    const name = `${groupId}:${artifactId}`;
    const requirement = xmlText(d, 'version') ?? null;
    const version = requirement === null ? (managed.get(name) ?? null) : resolve(requirement);
    const optional = xmlText(d, 'optional') === 'true';
    const s = optional
      ? 'optional'
      : scope === 'build'
        ? 'build'
        : (MAVEN_SCOPES[xmlText(d, 'scope') ?? 'compile'] ?? 'runtime');
    dependencies.push(
      dep({ ecosystem: 'maven', name, version, requirement, scope: s, direct: true, file, line: d.line }),
    );
  };
  for (const d of xmlChildren(xmlChild(project, 'dependencies'), 'dependency')) add(d, 'runtime');
  for (const p of xmlChildren(xmlChild(xmlChild(project, 'build'), 'plugins'), 'plugin')) add(p, 'build');
  return { dependencies, warnings };
}

const GRADLE_SCOPES: Record<string, DependencyScope> = {
  implementation: 'runtime',
  api: 'runtime',
  compile: 'runtime',
  runtimeOnly: 'runtime',
  runtime: 'runtime',
  compileOnly: 'build',
  compileOnlyApi: 'build',
  annotationProcessor: 'build',
  kapt: 'build',
  ksp: 'build',
  classpath: 'build',
  developmentOnly: 'dev',
  testImplementation: 'test',
  testRuntimeOnly: 'test',
  testCompileOnly: 'test',
  testCompile: 'test',
  testAnnotationProcessor: 'test',
  androidTestImplementation: 'test',
  debugImplementation: 'dev',
};

/** Replace comments by spaces, keeping newlines so offsets still map to lines. */
function blankComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (m) => m.replace(/[^\n]/g, ' '));
}

export function parseBuildGradle(text: string, file: string): ManifestParseResult {
  const src = blankComments(text);
  // simple string variables: ext.x = '1', def x = "1", val x = "1", set("x", "1"), extra["x"] = "1"
  const vars = new Map<string, string>();
  for (const m of src.matchAll(
    /(?:\b(?:val|var|def)\s+|\bext\.|\bextra\[")?(\w+)"?\]?\s*=\s*["']([^"'$\n]+)["']/g,
  )) {
    if (m[1] && m[2]) vars.set(m[1], m[2]);
  }
  for (const m of src.matchAll(/\bset\(\s*["'](\w+)["']\s*,\s*["']([^"'$]+)["']\s*\)/g))
    if (m[1] && m[2]) vars.set(m[1], m[2]);
  const interpolate = (s: string) =>
    s.replace(/\$\{?(?:project\.|rootProject\.)?(?:ext\.)?(\w+)\}?/g, (m, k: string) => vars.get(k) ?? m);
  const lineOf = (offset: number) => src.slice(0, offset).split('\n').length;
  const dependencies: Dependency[] = [];
  const warnings: ManifestWarning[] = [];
  const configs = Object.keys(GRADLE_SCOPES).join('|');
  const push = (config: string, coords: string, offset: number) => {
    const [group, artifact, ...rest] = interpolate(coords).split(':');
    if (!group || !artifact) return;
    const requirement = rest[0]?.replace(/@.*$/, '') || null;
    const line = lineOf(offset);
    if (requirement?.includes('$')) {
      warnings.push({
        file,
        line,
        message: `${file}: cannot resolve version '${requirement}' of ${group}:${artifact}`,
      });
    }
    const version = requirement?.includes('$') ? null : requirement;
    dependencies.push(
      dep({
        ecosystem: 'maven',
        name: `${group}:${artifact}`,
        version,
        requirement,
        scope: GRADLE_SCOPES[config] ?? 'runtime',
        direct: true,
        file,
        line,
      }),
    );
  };
  // implementation 'g:a:v' | implementation("g:a:v") | implementation(platform("g:a:v")) | implementation enforcedPlatform('g:a:v')
  const stringForm = new RegExp(
    `\\b(${configs})\\s*\\(?\\s*(?:(?:enforcedPlatform|platform|testFixtures)\\s*\\(?\\s*)?["']([^"'\\s]+:[^"'\\s]+)["']`,
    'g',
  );
  for (const m of src.matchAll(stringForm)) if (m[1] && m[2]) push(m[1], m[2], m.index);
  // implementation group: 'g', name: 'a', version: 'v'  |  implementation(group = "g", name = "a", version = "v")
  const mapForm = new RegExp(
    `\\b(${configs})\\s*\\(?\\s*group\\s*[:=]\\s*["']([^"']+)["']\\s*,\\s*name\\s*[:=]\\s*["']([^"']+)["'](?:\\s*,\\s*version\\s*[:=]\\s*["']([^"']+)["'])?`,
    'g',
  );
  for (const m of src.matchAll(mapForm))
    if (m[1] && m[2] && m[3]) push(m[1], `${m[2]}:${m[3]}${m[4] ? `:${m[4]}` : ''}`, m.index);
  const catalogRefs = [...src.matchAll(new RegExp(`\\b(?:${configs})\\s*\\(?\\s*libs\\.`, 'g'))].length;
  if (catalogRefs > 0) {
    warnings.push({
      file,
      message: `${file}: ${catalogRefs} version-catalog reference(s) (libs.*) not resolved; read gradle/libs.versions.toml`,
    });
  }
  dependencies.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { dependencies, warnings };
}
