import type { StoredEntry } from '~/lib/stores/your-data';
import { formatBytes } from './format';
import styles from './Results.module.css';

/** Every key the playbook keeps in this browser, with its size and the total. */
export function StoredTable({ entries }: { entries: StoredEntry[] }) {
  const total = entries.reduce((n, e) => n + e.bytes, 0);
  return entries.length === 0 ? (
    <p className={styles.empty}>Nothing is stored by the playbook in this browser.</p>
  ) : (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.visuallyHidden}>What the playbook stores in this browser</caption>
        <thead>
          <tr>
            <th scope="col">Name (key)</th>
            <th scope="col" className={styles.number}>
              Size
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.key}>
              <td>
                <code>{e.key}</code>
              </td>
              <td className={styles.number}>{formatBytes(e.bytes)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className={styles.number}>{formatBytes(total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
