/** The languages the app speaks. A new one is one more code here and one more `Content` object. */
export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];
