import type { DomainModule } from '../modules.js';
import { accountRoutes } from './accounts.routes.js';
import { authRoutes } from './auth.routes.js';
import { oidcRoutes } from './oidc.routes.js';

export const authModule: DomainModule = {
  name: 'auth',
  register(r) {
    r.routes(authRoutes);
    r.routes(accountRoutes);
    r.routes(oidcRoutes);
  },
};
