export * from './managed-annotation';
export * from './enums';
export * from './service-port';
export * from './judged-resource';
export * from './load-balancer-service';
export * from './port-reference';
