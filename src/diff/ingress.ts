import { ChangeEffect } from './change';
import { ChangeCheck, ChangeMeta, defineChange } from './detected';
import { twinProcedure } from './procedures';
import { code, nameOf } from './values';
import { AlbKeys } from '../aws/model/keys';
import { AgicKeys, INGRESS_CLASS_ANNOTATION } from '../azure/model/keys';
import { parseGoBool } from '../rules/go';
import { annotationPath, annotationsOf, kindOf, specOf } from '../rules/manifest';

/**
 * Ingress changes that move the routes to another load balancer or address: another ingress class (another
 * controller), AGIC's private/public frontend, the AWS Load Balancer Controller's ALB scheme and group.
 */

const ALB_DOCS = 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/';

function bothIngresses(before: unknown, after: unknown): boolean {
  return kindOf(before) === 'Ingress' && kindOf(after) === 'Ingress';
}

function ingressProcedure(manifest: unknown): string {
  return twinProcedure(nameOf(manifest)).replace(/Service/g, 'Ingress');
}

function ingressClassOf(manifest: unknown): string | undefined {
  const fromAnnotation = annotationsOf(manifest)[INGRESS_CLASS_ANNOTATION];
  if (fromAnnotation !== undefined) return fromAnnotation;
  const fromSpec = specOf(manifest).ingressClassName;
  return typeof fromSpec === 'string' ? fromSpec : undefined;
}

export const ingressClassChanged = defineChange({
  id: 'DIFF-ING-CLASS',
  effect: ChangeEffect.NEW_LOAD_BALANCER,
  controller: 'Ingress controllers',
  title: `ingress class (\`spec.ingressClassName\` or ${code(INGRESS_CLASS_ANNOTATION)})`,
  docs: 'https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-class',
}, (before, after) => {
  if (!bothIngresses(before, after)) return [];
  const oldClass = ingressClassOf(before);
  const newClass = ingressClassOf(after);
  if (oldClass === newClass) return [];
  return [{
    path: annotationsOf(after)[INGRESS_CLASS_ANNOTATION] === undefined ? 'spec.ingressClassName' : annotationPath(INGRESS_CLASS_ANNOTATION),
    oldValue: oldClass,
    newValue: newClass,
    message: 'the ingress class changes: the old controller removes the routes and another controller serves them on its own address.',
    procedure: twinProcedure(nameOf(after), 'the routes on the new controller'),
  }];
});

/**
 * A change of one Ingress annotation that moves the routes. `effective` is the value as the controller reads it, so
 * that an absent key and its default compare equal.
 */
function ingressKeyChange(meta: ChangeMeta, key: string, why: string, effective: (value: string | undefined) => string): ChangeCheck {
  return defineChange(meta, (before, after) => {
    if (!bothIngresses(before, after)) return [];
    const oldValue = effective(annotationsOf(before)[key]);
    const newValue = effective(annotationsOf(after)[key]);
    if (oldValue === newValue) return [];
    return [{ path: annotationPath(key), oldValue, newValue, message: `${why}.`, procedure: ingressProcedure(after) }];
  });
}

/** AGIC reads the flag with Go's ParseBool; a value it cannot parse is false, the public frontend. */
export const agicPrivateIpChanged = ingressKeyChange({
  id: 'DIFF-AGIC-PRIVATE-IP',
  effect: ChangeEffect.NEW_FRONTEND,
  controller: 'Application Gateway Ingress Controller',
  title: `AGIC ${code(AgicKeys.USE_PRIVATE_IP)}`,
  docs: 'https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#use-private-ip',
}, AgicKeys.USE_PRIVATE_IP,
'the listeners move between the public and the private frontend IP of the Application Gateway: clients must use the other address',
(v) => (v !== undefined && parseGoBool(v) === true ? 'private' : 'public'));

export const albSchemeChanged = ingressKeyChange({
  id: 'DIFF-ALB-SCHEME',
  effect: ChangeEffect.NEW_LOAD_BALANCER,
  controller: 'AWS Load Balancer Controller',
  title: `ALB ${code(AlbKeys.SCHEME)}`,
  docs: `${ALB_DOCS}#scheme`,
}, AlbKeys.SCHEME, 'the ALB scheme changes: the controller deletes the ALB and creates a new one with a new DNS name', (v) => v ?? 'internal');

export const albGroupChanged = ingressKeyChange({
  id: 'DIFF-ALB-GROUP',
  effect: ChangeEffect.NEW_LOAD_BALANCER,
  controller: 'AWS Load Balancer Controller',
  title: `ALB ${code(AlbKeys.GROUP_NAME)}`,
  docs: `${ALB_DOCS}#group.name`,
}, AlbKeys.GROUP_NAME, 'the Ingress moves to another IngressGroup, that is another ALB with another DNS name', (v) => v ?? '(no group)');

export const INGRESS_CHECKS: ChangeCheck[] = [ingressClassChanged, agicPrivateIpChanged, albSchemeChanged, albGroupChanged];
