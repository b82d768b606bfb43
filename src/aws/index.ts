export * from './enums';
export * from './subnets';
export * from './health-check-port';
export * from './nlb-options';
export * from './classic-options';
export * from './aws-nlb-service';
export * from './aws-classic-load-balancer-service';
