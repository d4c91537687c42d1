/** Geometry for the results charts (SVG), kept apart from the markup so it can be tested. */

export interface Point {
  x: number;
  y: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The shade of a heat-map cell: 0 (no score) or 1–4 for each quarter of the scale.
 * Shades only repeat the number written in the cell.
 */
export function heatLevel(score: number | null): 0 | 1 | 2 | 3 | 4 {
  if (score === null) return 0;
  return score < 25 ? 1 : score < 50 ? 2 : score < 75 ? 3 : 4;
}

/** An SVG `points` attribute. */
export const pointsAttribute = (points: readonly Point[]) => points.map((p) => `${p.x},${p.y}`).join(' ');

/**
 * A trend line's points: values spread evenly from left to right (in date order),
 * 0 at the bottom and 100 at the top. Unscored values are left out of the line.
 */
export function trendPoints(
  values: readonly (number | null)[],
  box: { left: number; top: number; width: number; height: number },
): (Point & { index: number; value: number })[] {
  const step = values.length > 1 ? box.width / (values.length - 1) : 0;
  return values.flatMap((value, index) =>
    value === null
      ? []
      : [
          {
            index,
            value,
            x: round(box.left + (values.length > 1 ? step * index : box.width / 2)),
            y: round(box.top + box.height - (box.height * value) / 100),
          },
        ],
  );
}
