import type { StaffReviewCase } from '@zsb/contracts';
import { staffApi } from '@/api/staff';
import { StaffCaseCard } from '../components/StaffCaseCard';
import { StaffQueuePage } from '../components/StaffQueuePage';
import '../staff.css';

const load = () => staffApi.reviews();

/**
 * 差评整改: the open bad reviews of the clerk's centers, overdue first as the server orders them, and for each the
 * step it waits for: 核实 or 申诉, 整改 or 无法整改, then 回访. The resident sees every step in their 我的评价.
 */
export default function StaffReviewsPage() {
  return (
    <StaffQueuePage<StaffReviewCase>
      queueKey="staff-reviews"
      load={load}
      hook="e2e-staff-reviews"
      title="差评整改"
      hint="超期的排在最前面。每一步群众都能在“我的评价”里看到。"
      notStaffHint="差评整改给便民服务中心的工作人员用。要看自己评价的办理进度，请打开“我的 › 我的评价”"
      empty="现在没有要办理的差评。"
      item={(item, queue) => <StaffCaseCard key={item.id} item={item} onDone={queue.replace} />}
    />
  );
}
