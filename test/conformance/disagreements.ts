import { KnownDisagreement } from './case';

/** Cases of the corpus the rules judge otherwise than their test, each with the reason it is left so. */
export const DISAGREEMENTS: readonly KnownDisagreement[] = [
  {
    source: 'Azure/application-gateway-kubernetes-ingress pkg/k8scontext/ingress_handlers_test.go TestK8scontext "Test ingress handlers / using ingress class / add, delete, update ingress from cache for allowed namespace ns"',
    reason: 'The test hands AGIC\'s ingress handler an in-memory Ingress with kubernetes.io/ingress.class: "" and spec.ingressClassName: azure-application-gateway, '
      + 'which AGIC takes (an empty annotation does not decide). The API server never stores such an Ingress: ValidateIngressCreate refuses an annotation that does not match '
      + 'ingressClassName ("must match `ingressClassName` when both are specified"), and K8S-ING-006 reports it as an error, rightly.',
  },
  {
    source: 'kubernetes/kubernetes pkg/apis/core/validation/validation_test.go TestValidateServiceCreate "IPFamilyPolicy(singleStack) is set for two families"',
    reason: 'ValidateServiceCreate lets ipFamilyPolicy SingleStack with ipFamilies [IPv4, IPv6] through (the test says "this validated in alloc code"), but a real create is then refused '
      + 'when the cluster IPs are allocated (pkg/registry/core/service/storage/alloc.go, initIPFamilyFields: spec.ipFamilyPolicy "must be \'RequireDualStack\' or \'PreferDualStack\' '
      + 'when multiple IP families are specified"). K8S-SVC-020 judges the create, and reports it as an error, rightly.',
  },
  {
    source: 'kubernetes-sigs/aws-load-balancer-controller pkg/service/model_build_target_group_test.go Test_defaultModelBuilderTask_buildTargetHealthCheck "With annotations"',
    reason: 'healthcheck-timeout 30 with healthcheck-interval 10: the controller only parses the two integers (buildTargetGroupHealthCheckConfig) and the unit test builds the model without AWS; AWS refuses a target-group health-check timeout greater than its interval (ValidationError on CreateTargetGroup/ModifyTargetGroup, also enforced for NLB target groups by aws-cdk since aws/aws-cdk#26031), so the reconcile fails there. AWS-NLB-008 keeps reporting it.',
  },
  {
    source: 'kubernetes/cloud-provider-aws pkg/providers/v1/aws_test.go TestGetKeyValuePropertiesFromAnnotation "K=V K1=V2,Key1========, =====, ======Val, =Val, , 234,"',
    reason: 'The provider parses these tags without an error, and the test asserts what it makes of them: "K=V K1=V2" becomes the tag K="V K1" (the value is cut at the second "="), "Key1========" becomes Key1="", and "=====", "======Val" and "=Val" are dropped (no key). The load balancer is created, but tagged otherwise than written; AWS-LB-014 reports each cut or dropped tag as an error, since an error covers what the controller silently does differently (Severity.ERROR).',
  },
  {
    source: 'kubernetes/kubernetes pkg/apis/core/validation/validation_test.go TestValidateServiceCreate "invalid type - missing AllocateLoadBalancerNodePorts for loadbalancer type"',
    reason: 'The test validates a LoadBalancer Service without allocateLoadBalancerNodePorts ("Required value"), an object without its defaults. On a real create the API server '
      + 'first runs SetDefaults_Service (pkg/apis/core/v1/defaults.go), which sets allocateLoadBalancerNodePorts: true on a LoadBalancer Service that leaves it out, and then '
      + 'accepts it; the rules judge the manifest as the server does (no error).',
  },
  {
    source: 'kubernetes/kubernetes pkg/apis/core/validation/validation_test.go TestValidateServiceCreate "nil internalTraffic field when feature gate is on"',
    reason: 'The test validates a Service without internalTrafficPolicy ("spec.internalTrafficPolicy: Required value"), an object without its defaults. On a real create '
      + 'SetDefaults_Service sets internalTrafficPolicy: Cluster first, and the API server accepts it; the rules judge the manifest as the server does (no error).',
  },
  {
    source: 'kubernetes/kubernetes pkg/apis/core/validation/validation_test.go TestValidateServiceExternalTrafficPolicy "externalTrafficPolicy is required on LoadBalancer service"',
    reason: 'The test validates a LoadBalancer Service without externalTrafficPolicy ("spec.externalTrafficPolicy: Required value"), an object without its defaults. On a real '
      + 'create SetDefaults_Service sets externalTrafficPolicy: Cluster on a NodePort or LoadBalancer Service that leaves it out, and the API server accepts it; the rules '
      + 'judge the manifest as the server does (no error).',
  },
  {
    source: 'kubernetes/kubernetes pkg/apis/core/validation/validation_test.go TestValidateServiceCreate "missing session affinity"',
    reason: 'The test validates a Service with sessionAffinity "" ("spec.sessionAffinity: Required value"), an object without its defaults. On a real create '
      + 'SetDefaults_Service (pkg/apis/core/v1/defaults.go) sets sessionAffinity "" to None first, and the API server accepts it; the rules judge the defaulted object '
      + '(no error); TestSetDefaultService in kubernetes-service.cases.ts is the defaulting test\'s own case.',
  },
  {
    source: 'kubernetes/kubernetes pkg/apis/core/validation/validation_test.go TestValidateServiceCreate "missing protocol"',
    reason: 'The test validates a port with protocol "" ("spec.ports[0].protocol: Required value"), an object without its defaults. On a real create '
      + 'SetDefaults_Service sets protocol "" to TCP first, and the API server accepts it; the rules judge the defaulted object (no error); '
      + 'TestSetDefaultServicePort "Defaulted" in kubernetes-service.cases.ts is the defaulting test\'s own case.',
  },
  {
    source: 'kubernetes/kubernetes pkg/apis/core/validation/validation_test.go TestValidateServiceCreate "sessionAffinityConfig can\'t be set when session affinity is None"',
    reason: 'The test validates sessionAffinity None with a sessionAffinityConfig ("must not be set when session affinity is None"), an object without its defaults. '
      + 'On a real create SetDefaults_Service drops sessionAffinityConfig when sessionAffinity is None (TestSetDefaultService asserts it), and the API server '
      + 'accepts the Service without it; the rules judge the defaulted object: no error, and K8S-SVC-030 warns that the timeout written has no effect.',
  },
];
