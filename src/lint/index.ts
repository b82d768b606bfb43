// The jsii-safe part of the linter: classes, structs and enums only. The CLI (src/cli/cli.ts) and the cdk8s-cli
// plugin (src/cli/plugin.ts, built on cdk8s-cli's plugin contract) are reached by their own module paths.
export * from './structs';
export * from './linter';

// cdk8s-cli loads an npm-installed plugin as `require('cdk8s-cloud-lb')[class]`: expose the plugin class on the
// module at run time only (a getter, not a TypeScript export), so that it stays out of the jsii API.
Object.defineProperty(exports, 'CloudLbValidation', {
  enumerable: true,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  get: () => require('../cli/plugin').CloudLbValidation,
});
