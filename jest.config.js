/** Jest: TypeScript through ts-jest; tests live in test/ and mirror src/. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest, which we keep out of the dependencies.
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-shim.ts',
  },
  testTimeout: 60000,
};
