import { useId } from 'react';
import { useStore } from '../useStore';
import { ROLES, type Role } from '~/lib/results/team';
import { $role } from '~/lib/stores/team';
import { ui } from '../ui';

const ROLE_NAMES: Record<Role, string> = {
  owner: 'Owner',
  manager: 'Manager',
  'front-line': 'Front line',
  other: 'Other',
};
const NO_ROLE = () => '' as const;

/** The role chosen for exports and share links, shared by both on this page. */
export function useRole(): [Role | '', (role: Role | '') => void] {
  return [useStore($role, { ssr: NO_ROLE }), (role) => $role.set(role)];
}

/** "You answer as": optional, so a team view can compare roles. */
export function RoleField({ role, onChange }: { role: Role | ''; onChange: (role: Role | '') => void }) {
  const id = useId();
  return (
    <div className={ui.field}>
      <label htmlFor={id}>You answer as (optional, for a team view)</label>
      <select id={id} value={role} onChange={(e) => onChange(e.currentTarget.value as Role | '')}>
        <option value="">Not saying</option>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_NAMES[r]}
          </option>
        ))}
      </select>
    </div>
  );
}
