import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * `useState` whose setter does nothing once the component is gone: the panel's actions settle after
 * a round trip to the page or the database, by which time another comment may be selected or the
 * panel closed, and an update then has nowhere to go.
 */
export function useMountedState<S>(initial: S | (() => S)): [S, Dispatch<SetStateAction<S>>] {
  const [state, setState] = useState(initial);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const set = useCallback<Dispatch<SetStateAction<S>>>((value) => {
    if (mounted.current) setState(value);
  }, []);
  return [state, set];
}
