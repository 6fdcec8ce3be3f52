import type { DomainModule } from '../../platform/modules.js';
import { catalogRoutes } from './catalog.routes.js';
import { identityRoutes } from './identity.routes.js';
import { attritionCheck, ownershipCheck, rolesCoverageCheck, spanOfControlCheck } from './org.checks.js';
import { orgDemoStep } from './org.demo.js';
import { backstageImporter, codeownersImporter, hrCsvImporter, mailmapImporter } from './org.importers.js';
import { orgRoutes } from './org.routes.js';
import { orgDataRoutes } from './org-data.routes.js';
import { orgInsightRoutes } from './org-insights.routes.js';

export const orgModule: DomainModule = {
  name: 'org',
  register(r) {
    r.routes(orgRoutes);
    r.routes(catalogRoutes);
    r.routes(identityRoutes);
    r.routes(orgInsightRoutes);
    r.routes(orgDataRoutes);
    r.importer(hrCsvImporter);
    r.importer(backstageImporter);
    r.importer(codeownersImporter);
    r.importer(mailmapImporter);
    r.check(spanOfControlCheck);
    r.check(ownershipCheck);
    r.check(rolesCoverageCheck);
    r.check(attritionCheck);
    r.demo(orgDemoStep);
  },
};
