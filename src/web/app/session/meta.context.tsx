import { createContext, type ReactNode, useContext } from 'react';
import { api, unwrap } from '../../api/client';
import type { Meta } from '../../api/types';
import { useApi } from '../../api/use-api.hook';

const MetaContext = createContext<Meta | undefined>(undefined);

/** About this installation (`GET /api/v1/meta`, public): demo data or not, single sign-on, version. */
export function MetaProvider({ children }: { children: ReactNode }) {
  const { data } = useApi('meta', (signal) => unwrap(api.GET('/api/v1/meta', { signal })));
  return <MetaContext.Provider value={data}>{children}</MetaContext.Provider>;
}

/** Undefined until known (and when the server does not say). */
export function useMeta(): Meta | undefined {
  return useContext(MetaContext);
}
