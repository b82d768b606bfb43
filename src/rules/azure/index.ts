import { IRule } from '../rule';

/** Every rule the Azure controllers (cloud-provider-azure, AGIC) enforce. Filled by the Azure issue. */
export const AZURE_RULES: IRule[] = [];
