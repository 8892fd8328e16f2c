import type { PlaceFigures } from '@zsb/contracts';
import { Table, type TableColumnsType } from 'antd';
import { formatFigure } from '../lib/format';
import { PLACE_COLUMNS } from '../lib/report';

const byNumber = (key: keyof PlaceFigures) => (a: PlaceFigures, b: PlaceFigures) =>
  ((a[key] as number | null) ?? -1) - ((b[key] as number | null) ?? -1);

/** By township for a county (a row opens that township), by place inside a township. Every column sorts. */
export function PlacesTable({
  places,
  townships,
  onOpen,
}: {
  places: PlaceFigures[];
  townships: boolean;
  onOpen?: (row: PlaceFigures) => void;
}) {
  const columns: TableColumnsType<PlaceFigures> = [
    {
      key: 'name',
      dataIndex: 'name',
      title: townships ? '乡镇（街道）' : '服务点',
      fixed: 'left',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (name: string) => (townships ? <a className="e2e-place-open">{name}</a> : name),
    },
    ...PLACE_COLUMNS.map((c) => ({
      key: c.key,
      dataIndex: c.key,
      title: c.title,
      align: 'right' as const,
      sorter: byNumber(c.key),
      render: (v: number | null) => (c.key === 'activeRating' ? formatFigure(v, 'percent') : (v ?? '—')),
    })),
  ];
  return (
    <Table
      className="e2e-places"
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={places}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '没有可统计的服务点' }}
      onRow={(row) => ({
        onClick: () => onOpen?.(row),
        className: onOpen ? 'place-row-clickable e2e-place-row' : 'e2e-place-row',
      })}
    />
  );
}
