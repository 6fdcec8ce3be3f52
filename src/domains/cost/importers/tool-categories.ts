/** The categories of the tool register; two tools in one category overlap (docs/metrics.md). */
export const TOOL_CATEGORIES = [
  'source-control',
  'ci-cd',
  'observability',
  'incident-management',
  'project-tracking',
  'communication',
  'documentation',
  'design',
  'security',
  'ai-assistant',
  'cloud-platform',
  'other',
] as const;

export type ToolCategory = (typeof TOOL_CATEGORIES)[number];

export const TOOL_CATEGORY_LABELS: Record<ToolCategory, string> = {
  'source-control': 'Source control',
  'ci-cd': 'CI/CD',
  observability: 'Observability',
  'incident-management': 'Incident management',
  'project-tracking': 'Project tracking',
  communication: 'Communication',
  documentation: 'Documentation',
  design: 'Design',
  security: 'Security',
  'ai-assistant': 'AI assistant',
  'cloud-platform': 'Cloud platform',
  other: 'Other',
};

export const isToolCategory = (v: string): v is ToolCategory =>
  (TOOL_CATEGORIES as readonly string[]).includes(v);
