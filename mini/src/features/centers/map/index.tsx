import { PageShell } from '@/components/PageShell';
import { CenterMap } from '../components/CenterMap';
import '../centers.css';

/** 地图找办事点: the platform's map on WeChat and Alipay; on H5 the nearest centers with their distances. */
export default function CenterMapPage() {
  return (
    <PageShell className="ctr-page">
      <CenterMap />
    </PageShell>
  );
}
