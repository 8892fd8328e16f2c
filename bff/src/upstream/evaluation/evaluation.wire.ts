import { z } from 'zod';

const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const caseState = z.enum([
  'VERIFYING',
  'RECTIFYING',
  'RECTIFIED',
  'FOLLOWED_UP',
  'APPEALING',
  'INVALID',
  'UNRECTIFIABLE_REVIEW',
  'UNRECTIFIABLE',
  'WITHDRAWN',
]);

export const caseEventWire = z.object({
  event_id: z.string().min(1).max(80),
  seq: z.number().int().min(1),
  kind: z.enum([
    'opened',
    'verified',
    'rectified',
    'answered',
    'followed_up',
    'reopened',
    'appealed',
    'appeal_decided',
    'unrectifiable_claimed',
    'unrectifiable_decided',
    'withdrawn',
  ]),
  state: caseState,
  at: z.string(),
  actor: z.object({
    role: z.enum(['system', 'office', 'reviewer', 'evaluator']),
    name: z.string().nullable(),
    office: z.string().nullable(),
  }),
  note: z.string().max(2000),
});

export const evaluationWire = z.object({
  evaluation_id: z.string().min(1).max(64),
  level,
  case: z
    .object({
      case_no: z.string().min(1).max(64),
      state: caseState,
      opened_at: z.string(),
      reopened: z.boolean(),
      answer: z.object({ satisfied: z.boolean(), via: z.enum(['evaluator', 'office']), at: z.string() }).nullable(),
      events: z.array(caseEventWire).max(200),
    })
    .nullable(),
});

export const evaluationCallbackWire = z.object({
  evaluation_id: z.string().min(1).max(64),
  case_no: z.string().min(1).max(64),
  event: caseEventWire,
});
