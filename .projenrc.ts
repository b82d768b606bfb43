import { cdk8s, javascript } from 'projen';

const project = new cdk8s.ConstructLibraryCdk8s({
  name: 'cdk8s-cloud-lb',
  description:
    'Typed cdk8s constructs for cloud load balancer Services (Azure internal LB, Private Link Service, Application Gateway, AWS NLB and classic ELB) that reject a wrong annotation at synth time, and a linter for any YAML.',
  author: 'cdk8s-cloud-lb contributors',
  authorAddress: 'cdk8s-cloud-lb@users.noreply.github.com',
  repositoryUrl: 'https://github.com/cdk8s-cloud-lb/cdk8s-cloud-lb.git',
  license: 'Apache-2.0',
  keywords: ['cdk8s', 'kubernetes', 'aws', 'azure', 'load-balancer', 'nlb', 'elb', 'private-link', 'aks', 'eks', 'validation'],
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  cdk8sVersion: '2.70.106',
  constructsVersion: '10.8.1',
  jsiiVersion: '~6.0.0',
  peerDeps: ['cdk8s-plus-28@^2.5.6'],
  // Runtime dependencies are bundled (jsii requires it) and never appear in the public API.
  bundledDeps: ['ipaddr.js@^2.2.0', 'js-yaml@^4.1.0'],
  // `npx cdk8s-cloud-lb lint|diff` (src/cli/cli.ts).
  bin: { 'cdk8s-cloud-lb': 'lib/cli/launcher.js' },
  // @xmldom/xmldom: a real XML parser for the tests of `lint --format junit`.
  devDeps: ['esbuild@^0.28', 'kubernetes-models@^4.5.1', 'fast-check@^3', 'cdk8s-cli@2.207.60', 'ajv@^6', '@xmldom/xmldom@^0.9.12'],
  typecheckTests: true,
  // A root dev tsconfig type-checks tests, examples, benchmarks and scripts (not only test/).
  tsconfigDevFile: 'tsconfig.dev.json',
  tsconfigDev: {
    include: ['.projenrc.ts', 'projenrc/**/*.ts', 'src/**/*.ts', 'test/**/*.ts', 'examples/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    exclude: ['node_modules', 'lib', 'dist', 'build'],
  },
  // One project (tsconfig.dev.json) for eslint: the per-file project service only finds tsconfig.json files.
  eslintOptions: {
    dirs: ['src'],
    devdirs: ['test', 'examples', 'bench', 'scripts'],
    fileExtensions: ['.ts'],
    projectService: false,
    tsconfigPath: './tsconfig.dev.json',
  },
  jestOptions: {
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    passWithNoTests: false,
    jestConfig: {
      // Coverage slows the suite and nobody reads it in CI; `npx jest --coverage` gives it on demand.
      collectCoverage: false,
      // A plain `npx jest` never writes a missing snapshot either; `npx projen test:update` writes them on purpose.
      additionalOptions: { ci: true },
      // Every temporary directory of a test run goes under one directory that the teardown removes (test/setup).
      globalSetup: '<rootDir>/test/setup/global-setup.js',
      globalTeardown: '<rootDir>/test/setup/global-teardown.js',
    },
  },
  github: false,
  release: false,
  depsUpgrade: false,
  sampleCode: false,
  gitignore: ['shared/', '/build/', '/.jsii.tabl.json', '/examples/dist/', '/bench/out/', '.ci/consumer/'],
});

// Non-JS bindings are generated (not built) offline, so that a jsii-hostile API change fails CI.
project.package.file.addOverride('jsii.targets', {
  python: { distName: 'cdk8s-cloud-lb', module: 'cdk8s_cloud_lb' },
  java: { package: 'io.github.cdk8scloudlb', maven: { groupId: 'io.github.cdk8s-cloud-lb', artifactId: 'cdk8s-cloud-lb' } },
  dotnet: { namespace: 'Cdk8sCloudLb', packageId: 'Cdk8sCloudLb' },
  go: { moduleName: 'github.com/cdk8s-cloud-lb/cdk8s-cloud-lb-go' },
});
project.addTask('check:bindings', {
  description: 'Generate the Python, Java, .NET and Go bindings (code only) and byte-compile the Python',
  steps: [
    { exec: 'rm -rf build/bindings' },
    // The README's snippets, translated for each language's README (rosetta/default.ts-fixture gives their context).
    { exec: 'jsii-rosetta extract --compile --strict' },
    { exec: 'jsii-pacmak --code-only --targets python,java,dotnet,go --outdir build/bindings --rosetta-tablet .jsii.tabl.json --rosetta-unknown-snippets fail' },
    { exec: 'ts-node --project tsconfig.dev.json scripts/python-readme-check.ts' },
    { exec: 'python3 -m compileall -q build/bindings/python/src' },
  ],
});
project.addTask('example', {
  description: 'Synthesize every example app into examples/dist',
  exec: 'ts-node --project tsconfig.dev.json examples/main.ts',
});
project.addTask('bench', {
  description: 'Benchmarks (synthesis against cdk8s-plus-28): ratios, not timed assertions',
  exec: 'node --expose-gc -r ts-node/register/transpile-only bench/main.ts',
  env: { TS_NODE_PROJECT: 'tsconfig.dev.json' },
  receiveArgs: true,
});
const rulesDoc = project.addTask('docgen:rules', {
  description: 'Regenerate RULES.md from the rule metadata',
  exec: 'ts-node --project tsconfig.dev.json scripts/rules-md.ts',
});
// The CLI starts in one file: loading the ~120 compiled modules of lib/ (each with its inline source map) cost a `lint`
// of a few documents most of its time (docs/performance.md, "The CLI's start"). cdk8s and friends stay out of it.
project.compileTask.exec('esbuild lib/cli/cli.js --bundle --platform=node --target=node20 --log-level=warning '
  + '--external:cdk8s --external:constructs --external:cdk8s-plus-28 --outfile=lib/cli/cli.bundle.js');
project.postCompileTask.spawn(rulesDoc);
const annotationsDoc = project.addTask('docgen:annotations', {
  description: 'Regenerate ANNOTATIONS.md: each annotation key a construct writes, its prop and the rules that judge it',
  exec: 'ts-node --project tsconfig.dev.json scripts/annotations-md.ts',
});
project.postCompileTask.spawn(annotationsDoc);
const diffDoc = project.addTask('docgen:diff', {
  description: 'Regenerate the table of DIFF changes in docs/cli.md from the diff checks\' metadata',
  exec: 'ts-node --project tsconfig.dev.json scripts/diff-md.ts',
});
project.postCompileTask.spawn(diffDoc);
const keyReleasesDoc = project.addTask('docgen:key-releases', {
  description: 'Regenerate the table of annotation keys and the controller releases that read them in docs/profiles.md',
  exec: 'ts-node --project tsconfig.dev.json scripts/key-releases-md.ts',
});
project.postCompileTask.spawn(keyReleasesDoc);
const configSchema = project.addTask('docgen:schema', {
  description: 'Regenerate the JSON Schema of .cdk8s-cloud-lb.yaml (schema/cdk8s-cloud-lb.schema.json), its rule ids from the rules',
  exec: 'ts-node --project tsconfig.dev.json scripts/config-schema.ts',
});
project.postCompileTask.spawn(configSchema);
const readmeSnippets = project.addTask('check:readme', {
  description: 'Type-check every TypeScript snippet of README.md against the source',
  exec: 'ts-node --project tsconfig.dev.json scripts/readme-snippets.ts',
});
project.testTask.spawn(readmeSnippets);

project.npmignore?.exclude('/build/', '/examples/', '/bench/', '/scripts/', '/.ci/', '/.pre-commit-hooks.yaml', '/rosetta/', '/.jsii.tabl.json');
// The install of the pre-commit hook (.pre-commit-hooks.yaml, language: node) compiles the CLI; why prepublish and not
// prepare: scripts/compile-for-pre-commit.js.
project.package.setScript('prepublish', 'node scripts/compile-for-pre-commit.js');
project.tasks.tryFind('install:ci')?.reset('npm install');
project.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');
project.synth();
