import { useMemo, type ReactNode } from 'react';
import { useStore } from '../useStore';
import { useAnswers } from '../useAnswers';
import { nextSteps } from '~/lib/results/action-plan';
import { aggregate, resultsFromSheet } from '~/lib/results/aggregate';
import { crosswalk } from '~/lib/results/crosswalk';
import { scoreSheet } from '~/lib/results/score-sheet';
import { summarise } from '~/lib/results/summary';
import { outline, type ResultsData } from '~/lib/results/manifest';
import { priorities } from '~/lib/results/priorities';
import { diffScores } from '~/lib/results/progress';
import { NO_SNAPSHOTS } from '~/lib/results/snapshots';
import { $snapshots } from '~/lib/stores/snapshots';
import { ScaleChangeNotice } from '../ScaleChangeNotice/ScaleChangeNotice';
import { Crosswalk } from './Crosswalk';
import { EarlierAnswers } from './EarlierAnswers';
import { FindOut } from './FindOut';
import { formatShortDate } from './format';
import { HeatMap } from './HeatMap';
import { History } from './History';
import { Notes } from './Notes';
import { Overview } from './Overview';
import { PlanList } from './PlanList';
import { Priorities } from './Priorities';
import { PrintButtons } from './PrintButtons';
import { SharedBanner } from './SharedBanner';
import { TargetProgress } from './TargetProgress';
import { Team } from './Team';
import { TraceBack } from './TraceBack';
import { useSharedView } from './useSharedView';
import { useResultsData } from './useResultsData';
import { YourData } from './YourData';
import { ui } from '../ui';
import styles from './Results.module.css';

const NONE = () => NO_SNAPSHOTS;

/** One dashboard section: its h2's id is the section's #fragment. */
function Section({
  id,
  title,
  print = 'summary',
  quiet = false,
  children,
}: {
  id: string;
  title: string;
  /** Which printed report holds it: the one-page summary (and so the full report too), the full report only, or neither. */
  print?: 'summary' | 'full' | 'none';
  /** Heading for assistive technology and the #fragment only (the first screen's own headings say it). */
  quiet?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      className={`${styles.section} ${print === 'none' ? ui.noPrint : ''}`}
      aria-labelledby={id}
      data-report={print === 'full' ? 'full' : undefined}
    >
      <h2 id={id} className={quiet ? ui.visuallyHidden : undefined}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The results page's one island. The page renders the dashboard on the server as its
 * children (static HTML: the structure with "No answers yet" states, readable without
 * JavaScript). In the browser the island fetches the build's data once (a static JSON
 * file the browser and the offline cache keep, rather than a copy inlined in every load
 * of the page) and then renders the same dashboard live from the stored answers.
 */
export default function Results({ dataUrl, children }: { dataUrl: string; children?: ReactNode }) {
  const state = useResultsData(dataUrl);
  if (state.status === 'ready') return <ResultsSections {...state.data} />;
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

/** The dashboard: its first screen says how you are doing and what to do next. */
export function ResultsSections({ manifest, archive }: ResultsData) {
  const scoring = useMemo(() => outline(manifest), [manifest]);
  const answers = useAnswers();
  const snapshots = useStore($snapshots, { ssr: NONE });
  const view = useSharedView(scoring);
  const shared = view.mode === 'shared';
  const sheet = shared ? view.sheet : scoreSheet(scoring, answers);
  const results = shared ? resultsFromSheet(scoring, view.sheet) : aggregate(scoring, answers);
  const last = shared ? undefined : snapshots.at(-1);
  const ranked = shared ? null : priorities(manifest, answers);
  const traced = manifest.frameworks.filter((f) => f.traceBack);

  return (
    <>
      <ScaleChangeNotice />
      <SharedBanner view={view} />
      <Section id="overview" title={shared ? 'Shared scores' : 'Overview'} quiet>
        <Overview
          results={results}
          changes={last ? diffScores(scoring, last.scores, sheet) : null}
          since={last ? formatShortDate(last.takenAt) : ''}
          steps={ranked && nextSteps(ranked)}
          summary={summarise(results)}
          shared={shared}
        />
        <div data-report="full">
          <HeatMap results={results} />
        </div>
        <PrintButtons />
      </Section>
      <Section id="priorities-and-plan" title="Priorities and plan">
        <div data-report="full">
          {traced.map((f) => (
            <TraceBack key={f.id} framework={f} sheet={sheet} />
          ))}
        </div>
        {ranked ? (
          <>
            <div data-report="full">
              <Priorities priorities={ranked} />
            </div>
            <div data-report="full">
              <TargetProgress outline={scoring} />
              <FindOut manifest={manifest} />
            </div>
            <PlanList />
            <div data-report="full">
              <Notes manifest={manifest} answers={answers} />
            </div>
          </>
        ) : (
          <p className={ui.hint}>
            Priorities, the plan and notes come from answers, so they are not part of a shared link.
          </p>
        )}
      </Section>
      <Section id="across-frameworks" title="Across frameworks" print="full">
        <p>
          Several frameworks look at the same things from different sides. Each theme below gathers the steps that meet
          on it{shared ? '' : ', with the answers that feed each one'}.
        </p>
        <Crosswalk themes={crosswalk(manifest, shared ? { sheet } : { answers })} />
      </Section>
      {!shared && (
        <>
          <Section id="history" title="History" print="full">
            <History outline={scoring} />
            <EarlierAnswers outline={scoring} archive={archive} />
          </Section>
          <Section id="team" title="Team" print="none">
            <Team outline={scoring} />
          </Section>
          <Section id="your-data" title="Your data" print="none">
            <YourData />
          </Section>
        </>
      )}
    </>
  );
}
