// text-readability 1.1.1 ships no types. Only what the readability test uses is declared here.
declare module 'text-readability' {
  interface Readability {
    /** Flesch-Kincaid grade level: 0.39 x words per sentence + 11.8 x syllables per word - 15.59. */
    fleschKincaidGrade(text: string): number;
    /** The number of words, after punctuation is removed. */
    lexiconCount(text: string, removePunctuation?: boolean): number;
  }
  const readability: Readability;
  export default readability;
}
