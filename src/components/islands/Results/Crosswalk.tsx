import type { ThemeResult } from '~/lib/results/crosswalk';
import { ratingLabel } from '~/lib/scoring';
import { DataTable } from '../DataTable';
import { ui } from '../ui';
import styles from './Results.module.css';

/** The themes shared by several frameworks: each with its score, and its steps and answers one click away. */
export function Crosswalk({ themes }: { themes: ThemeResult[] }) {
  return (
    <div className={styles.themes}>
      {themes.map((theme) => (
        <div key={theme.id} className={ui.card}>
          <h3 id={`theme-${theme.id}`}>{theme.title}</h3>
          <p>{theme.summary}</p>
          {theme.score !== null && (
            <p>
              Across these steps: <span className={ui.score}>{theme.score} out of 100</span>.
            </p>
          )}
          <details className={styles.details}>
            <summary>
              The steps{theme.dimensions.some((d) => d.answers) ? ' and answers' : ''} behind “{theme.title}”
            </summary>
            <DataTable
              caption={`${theme.title}: steps and scores`}
              hideCaption
              columns={['Framework', 'Step', { label: 'Score', numeric: true }]}
            >
              {theme.dimensions.map((d) => (
                <tr key={d.id}>
                  <td>{d.frameworkTitle}</td>
                  <th scope="row">
                    <a href={d.chapterHref}>{d.title}</a>
                  </th>
                  <td className={ui.number}>{d.score ?? 'No score yet'}</td>
                </tr>
              ))}
            </DataTable>
            {theme.dimensions.some((d) => d.answers) &&
              theme.dimensions.map((d) => (
                <div key={d.id}>
                  <p>
                    <strong>
                      {d.title} ({d.frameworkTitle})
                    </strong>
                  </p>
                  <ul className={ui.list}>
                    {d.answers!.map((a) => (
                      <li key={a.id}>
                        <a href={a.helpHref}>{a.text}</a> —{' '}
                        {a.rating === undefined ? 'not answered' : ratingLabel(a.rating).toLowerCase()}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
          </details>
          <p className={ui.hint}>
            <a href={theme.startHref}>Where to begin on this theme</a>
          </p>
        </div>
      ))}
    </div>
  );
}
