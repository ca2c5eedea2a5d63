// The module graph's rules (ARCHITECTURE.md explains them); `npm run lint:deps` checks them in CI
// (scripts/module-graph.mjs reads this cruise's result and adds the whole-folder cycle check that
// a folder-scoped rule cannot state exactly). Only src/ is cruised; specs beside the code count:
// a spec that imports a module makes its folder depend on it just as the code does.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle-between-modules',
      comment:
        'Feature modules form a directed graph: no folder under src/modules/ reaches back to itself ' +
        'through another. Move the shared thing to its owner, or to src/common when it belongs to no feature.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/modules/([^/]+)' },
      // A cycle between a module and its own subfolders (claims -> claims/dto -> claims) is no
      // concern of this rule.
      to: { path: '^src/modules/[^/]+', pathNot: '^src/modules/$1(/|$)', circular: true },
    },
    {
      name: 'common-imports-no-module',
      comment: 'src/common is the shared layer: it may be imported by any module and imports none.',
      severity: 'error',
      from: { path: '^src/common/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'infra-imports-no-module',
      comment: 'src/infra (database, migrations, data directory) sits below the modules too.',
      severity: 'error',
      from: { path: '^src/infra/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'infra-imports-no-common',
      comment:
        'src/infra (database, Redis, logging, paths) is the bottom layer: src/common may import it, it imports ' +
        'nothing of src/common. What both need lives in infra (the data version beside the change feed) or is passed in.',
      severity: 'error',
      from: { path: '^src/infra/' },
      to: { path: '^src/common/' },
    },
  ],
  options: {
    includeOnly: '^src/',
    exclude: { path: '^src/generated/' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
