import { z } from 'zod';

// The provincial platform's wire format (packages/sandbox/CONTRACT.md). Parsed strictly at the edge: an answer
// that does not match is an upstream fault, never a half-filled guide.

const text = z.string();
const flag = z.enum(['0', '1']);

export const versionWire = z.object({ version: text.min(1), updated_at: text, task_total: z.number().int() });

export const taskBriefWire = z.object({ task_code: text, task_name: text, updated_at: text });

export const pageWire = <T extends z.ZodType>(row: T) =>
  z.object({
    version: text,
    page_no: z.number().int(),
    page_size: z.number().int(),
    total: z.number().int().min(0),
    rows: z.array(row),
  });

export const materialWire = z.object({
  material_name: text.min(1),
  is_need: flag,
  material_format: z.enum(['1', '2', '3', '4']),
  page_num: z.number().int().min(0),
  remark: text.nullable(),
  cert_type_code: text.nullable(),
  cert_type_name: text.nullable(),
  cert_issuer: text.nullable(),
});

export const taskWire = z.object({
  task_code: text.min(1),
  task_name: text.min(1),
  task_type: text.min(1),
  theme_type_code: text.min(1),
  theme_type_name: text.min(1),
  dept_name: text,
  use_level: text,
  online_depth: z.enum(['1', '2', '3', '4']),
  service_type: z.enum(['1', '2']),
  anticipate_day: z.number().int().min(0),
  promise_day: z.number().int().min(0),
  limit_scene_num: z.number().int().min(0),
  by_law: z.array(text),
  accept_condition: z.array(text),
  materials: z.array(materialWire),
  process: z.array(z.object({ step_name: text, step_desc: text })),
  is_charge: flag,
  charge_desc: text,
  transact_addr: z.array(text),
  link_tel: text.nullable(),
  supervise_tel: text.nullable(),
  popularity: z.number().min(0),
  sample_fields: z.array(text),
  source_name: text,
  source_url: text.nullable(),
  updated_at: text,
});

export const themeWire = z.object({
  theme_id: text.min(1),
  theme_name: text.min(1),
  theme_desc: text,
  task_codes: z.array(text),
  promise_day: z.number().int().min(0),
  limit_scene_num: z.number().int().min(0),
});

const hhmm = text.regex(/^\d{2}:\d{2}$/);

export const centerWire = z.object({
  center_id: text.min(1),
  center_name: text.min(1),
  center_kind: z.enum(['1', '2', '3', '4']),
  level: z.enum(['2', '3', '4']),
  division_code: text,
  county_name: text,
  township_name: text,
  address: text,
  gcj02_lng: z.number().min(-180).max(180),
  gcj02_lat: z.number().min(-90).max(90),
  tel: text.nullable(),
  window_count: z.number().int().min(0),
  // A weekday may appear in several entries (延时服务: a late evening beside the usual hours); it is open in
  // the ranges of every entry that lists it.
  work_time: z.array(
    z.object({
      weekday: z.array(z.number().int().min(1).max(7)),
      am: z.tuple([hhmm, hhmm]).nullable(),
      pm: z.tuple([hhmm, hhmm]).nullable(),
    }),
  ),
  task_codes: z.array(text),
});

export type TaskWire = z.infer<typeof taskWire>;
export type ThemeWire = z.infer<typeof themeWire>;
export type CenterWire = z.infer<typeof centerWire>;
