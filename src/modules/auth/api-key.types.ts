export const API_KEY_ROLES = ['reader', 'editor', 'admin'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** reader < editor < admin */
export const ROLE_RANK: Record<ApiKeyRole, number> = { reader: 1, editor: 2, admin: 3 };

export interface Principal {
  keyId: number;
  name: string;
  role: ApiKeyRole;
}

export interface StoredApiKey {
  id: number;
  name: string;
  keyHash: string;
  role: ApiKeyRole;
  revoked: boolean;
}
