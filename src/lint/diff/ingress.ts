import { ChangeEffect } from './change';
import { ChangeCheck, DetectedChange } from './detected';
import { twinProcedure } from './procedures';
import { annotation, nameOf } from './values';
import { kindOf, specOf } from '../../rules/manifest';

/**
 * Ingress changes that move the routes to another load balancer or address: another ingress class (another
 * controller), AGIC's private/public frontend, the AWS Load Balancer Controller's ALB scheme and group.
 */

interface IngressKey {
  readonly changeId: string;
  readonly key: string;
  readonly controller: string;
  readonly effect: ChangeEffect;
  readonly why: string;
  readonly docs: string;
  /** The value as the controller reads it, so that an absent key and its default compare equal. */
  readonly effective: (value: string | undefined) => string;
}

const INGRESS_KEYS: IngressKey[] = [
  {
    changeId: 'DIFF-AGIC-PRIVATE-IP',
    key: 'appgw.ingress.kubernetes.io/use-private-ip',
    controller: 'Application Gateway Ingress Controller',
    effect: ChangeEffect.NEW_FRONTEND,
    why: 'the listeners move between the public and the private frontend IP of the Application Gateway: clients must use the other address',
    docs: 'https://azure.github.io/application-gateway-kubernetes-ingress/annotations/#use-private-ip',
    effective: (v) => (v === 'true' ? 'private' : 'public'),
  },
  {
    changeId: 'DIFF-ALB-SCHEME',
    key: 'alb.ingress.kubernetes.io/scheme',
    controller: 'AWS Load Balancer Controller',
    effect: ChangeEffect.NEW_LOAD_BALANCER,
    why: 'the ALB scheme changes: the controller deletes the ALB and creates a new one with a new DNS name',
    docs: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#scheme',
    effective: (v) => v ?? 'internal',
  },
  {
    changeId: 'DIFF-ALB-GROUP',
    key: 'alb.ingress.kubernetes.io/group.name',
    controller: 'AWS Load Balancer Controller',
    effect: ChangeEffect.NEW_LOAD_BALANCER,
    why: 'the Ingress moves to another IngressGroup, that is another ALB with another DNS name',
    docs: 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#group.name',
    effective: (v) => v ?? '(no group)',
  },
];

function ingressClassOf(manifest: unknown): string | undefined {
  const fromAnnotation = annotation(manifest, 'kubernetes.io/ingress.class');
  if (fromAnnotation !== undefined) return fromAnnotation;
  const fromSpec = specOf(manifest).ingressClassName;
  return typeof fromSpec === 'string' ? fromSpec : undefined;
}

export const ingressMoved: ChangeCheck = (before, after) => {
  if (kindOf(before) !== 'Ingress' || kindOf(after) !== 'Ingress') return [];
  const out: DetectedChange[] = [];
  const oldClass = ingressClassOf(before);
  const newClass = ingressClassOf(after);
  if (oldClass !== newClass) {
    out.push({
      changeId: 'DIFF-ING-CLASS',
      effect: ChangeEffect.NEW_LOAD_BALANCER,
      controller: 'Ingress controllers',
      path: annotation(after, 'kubernetes.io/ingress.class') === undefined
        ? 'spec.ingressClassName'
        : 'metadata.annotations[kubernetes.io/ingress.class]',
      oldValue: oldClass,
      newValue: newClass,
      message: 'the ingress class changes: the old controller removes the routes and another controller serves them on its own address.',
      procedure: twinProcedure(nameOf(after), 'the routes on the new controller'),
      docs: 'https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-class',
    });
  }
  for (const k of INGRESS_KEYS) {
    const oldValue = k.effective(annotation(before, k.key));
    const newValue = k.effective(annotation(after, k.key));
    if (oldValue === newValue) continue;
    out.push({
      changeId: k.changeId,
      effect: k.effect,
      controller: k.controller,
      path: `metadata.annotations[${k.key}]`,
      oldValue,
      newValue,
      message: `${k.why}.`,
      procedure: twinProcedure(nameOf(after)).replace(/Service/g, 'Ingress'),
      docs: k.docs,
    });
  }
  return out;
};

export const INGRESS_CHECKS: ChangeCheck[] = [ingressMoved];
