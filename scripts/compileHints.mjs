// V8's explicit compile hints: a file that begins with this comment is compiled as a whole while
// it loads, off the main thread, instead of one function at a time the first time each runs.
// Chromium reads it from version 136 on; other browsers see a comment.
export const compileHint = '//# allFunctionsCalledOnLoad';

/**
 * The chunks (by their names in the build manifest) whose code the first taps run for the first
 * time: React, XState and Valibot (`runtime`), and the app's shell (`boot`, src/boot.tsx). Both
 * load with the welcome screen. The later screens are rendered unseen before they are shown, so
 * their code has run before any tap shows them; compiling all of it ahead would only cost time.
 */
export const eagerlyCompiled = ['runtime', 'boot'];

/**
 * Puts the hint at the top of those chunks once they are minified (minifying strips comments),
 * and counts it in their file names' hashes, so a changed file never keeps its old name.
 */
export function compileHints() {
  const eager = (chunk) => chunk.type === 'chunk' && eagerlyCompiled.includes(chunk.name);
  return {
    name: 'compile-hints',
    apply: 'build',
    augmentChunkHash: (chunk) => (eager(chunk) ? compileHint : undefined),
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (eager(chunk)) chunk.code = `${compileHint}\n${chunk.code}`;
    },
  };
}
