import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Code is split by where it may run (as VS Code does), and each src/<layer> may import only the
// layers below it: shared ← core ← the shells (web, main, cli); shared ← renderer and preload.
// The README's Architecture section draws the same graph; tests/layers.test.ts keeps it honest.
export const LAYERS = {
  shared: [],
  renderer: ['shared'],
  preload: ['shared'],
  core: ['shared'],
  web: ['shared', 'core'],
  main: ['shared', 'core'],
  cli: ['shared', 'core', 'web'],
};

/** A relative import that reaches a layer this one may not use (by the folder it passes through). */
function layerPattern(layer) {
  const forbidden = Object.keys(LAYERS).filter((other) => other !== layer && !LAYERS[layer].includes(other));
  return {
    regex: `^\\.{1,2}/(.*/)?(${forbidden.join('|')})/`,
    message: `src/${layer} may import only ${[layer, ...LAYERS[layer]].join(', ')} (see LAYERS in eslint.config.js).`,
  };
}

const noElectron = { name: 'electron', message: 'Only src/main and src/preload may import electron.' };
const nodeBuiltins = {
  group: ['node:*'],
  message: 'src/shared and src/renderer run in the browser too: no Node built-ins here.',
};
const builtinPaths = builtinModules.map((name) => ({ name, message: nodeBuiltins.message }));

/** Flat config replaces a rule's options per block, so each layer gets its whole list here. */
function restrictionsFor(layer, { tests = false } = {}) {
  const browserSide = (layer === 'shared' || layer === 'renderer') && !tests;
  const electronAllowed = layer === 'main' || layer === 'preload';
  return [
    'error',
    {
      paths: [...(electronAllowed ? [] : [noElectron]), ...(browserSide ? builtinPaths : [])],
      patterns: [...(browserSide ? [nodeBuiltins] : []), layerPattern(layer)],
    },
  ];
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...Object.keys(LAYERS).flatMap((layer) => [
    { files: [`src/${layer}/**/*.{ts,tsx}`], rules: { 'no-restricted-imports': restrictionsFor(layer) } },
    // Unit tests run in Node, whatever they test: they may read fixtures from disk, but keep to their layer.
    { files: [`src/${layer}/**/*.test.ts`], rules: { 'no-restricted-imports': restrictionsFor(layer, { tests: true }) } },
  ]),
);
