import { APPGW_PREFIX, INGRESS_CLASS_ANNOTATION, AGIC_CLASS_ANNOTATION_VALUE, AGIC_INGRESS_CLASS_NAME } from './keys';
import { ScopeModel, THE_CONTROLLER } from '../../rules/define';
import { annotationsOf, derived, kindOf, specOf } from '../../rules/manifest';

/** Whether an Ingress is AGIC's: it names the AGIC class in either form, or carries an `appgw.ingress.kubernetes.io/` key. */
export function isAgicIngress(manifest: unknown): boolean {
  return derived('isAgicIngress', manifest, agicIngress);
}

function agicIngress(manifest: unknown): boolean {
  if (kindOf(manifest) !== 'Ingress') return false;
  const annotations = annotationsOf(manifest);
  const className = specOf(manifest).ingressClassName;
  return Object.keys(annotations).some((key) => key.startsWith(APPGW_PREFIX))
    || [AGIC_CLASS_ANNOTATION_VALUE, AGIC_INGRESS_CLASS_NAME].includes(annotations[INGRESS_CLASS_ANNOTATION] ?? '')
    || className === AGIC_CLASS_ANNOTATION_VALUE || className === AGIC_INGRESS_CLASS_NAME;
}

/** Ingresses for the Application Gateway Ingress Controller. */
export const AGIC_INGRESSES: ScopeModel = {
  name: 'agic',
  reconcilesOnlyWith: 'agic',
  owns: isAgicIngress,
  reconcilersOf: (_manifest, cluster) => (cluster.runs('agic') === false ? [] : THE_CONTROLLER),
};
