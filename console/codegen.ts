import type { CodegenConfig } from '@graphql-codegen/cli';

// The console's operations are typed from the server's schema: a schema change that breaks
// one of them breaks `npm run build` (and so make check-generate).
const config: CodegenConfig = {
  schema: ['../schema.graphql', '../graph/*.graphql'],
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { Time: 'string', JSON: 'unknown', ID: 'string' },
      },
    },
  },
  hooks: {},
};
export default config;
