import { useMemo } from 'react';
import { outline, type ResultsManifest } from '~/lib/results/manifest';
import { History } from './History';
import { ResultsDiagnosis } from './ResultsDiagnosis';
import { ResultsOverview } from './ResultsOverview';
import { Team } from './Team';
import { YourData } from './YourData';

/**
 * The results page's one island. Its sections share the build's manifest, which is
 * serialised into the page once: overview and sharing, diagnosis and priorities,
 * history, team view, and your data.
 */
export default function Results({ manifest }: { manifest: ResultsManifest }) {
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
