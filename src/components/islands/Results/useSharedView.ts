import { useMemo } from 'react';
import { useStore } from '../useStore';
import type { ScoreSheet } from '~/lib/results/score-sheet';
import type { ResultsOutline } from '~/lib/results/manifest';
import { decodeShareCode } from '~/lib/results/share-code';
import { $shareCode } from '~/lib/stores/share';

export type SharedView = { mode: 'own' } | { mode: 'shared'; sheet: ScoreSheet } | { mode: 'invalid'; message: string };

const NO_CODE = () => null;
const OWN: SharedView = { mode: 'own' };

/** Whether the page shows the reader's own results or a share link's scores (or a refused link). */
export function useSharedView(outline: ResultsOutline): SharedView {
  const code = useStore($shareCode, { ssr: NO_CODE });
  return useMemo(() => {
    if (code === null) return OWN;
    const result = decodeShareCode(outline, code);
    return result.ok ? { mode: 'shared', sheet: result.sheet } : { mode: 'invalid', message: result.message };
  }, [code, outline]);
}
