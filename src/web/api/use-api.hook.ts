import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiProblem, isAbort } from './problem';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiProblem | undefined;
  loading: boolean;
  /** Loads again (after a change, or from a "Retry" button). */
  reload: () => void;
}

/**
 * Loads data for a component and loads it again whenever `key` changes (use the URL and parameters as
 * the key). The previous data stays visible while the next load runs; a superseded load is aborted.
 * `key === null` loads nothing.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiProblem>();
  const [loading, setLoading] = useState(key !== null);
  const [nonce, setNonce] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `nonce` asks for a reload; `load` is read through a ref
  useEffect(() => {
    if (key === null) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    loadRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (err: unknown) => {
        if (controller.signal.aborted || isAbort(err)) return;
        setError(err instanceof ApiProblem ? err : ApiProblem.network(err));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data, error, loading, reload };
}
