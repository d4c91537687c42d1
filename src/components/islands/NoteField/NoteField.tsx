import { useId } from 'react';
import styles from './NoteField.module.css';

/** An optional note, folded away until the reader opens it. */
export function NoteField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (note: string) => void;
}) {
  const id = useId();
  return (
    <details className={styles.note} open={value ? true : undefined} data-pagefind-ignore>
      <summary className={styles.summary}>{value ? 'Your note' : 'Add a note'}</summary>
      <label htmlFor={id} className={styles.srOnly}>
        {label}
      </label>
      <textarea
        id={id}
        className={styles.field}
        rows={2}
        maxLength={2000}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </details>
  );
}
