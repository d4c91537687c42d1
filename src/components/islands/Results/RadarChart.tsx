import { axisPoint, pointsAttribute, radarPoints } from '~/lib/results/charts';
import styles from './Results.module.css';

const WIDTH = 600; // room on both sides for labels such as "Purpose Centred (no score)"
const HEIGHT = 320;
const CENTRE = { x: WIDTH / 2, y: HEIGHT / 2 + 10 };
const RADIUS = 115;
const RINGS = [25, 50, 75, 100];

export interface RadarValue {
  label: string;
  score: number | null;
}

/**
 * A radar chart of scores out of 100. Every value is written next to its point, so
 * the chart never relies on colour; a table and a text summary sit beside it.
 */
export function RadarChart({
  values,
  title,
  describedBy,
}: {
  values: RadarValue[];
  title: string;
  /** Id of the text summary beside the chart. */
  describedBy: string;
}) {
  const scores = values.map((v) => v.score);
  const points = radarPoints(scores, CENTRE, RADIUS);
  const scored = points.filter((_, i) => scores[i] !== null);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} aria-describedby={describedBy}>
      <title>{title}</title>
      {RINGS.map((ring) => (
        <polygon
          key={ring}
          className={styles.ring}
          points={pointsAttribute(values.map((_, i) => axisPoint(i, values.length, CENTRE, (RADIUS * ring) / 100)))}
        />
      ))}
      {RINGS.map((ring) => (
        <text
          key={`t${ring}`}
          className={styles.chartTick}
          x={CENTRE.x - 3}
          y={CENTRE.y - (RADIUS * ring) / 100 + 10}
          textAnchor="end"
        >
          {ring}
        </text>
      ))}
      {values.map((value, i) => {
        const end = axisPoint(i, values.length, CENTRE, RADIUS);
        const label = axisPoint(i, values.length, CENTRE, RADIUS + 18);
        const anchor = Math.abs(label.x - CENTRE.x) < 4 ? 'middle' : label.x > CENTRE.x ? 'start' : 'end';
        return (
          <g key={value.label}>
            <line className={styles.axis} x1={CENTRE.x} y1={CENTRE.y} x2={end.x} y2={end.y} />
            <text className={styles.chartLabel} x={label.x} y={label.y + 4} textAnchor={anchor}>
              {value.label}
              {value.score === null ? ' (no score)' : ''}
            </text>
          </g>
        );
      })}
      {scored.length >= 3 && <polygon className={styles.area} points={pointsAttribute(scored)} />}
      {scored.length === 2 && (
        <line className={styles.area} x1={scored[0]!.x} y1={scored[0]!.y} x2={scored[1]!.x} y2={scored[1]!.y} />
      )}
      {points.map((point, i) =>
        scores[i] === null ? null : (
          <g key={values[i]!.label}>
            <circle className={styles.dot} cx={point.x} cy={point.y} r={4} />
            <text className={styles.chartValue} x={point.x + 6} y={point.y - 6}>
              {scores[i]}
            </text>
          </g>
        ),
      )}
    </svg>
  );
}
