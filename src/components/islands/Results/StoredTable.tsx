import type { StoredEntry } from '~/lib/stores/your-data';
import { formatBytes } from './format';
import { DataTable } from '../DataTable';
import { ui } from '../ui';

/** Every key the playbook keeps in this browser, with its size and the total. */
export function StoredTable({ entries }: { entries: StoredEntry[] }) {
  const total = entries.reduce((n, e) => n + e.bytes, 0);
  return entries.length === 0 ? (
    <p className={ui.empty}>Nothing is stored by the playbook in this browser.</p>
  ) : (
    <DataTable
      caption="What the playbook stores in this browser"
      hideCaption
      columns={['Name (key)', { label: 'Size', numeric: true }]}
      foot={
        <tr>
          <th scope="row">Total</th>
          <td className={ui.number}>{formatBytes(total)}</td>
        </tr>
      }
    >
      {entries.map((e) => (
        <tr key={e.key}>
          <td>
            <code>{e.key}</code>
          </td>
          <td className={ui.number}>{formatBytes(e.bytes)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
