export * from './health-probe';
export * from './azure-internal-load-balancer-service';
export * from './azure-load-balancer-service';
export * from './private-link-visibility';
export * from './private-link-service';
export * from './application-gateway-options';
export * from './application-gateway-backend';
export * from './application-gateway-ingress';
