export * from './core';
export * from './rules';
export * from './profile';
export * from './aws';
export * from './azure';
export * from './lint';
export * from './diff/public';
