import { useMemo } from 'react';
import type { ArchivedEdition } from '~/lib/results/legacy';
import { outline, type ResultsManifest } from '~/lib/results/manifest';
import { ScaleChangeNotice } from '../ScaleChangeNotice/ScaleChangeNotice';
import { EarlierAnswers } from './EarlierAnswers';
import { FindOut } from './FindOut';
import { History } from './History';
import { ResultsDiagnosis } from './ResultsDiagnosis';
import { ResultsOverview } from './ResultsOverview';
import { TargetProgress } from './TargetProgress';
import { Team } from './Team';
import { YourData } from './YourData';

/**
 * The results page's one island. Its sections share the build's manifest, which is
 * serialised into the page once: overview and sharing, progress to target,
 * diagnosis and priorities, what to find out, history (with answers to earlier
 * editions of the questions), team view, and your data.
 */
export default function Results({ manifest, archive }: { manifest: ResultsManifest; archive: ArchivedEdition[] }) {
  const scoring = useMemo(() => outline(manifest), [manifest]);
  return (
    <>
      <ScaleChangeNotice />
      <ResultsOverview outline={scoring} />
      <TargetProgress outline={scoring} />
      <ResultsDiagnosis manifest={manifest} />
      <FindOut manifest={manifest} />
      <History outline={scoring} />
      <EarlierAnswers outline={scoring} archive={archive} />
      <Team outline={scoring} />
      <YourData outline={scoring} />
    </>
  );
}
