import type { ScorecardGroup } from '../../platform/modules.js';

/** The questions a CTO and a Head of Engineering are judged by, in the order the home page shows them. */
export const GROUPS: Record<ScorecardGroup, { question: string; description: string }> = {
  vision: {
    question: 'Is the technical direction written, decided and followed?',
    description:
      'Measured from architecture decision records, the tech radar and the real stack once strategy data is in.',
  },
  delivery: {
    question: 'Are deliveries on spec, on time and on budget?',
    description:
      'Measured with DORA metrics from git and GitHub, and initiatives against their plans, once delivery data is imported.',
  },
  reliability: {
    question: 'Are the services running reliably?',
    description: 'Measured from SLOs, error budgets and incidents once reliability data is imported.',
  },
  security: {
    question: 'Are we secure and audit-ready?',
    description:
      'Measured from SOC 2 / ISO 27001 controls with evidence, vulnerabilities and training once security data is in.',
  },
  cost: {
    question: 'What does engineering cost, and where is the waste?',
    description:
      'Measured from cloud bills (FinOps FOCUS, AWS CUR), SaaS tools and budgets once cost data is imported.',
  },
  people: {
    question: 'Are recruiting and onboarding smooth, does everyone get mentoring, do people stay?',
    description: 'Measured from hiring, onboarding, 1:1s, reviews and attrition once people data is in.',
  },
  health: {
    question: 'Are the teams healthy, and are decisions made and followed up?',
    description:
      'Measured from leadership rituals, their action items and team surveys once they are recorded.',
  },
  platform: {
    question: 'Can these numbers be trusted?',
    description:
      'Quarterdeck’s own health: an intact audit trail, fresh data and background work that succeeds.',
  },
};
