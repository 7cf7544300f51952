/**
 * The types of the course's words (src/build/text-modules.ts serves them): each namespace of the English locale,
 * so reading a key English lacks fails type checking. A new namespace in en.json needs its line here (a unit test
 * says when one is missing).
 */
type English = typeof import('../locales/en.json');

declare module 'virtual:text/language' {
  /** The course's language tag (`course.json`'s `language`). */
  export const LANGUAGE: string;
  /** How it writes numbers (src/build/locales.ts numberMarks). */
  export const NUMBER: { decimal: string; group: string; groupFrom: number };
}
declare module 'virtual:text/site' { const text: English['site']; export default text; }
declare module 'virtual:text/figure' { const text: English['figure']; export default text; }
declare module 'virtual:text/figure-live' { const text: English['figure-live']; export default text; }
declare module 'virtual:text/figure-points' { const text: English['figure-points']; export default text; }
declare module 'virtual:text/exercise' { const text: English['exercise']; export default text; }
declare module 'virtual:text/deck' { const text: English['deck']; export default text; }
declare module 'virtual:text/deck-live' { const text: English['deck-live']; export default text; }
declare module 'virtual:text/search' { const text: English['search']; export default text; }
declare module 'virtual:text/exercise-live' { const text: English['exercise-live']; export default text; }
/** The two sentences of exercise progress, which load with every chapter page: kept apart to keep that small. */
declare module 'virtual:text/exercise-progress' { const text: English['exercise-progress']; export default text; }
declare module 'virtual:text/data' { const text: English['data']; export default text; }
declare module 'virtual:text/share' { const text: English['share']; export default text; }
declare module 'virtual:text/plot' { const text: English['plot']; export default text; }
declare module 'virtual:text/activation-gallery' { const text: English['activation-gallery']; export default text; }
declare module 'virtual:text/bending-neurons' { const text: English['bending-neurons']; export default text; }
declare module 'virtual:text/collapse-stack' { const text: English['collapse-stack']; export default text; }
declare module 'virtual:text/dataset-plot' { const text: English['dataset-plot']; export default text; }
declare module 'virtual:text/decision-boundary' { const text: English['decision-boundary']; export default text; }
declare module 'virtual:text/hidden-lines' { const text: English['hidden-lines']; export default text; }
declare module 'virtual:text/line-floor' { const text: English['line-floor']; export default text; }
declare module 'virtual:text/loss-landscape' { const text: English['loss-landscape']; export default text; }
declare module 'virtual:text/neuron-line' { const text: English['neuron-line']; export default text; }
declare module 'virtual:text/training-timeline' { const text: English['training-timeline']; export default text; }
declare module 'virtual:text/width-explorer' { const text: English['width-explorer']; export default text; }
declare module 'virtual:text/playground' { const text: English['playground']; export default text; }
