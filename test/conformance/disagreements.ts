import { KnownDisagreement } from './case';

/** Cases of the corpus the rules judge otherwise than their test, each with the reason it is left so. */
export const DISAGREEMENTS: readonly KnownDisagreement[] = [
  {
    source: 'kubernetes/kubernetes pkg/apis/networking/validation/validation_test.go TestValidateIngressRuleValue "prefix: repeating slashes"',
    reason: '#14: the API server refuses Exact and Prefix paths containing "//" (also "/./", "/../", "%2f", "%2F" and the suffixes "/..", "/."); K8S-ING-004 checks only that they are absolute.',
  },
];
