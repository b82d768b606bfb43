export * from './cluster-profile';
