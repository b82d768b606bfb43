import { key, lbService } from '../../helpers';

export const GUID_A = '11111111-2222-3333-4444-555555555555';
export const GUID_B = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

/** A public Azure LoadBalancer Service (its Azure-ness comes from the annotations given). */
export function publicSvc(annotations: { [key: string]: string }, spec: any = {}): any {
  return lbService({ metadata: { annotations }, spec });
}

/** An internal Azure LoadBalancer Service. */
export function internalSvc(annotations: { [key: string]: string } = {}, spec: any = {}): any {
  return publicSvc({ [key('azure-load-balancer-internal')]: 'true', ...annotations }, spec);
}

/** An internal Service with a Private Link Service named `pls`. */
export function plsSvc(annotations: { [key: string]: string } = {}, spec: any = {}): any {
  return internalSvc({ [key('azure-pls-create')]: 'true', [key('azure-pls-name')]: 'pls', ...annotations }, spec);
}

/** An AGIC Ingress (ingressClassName form) routing a.example.com/ to web:80. */
export function agicIngress(annotations: { [key: string]: string } = {}, spec: any = {}): any {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'web', namespace: 'default', annotations },
    spec: {
      ingressClassName: 'azure-application-gateway',
      rules: [{ host: 'a.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }],
      ...spec,
    },
  };
}
