import { useStore } from '@nanostores/react';
import { EMPTY_ANSWERS } from '~/lib/answers';
import { aggregate, hasAnyScore, resultsFromSheet, summarise, type FrameworkResult } from '~/lib/results/aggregate';
import type { ResultsOutline } from '~/lib/results/manifest';
import { $answers } from '~/lib/stores/answers';
import { closeSharedView } from '~/lib/stores/share';
import { bandText, plural, scoreText } from './format';
import { RadarChart } from './RadarChart';
import { SharePanel } from './SharePanel';
import { useSharedView } from './useSharedView';
import styles from './Results.module.css';

const EMPTY = () => EMPTY_ANSWERS;

/** The overview: scores, bands and completion per framework, a radar chart with its table, and sharing. */
export function ResultsOverview({ outline }: { outline: ResultsOutline }) {
  const answers = useStore($answers, { ssr: EMPTY });
  const view = useSharedView(outline);
  const shared = view.mode === 'shared';
  const results = shared ? resultsFromSheet(outline, view.sheet) : aggregate(outline, answers);
  const summary = summarise(results);
  const any = hasAnyScore(results);

  return (
    <>
      {shared && (
        <div className={styles.banner} role="status">
          <p>
            <strong>Shared results, read only.</strong> You are looking at scores someone shared with a link. The link
            holds scores only — no answers, no notes — and nothing was sent to a server. Your own answers are not shown
            here and nothing of yours was changed.
          </p>
          <div className={styles.actions}>
            <button type="button" className={styles.button} onClick={closeSharedView}>
              Show my own results
            </button>
          </div>
        </div>
      )}
      {view.mode === 'invalid' && (
        <div className={styles.alert} role="alert">
          <p>
            <strong>This share link cannot be opened.</strong> {view.message} Your own results are shown instead.
          </p>
          <div className={styles.actions}>
            <button type="button" className={styles.button} onClick={closeSharedView}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      <section className={styles.section} aria-labelledby="scores">
        <h2 id="scores">{shared ? 'Shared scores' : 'Your scores'}</h2>
        {!any && !shared && (
          <p className={styles.empty}>
            Start with any framework:{' '}
            {outline.frameworks.map((f, i) => (
              <span key={f.id}>
                {i > 0 && ' · '}
                <a href={f.href}>{f.shortTitle}</a>
              </span>
            ))}
            .
          </p>
        )}
        <div className={styles.chartRow}>
          <figure className={styles.chart}>
            <RadarChart
              title={
                shared ? 'Radar chart of the shared scores by framework' : 'Radar chart of your scores by framework'
              }
              describedBy="results-summary"
              values={results.map((f) => ({ label: f.shortTitle, score: f.score }))}
            />
          </figure>
          <p id="results-summary" aria-live="polite">
            {summary}
          </p>
        </div>
        <ScoreTable results={results} shared={shared} />
        <div className={styles.cards}>
          {results.map((f) => (
            <FrameworkCard key={f.id} framework={f} />
          ))}
        </div>
      </section>
      {!shared && <SharePanel outline={outline} answers={answers} enabled={any} />}
    </>
  );
}

function ScoreTable({ results, shared }: { results: FrameworkResult[]; shared: boolean }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>Scores by framework (out of 100)</caption>
        <thead>
          <tr>
            <th scope="col">Framework</th>
            <th scope="col" className={styles.number}>
              Score
            </th>
            <th scope="col">Band</th>
            {!shared && (
              <>
                <th scope="col">Statements answered</th>
                <th scope="col">Checklist done</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {results.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                <a href={f.href}>{f.shortTitle}</a>
              </th>
              <td className={styles.number}>{f.score ?? '—'}</td>
              <td>{f.band ? f.band.label : 'No score yet'}</td>
              {!shared && (
                <>
                  <td>
                    {f.tally ? `${f.tally.answered} of ${f.tally.total}` : ''}
                    {f.tally && f.tally.notApplicable > 0 ? ` (${f.tally.notApplicable} not applicable)` : ''}
                  </td>
                  <td>{f.checklist ? `${f.checklist.done} of ${f.checklist.total}` : ''}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FrameworkCard({ framework: f }: { framework: FrameworkResult }) {
  const headingId = `results-${f.id}`;
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <a href={f.href}>{f.title}</a>
      </h3>
      <p>
        <span className={styles.score}>{scoreText(f.score)}</span>
        {f.band && (
          <>
            {' '}
            — <strong>{f.band.label}</strong>: {f.band.meaning}
          </>
        )}
      </p>
      {f.tally && (
        <p className={styles.muted}>
          {f.tally.answered} of {f.tally.total} statements answered
          {f.tally.notApplicable > 0 &&
            `; ${plural(f.tally.notApplicable, 'answer')} “not applicable”, left out of the score`}
          {f.checklist && `. ${f.checklist.done} of ${f.checklist.total} checklist actions done`}.
        </p>
      )}
      <ul className={styles.bars} aria-label={`${f.shortTitle}: score by step`}>
        {f.dimensions.map((d) => (
          <li key={d.id} className={styles.bar}>
            <a href={d.chapterHref}>{d.title}</a>
            <span className={styles.track} aria-hidden="true">
              {d.score !== null && <span className={styles.fill} style={{ width: `${d.score}%` }} />}
            </span>
            <span>
              <span className={styles.score}>{d.score === null ? 'No score yet' : d.score}</span>
              {d.band && ` — ${bandText(d.band)}`}
              {d.tally && d.tally.notApplicable > 0 && (
                <span className={styles.meta}>
                  {d.tally.notApplicable} of {d.tally.answered} answered “not applicable”
                  {d.tally.scored === 0 ? ': nothing left to score' : ''}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
