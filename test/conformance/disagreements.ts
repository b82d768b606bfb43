import { KnownDisagreement } from './case';

/** Cases of the corpus the rules judge otherwise than their test, each with the reason it is left so. */
export const DISAGREEMENTS: readonly KnownDisagreement[] = [
  {
    source: 'kubernetes/cloud-provider-aws pkg/providers/v1/aws_test.go TestGetKeyValuePropertiesFromAnnotation "K=V K1=V2,Key1========, =====, ======Val, =Val, , 234,"',
    reason: 'The provider parses these tags without an error, and the test asserts what it makes of them: "K=V K1=V2" becomes the tag K="V K1" (the value is cut at the second "="), "Key1========" becomes Key1="", and "=====", "======Val" and "=Val" are dropped (no key). The load balancer is created, but tagged otherwise than written; AWS-LB-014 reports each cut or dropped tag as an error, since an error covers what the controller silently does differently (Severity.ERROR).',
  },
];
