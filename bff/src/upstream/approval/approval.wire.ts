import { z } from 'zod';

export const approvalStatusWire = z.enum([
  'SUBMITTED',
  'PRE_REVIEW',
  'ACCEPTED',
  'REJECTED',
  'NEED_SUPPLEMENT',
  'IN_REVIEW',
  'DECIDED',
  'COMPLETED',
  'DELIVERED',
]);

export const receiptWire = z.object({
  application_no: z.string().min(1).max(64),
  query_code: z.string().min(4).max(16),
  accepted_at: z.string(),
});

const supplementWire = z
  .object({
    request_id: z.string().min(1),
    items: z.array(
      z.object({ key: z.string(), label: z.string(), kind: z.enum(['field', 'material']), reason: z.string() }),
    ),
  })
  .nullable();

export const eventWire = z.object({
  event_id: z.string().min(1),
  seq: z.number().int().min(1),
  status: approvalStatusWire,
  at: z.string(),
  office: z.string().nullable(),
  note: z.string().nullable(),
  supplement: supplementWire.optional().default(null),
});

export const recordWire = z.object({
  application_no: z.string(),
  status: approvalStatusWire,
  events: z.array(eventWire),
});

/** The body of a status callback the platform pushes. */
export const callbackWire = eventWire.extend({ application_no: z.string().min(1).max(64) });

export type EventWire = z.infer<typeof eventWire>;
