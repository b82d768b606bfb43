import { defineRule, violation } from '../define';
import { show } from '../manifest';
import { Severity } from '../rule';

/** The API version an Ingress is served at on every Kubernetes version the library judges (1.26+). */
const INGRESS_V1 = 'networking.k8s.io/v1';

export const servedApiVersion = defineRule({
  id: 'K8S-ING-008',
  severity: Severity.ERROR,
  title: 'an Ingress is networking.k8s.io/v1',
  description: 'extensions/v1beta1 and networking.k8s.io/v1beta1 Ingresses were removed in Kubernetes 1.22: every API server from 1.22 refuses them ("no matches for kind \\"Ingress\\" in version ..."). The v1 schema also renames the backend fields (serviceName/servicePort become service.name/service.port) and requires pathType.',
  fix: 'Use apiVersion: networking.k8s.io/v1, with backend.service.name, backend.service.port.number (or .name) and a pathType on every path.',
  docs: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/#ingress-v122',
  kinds: ['Ingress'],
  follows: 'the API versions kube-apiserver serves for Ingress: networking.k8s.io/v1 only, from Kubernetes 1.22 (no validation function: an unserved version is refused before it)',
}, (m) => (m.apiVersion === INGRESS_V1 ? [] : [violation('apiVersion',
  `${show(m.apiVersion)} is not served for an Ingress by any Kubernetes version from 1.22 on: the API server has no such resource.`,
  `Use apiVersion: ${INGRESS_V1} (backend.service.name and backend.service.port, a pathType on every path).`)]));

const CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

export const deprecatedClassAnnotation = defineRule({
  id: 'K8S-ING-010',
  severity: Severity.WARNING,
  title: 'no deprecated kubernetes.io/ingress.class annotation',
  description: `The API server answers an Ingress that sets the ${CLASS_ANNOTATION} annotation with a warning ("annotation \\"${CLASS_ANNOTATION}\\" is deprecated, please use 'spec.ingressClassName' instead"): spec.ingressClassName, naming an IngressClass, replaces it. Controllers that predate IngressClass still need the annotation: acknowledge the warning then.`,
  fix: 'Set spec.ingressClassName to the IngressClass of your controller and remove the annotation.',
  docs: 'https://kubernetes.io/docs/concepts/services-networking/ingress/#deprecated-annotation',
  kinds: ['Ingress'],
  follows: 'GetWarningsForIngress (pkg/api/ingress/util.go)',
}, (m) => {
  const value = m?.metadata?.annotations?.[CLASS_ANNOTATION];
  if (value === undefined) return [];
  return [violation(`metadata.annotations[${CLASS_ANNOTATION}]`, `${show(value)}: the annotation is deprecated and the API server warns about it; spec.ingressClassName replaces it.`,
    'Set spec.ingressClassName (e.g. azure-application-gateway for AGIC) and remove the annotation; acknowledge if your controller predates IngressClass.',
    'Use ingressClass: ApplicationGatewayIngressClass.INGRESS_CLASS_NAME (the default), or acknowledge K8S-ING-010 if your AGIC predates IngressClass.')];
});

export const API_VERSION_RULES = [servedApiVersion, deprecatedClassAnnotation];
