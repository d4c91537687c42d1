/** The property suite's clock: step n runs n + 1 seconds after T0 (Date is faked). */
export const T0 = Date.parse('2026-12-01T09:00:00.000Z');
/** The time `seconds` after T0, as stored. */
export const iso = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
