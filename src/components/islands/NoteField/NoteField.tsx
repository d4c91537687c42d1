import { useId, useLayoutEffect, useState } from 'react';
import { MAX_NOTE_LENGTH } from '~/lib/limits';
import { ui } from '../ui';
import styles from './NoteField.module.css';

/**
 * An optional note, folded away until the reader opens it. Once open (by the reader,
 * or because a saved note arrived) it stays open while they edit, even when they
 * delete every character; only the reader closes it. Each keystroke is saved as
 * typed, so a space at the end stays under the cursor; the note is trimmed when the
 * reader leaves the field.
 */
export function NoteField({
  label,
  value,
  onChange,
  field,
}: {
  label: string;
  value: string;
  onChange: (note: string) => void;
  /** Attributes naming the answer, so input typed before hydration is kept (src/lib/early-input.ts). */
  field?: Record<string, string>;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  // Preact sets a textarea's value while it hydrates (no other control's), which would wipe
  // a note typed before the island ran: the island adopts it just after (useEarlyInput).
  // So the page keeps the value until the island has mounted (no `value` prop at all:
  // compat resets a textarea whose props hold the key), then the island holds it.
  const [mounted, setMounted] = useState(false);
  useLayoutEffect(() => setMounted(true), []);
  return (
    <details
      className={styles.note}
      open={open || value !== '' ? true : undefined}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-pagefind-ignore
    >
      <summary className={styles.summary}>{value ? 'Your note' : 'Add a note'}</summary>
      <label htmlFor={id} className={ui.visuallyHidden}>
        {label}
      </label>
      <textarea
        id={id}
        className={`${ui.input} ${styles.field}`}
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        {...(mounted ? { value } : {})}
        {...field}
        onChange={(e) => onChange(e.currentTarget.value)}
        onBlur={(e) => {
          const trimmed = e.currentTarget.value.trim();
          if (trimmed !== e.currentTarget.value) onChange(trimmed);
        }}
      />
    </details>
  );
}
