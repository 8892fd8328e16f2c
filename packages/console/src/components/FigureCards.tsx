import type { IndicatorFigure, TargetFigure } from '@zsb/contracts';
import { Card, Tag, Typography } from 'antd';
import { formatFigure, formatThreshold, MET_LABEL, metState } from '../lib/format';
import { TrendChart } from './TrendChart';

const MET_COLOR = { met: 'success', unmet: 'error', none: 'default' } as const;

export function TargetCard({ target, onOpen }: { target: TargetFigure; onOpen: () => void }) {
  const state = metState(target.met);
  return (
    <Card
      hoverable
      size="small"
      className={`figure-card figure-${state} e2e-target e2e-target-${target.key}`}
      onClick={onOpen}
      role="button"
      tabIndex={0}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onOpen()}
    >
      <div className="figure-head">
        <span className="figure-name">{target.name}</span>
        <Tag color={MET_COLOR[state]} className="e2e-target-met">
          {MET_LABEL[state]}
        </Tag>
      </div>
      <div className="figure-values">
        <span className="figure-actual e2e-target-actual">{formatFigure(target.actual, target.unit)}</span>
        <span className="figure-threshold">标准 {formatThreshold(target)}</span>
      </div>
      <TrendChart trend={target.trend} unit={target.unit} threshold={target.threshold} />
      <Typography.Text type="secondary" className="figure-rule">
        {target.rule}
      </Typography.Text>
    </Card>
  );
}

export function IndicatorCard({ indicator, onOpen }: { indicator: IndicatorFigure; onOpen: () => void }) {
  return (
    <Card
      hoverable
      size="small"
      className={`indicator-card e2e-indicator e2e-indicator-${indicator.key}`}
      onClick={onOpen}
      role="button"
      tabIndex={0}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onOpen()}
      title={<span title={indicator.rule}>{indicator.name}</span>}
    >
      <span className="indicator-actual e2e-indicator-actual">{formatFigure(indicator.actual, indicator.unit)}</span>
      <TrendChart trend={indicator.trend} unit={indicator.unit} height={48} />
    </Card>
  );
}
