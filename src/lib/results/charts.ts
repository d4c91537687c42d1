/** Geometry for the results charts (SVG), kept apart from the markup so it can be tested. */

export interface Point {
  x: number;
  y: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A radar chart's points: one axis per value, clockwise from the top, each value
 * (0–100) placed along its axis. `null` values sit at the centre and are reported
 * so the chart can mark them "no score".
 */
export function radarPoints(values: readonly (number | null)[], centre: Point, radius: number): Point[] {
  return values.map((value, i) => axisPoint(i, values.length, centre, (radius * (value ?? 0)) / 100));
}

/** The point at `distance` along axis `i` of `count`, clockwise from the top. */
export function axisPoint(i: number, count: number, centre: Point, distance: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(count, 1);
  return { x: round(centre.x + distance * Math.cos(angle)), y: round(centre.y + distance * Math.sin(angle)) };
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
