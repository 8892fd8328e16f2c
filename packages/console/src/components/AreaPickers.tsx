import type { AdminAreas } from '@zsb/contracts';
import { Select } from 'antd';
import { placesOf } from '../lib/areas';

// The area pickers every page's toolbar has: a county of the caller's, then a township or a place of it. Choosing
// another county clears the narrower choice (the page does that in its onChange).

export function CountySelect(props: {
  areas: AdminAreas;
  value: string;
  onChange: (county: string) => void;
  className?: string;
}) {
  return (
    <Select
      className={props.className}
      value={props.value}
      style={{ width: 140 }}
      options={props.areas.counties.map((c) => ({ value: c.name, label: c.name }))}
      onChange={props.onChange}
      aria-label="县（市、区）"
    />
  );
}

export function TownshipSelect(props: {
  townships: { name: string }[];
  value: string | null;
  /** What "no township" reads as: 全县（按乡镇）, 全部乡镇（街道） … */
  allLabel: string;
  onChange: (township: string | null) => void;
  className?: string;
}) {
  return (
    <Select
      className={props.className}
      value={props.value ?? ''}
      style={{ width: 180 }}
      options={[
        { value: '', label: props.allLabel },
        ...props.townships.map((t) => ({ value: t.name, label: t.name })),
      ]}
      onChange={(v) => props.onChange(v || null)}
      aria-label="乡镇（街道）"
      showSearch
    />
  );
}

export function PlaceSelect(props: {
  areas: AdminAreas;
  county: string;
  value: string | null;
  onChange: (centerId: string | null) => void;
  className?: string;
}) {
  return (
    <Select
      className={props.className}
      value={props.value ?? ''}
      style={{ width: 260 }}
      showSearch
      optionFilterProp="label"
      options={[
        { value: '', label: '全部服务点' },
        ...placesOf(props.areas, props.county).map((p) => ({ value: p.id, label: `${p.township} · ${p.name}` })),
      ]}
      onChange={(v) => props.onChange(v || null)}
      aria-label="服务点"
    />
  );
}
