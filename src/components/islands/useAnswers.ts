import { EMPTY_ANSWERS } from '~/lib/answers';
import { $answers } from '~/lib/stores/answers';
import { useStore } from './useStore';

const SERVER_ANSWERS = () => EMPTY_ANSWERS;

/** The reader's answers in an island: none in the server's HTML and the first render, the stored ones from then on. */
export const useAnswers = () => useStore($answers, { ssr: SERVER_ANSWERS });
