import { ui } from '../ui';

/** "Erase all answers" asks first, with the way out focused second. */
export function EraseConfirm({ onErase, onCancel }: { onErase: () => void; onCancel: () => void }) {
  return (
    <div className={ui.error} role="group" aria-label="Confirm erase">
      <p>
        Erase every answer, note, snapshot and action the playbook keeps in this browser? Export them first if you may
        want them back. Nothing else in your browser is touched.
      </p>
      <div className={ui.actions}>
        <button type="button" className={ui.danger} autoFocus onClick={onErase}>
          Yes, erase everything
        </button>
        <button type="button" className={ui.button} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
