import { z } from 'zod';

// The e-licence library's wire format (packages/sandbox/CONTRACT.md), parsed strictly at the edge.
const status = z.enum(['valid', 'expired', 'revoked']);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}/);

export const rowWire = z.object({
  licence_id: z.string().min(1),
  type_code: z.string(),
  type_name: z.string(),
  licence_number_masked: z.string(),
  issuer: z.string(),
  issued_on: date,
  valid_until: date.nullable(),
  status,
});

export const documentWire = z.object({
  licence_id: z.string().min(1),
  type_code: z.string(),
  type_name: z.string(),
  holder_name: z.string(),
  holder_id_number: z.string(),
  licence_number: z.string(),
  issuer: z.string(),
  issued_on: date,
  valid_until: date.nullable(),
  status,
  surface: z.array(z.object({ label: z.string(), value: z.string() })),
});

export const sealWire = z.object({
  issuer: z.string(),
  key_id: z.string(),
  algorithm: z.string(),
  signed_at: z.string(),
  signature: z.string(),
});

// passthrough: the seal signs every member of the document, including any this version of the BFF does not read.
export const licenceWire = documentWire.extend({ seal: sealWire.nullable().optional() }).passthrough();

export const keysWire = z.object({
  keys: z.array(z.object({ key_id: z.string(), algorithm: z.string(), public_key_pem: z.string() })),
});
