import { KnownDisagreement } from './case';

/** Cases of the corpus the rules judge otherwise than their test, each with the reason it is left so. */
export const DISAGREEMENTS: readonly KnownDisagreement[] = [];
