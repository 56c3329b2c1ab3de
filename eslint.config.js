import js from '@eslint/js';
import jestDom from 'eslint-plugin-jest-dom';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: content -> domain -> machine -> ui. Each layer may not reach up.
const layer = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((dir) => ({
          group: [`**/${dir}/*`, `../${dir}/*`],
          message: `This layer must not import from src/${dir}: imports flow content -> domain -> machine -> ui.`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'playwright-report', 'test-results', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  layer(['src/content/**'], ['domain', 'machine', 'ui']),
  layer(['src/domain/**'], ['machine', 'ui']),
  layer(['src/machine/**'], ['ui']),
  // embed.js runs on the clinic's page, apart from the app: the protocol and content only.
  layer(['src/embed/**'], ['machine', 'ui']),
  {
    files: ['tests/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['tests/**/*.test.tsx'],
    ...jestDom.configs['flat/recommended'],
  },
);
