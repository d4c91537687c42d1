import { useEffect, useState } from 'react';
import type { ResultsData } from '~/lib/results/manifest';

export type ResultsDataState = { status: 'loading' } | { status: 'ready'; data: ResultsData } | { status: 'failed' };

/** One request per page load, whichever component asks first. */
let request: Promise<ResultsData> | undefined;
function loadData(url: string): Promise<ResultsData> {
  request ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json() as Promise<ResultsData>;
  });
  request.catch(() => {
    request = undefined; // a failed load may be retried
  });
  return request;
}

/** The build's results data (src/pages/results-manifest.json.ts), fetched once. */
export function useResultsData(url: string): ResultsDataState {
  const [state, setState] = useState<ResultsDataState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadData(url).then(
      (data) => live && setState({ status: 'ready', data }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}
