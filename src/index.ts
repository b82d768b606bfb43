export * from './core';
export * from './rules';
export * from './lint';
