import type { Delivery } from '@zsb/contracts';

/** A material as stored: the answer plus, for a licence, its type (the platform wants it). */
export type StoredMaterial =
  { kind: 'licence'; licenceId: string; typeCode: string } | { kind: 'upload'; uploadIds: string[] };

/** Form values and delivery as stored (encrypted). */
export interface StoredPayload {
  values: Record<string, string>;
  delivery: Delivery | null;
}
