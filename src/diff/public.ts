// The diff's jsii API: the ManifestDiff class and its result structs.
export * from './manifest-diff';
export * from './structs';
export * from './change';
