import { useMemo, type ReactNode } from 'react';
import { outline, type ResultsManifest } from '~/lib/results/manifest';
import { History } from './History';
import { ResultsDiagnosis } from './ResultsDiagnosis';
import { ResultsOverview } from './ResultsOverview';
import { Team } from './Team';
import { YourData } from './YourData';
import { useResultsManifest } from './useResultsManifest';

/**
 * The results page's one island. The page renders the sections on the server as its
 * children (static HTML: the structure with "No answers yet" states, readable without
 * JavaScript). In the browser the island fetches the build's manifest (a static JSON file
 * the browser and the offline cache keep, rather than a copy inlined in every load of the
 * page) and then renders the same sections live from the stored answers.
 */
export default function Results({ manifestUrl, children }: { manifestUrl: string; children?: ReactNode }) {
  const state = useResultsManifest(manifestUrl);
  if (state.status === 'ready') return <ResultsSections manifest={state.manifest} />;
  if (state.status === 'failed')
    return (
      <>
        <p role="alert">
          Your results could not be worked out: the page’s data did not arrive. Check your connection and reload the
          page. Your answers are safe in this browser.
        </p>
        {children}
      </>
    );
  return <>{children}</>;
}

/** Every section of the page, sharing the manifest: overview, diagnosis, history, team view, your data. */
export function ResultsSections({ manifest }: { manifest: ResultsManifest }) {
  const scoring = useMemo(() => outline(manifest), [manifest]);
  return (
    <>
      <ResultsOverview outline={scoring} />
      <ResultsDiagnosis manifest={manifest} />
      <History outline={scoring} />
      <Team outline={scoring} />
      <YourData outline={scoring} />
    </>
  );
}
