import type { ReactNode } from 'react';
import { ui } from './ui';

/** A column heading: its text, or its text and whether the column holds numbers; falsy for a column left out. */
export type Column = ReactNode | { label: ReactNode; numeric: boolean };

const isNumeric = (column: Column): column is { label: ReactNode; numeric: boolean } =>
  typeof column === 'object' && column !== null && 'numeric' in column;

/**
 * A data table in the shared style: caption, a row of column headings and the rows given,
 * inside a box that scrolls sideways rather than the page. `stack` turns each row into a
 * card on a narrow screen (cells then need a data-label); `hideCaption` keeps the caption
 * for assistive technology where a heading above already says it.
 */
export function DataTable({
  caption,
  hideCaption = false,
  columns,
  stack = false,
  className,
  foot,
  grouped = false,
  children,
}: {
  caption: ReactNode;
  hideCaption?: boolean;
  columns: Column[];
  stack?: boolean;
  /** The table's own layout class, beside the shared ones. */
  className?: string;
  /** A <tr> for the table's foot, e.g. a total. */
  foot?: ReactNode;
  /** The children are <tbody> row groups, not rows. */
  grouped?: boolean;
  children: ReactNode;
}) {
  const classes = [ui.table, stack && ui.stack, className].filter(Boolean).join(' ');
  return (
    <div className={ui.tableWrap}>
      <table className={classes}>
        <caption className={hideCaption ? ui.visuallyHidden : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) =>
              isNumeric(column) ? (
                <th key={i} scope="col" className={column.numeric ? ui.number : undefined}>
                  {column.label}
                </th>
              ) : (
                column && (
                  <th key={i} scope="col">
                    {column}
                  </th>
                )
              ),
            )}
          </tr>
        </thead>
        {grouped ? children : <tbody>{children}</tbody>}
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}
