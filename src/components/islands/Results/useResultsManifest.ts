import { useEffect, useState } from 'react';
import type { ResultsManifest } from '~/lib/results/manifest';

export type ManifestState =
  { status: 'loading' } | { status: 'ready'; manifest: ResultsManifest } | { status: 'failed' };

/** One request per page load, whichever component asks first. */
let request: Promise<ResultsManifest> | undefined;
function loadManifest(url: string): Promise<ResultsManifest> {
  request ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json() as Promise<ResultsManifest>;
  });
  request.catch(() => {
    request = undefined; // a failed load may be retried
  });
  return request;
}

/** The build's results manifest (src/pages/results-manifest.json.ts), fetched once. */
export function useResultsManifest(url: string): ManifestState {
  const [state, setState] = useState<ManifestState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadManifest(url).then(
      (manifest) => live && setState({ status: 'ready', manifest }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}
