import type { StaffFeedback } from '@zsb/contracts';
import { staffFeedbackApi } from '@/api/feedback';
import { StaffFeedbackCard } from '../components/StaffFeedbackCard';
import { StaffQueuePage } from '../components/StaffQueuePage';
import '../staff.css';

const load = () => staffFeedbackApi.list();

/**
 * 反映和咨询: the open 办不成事 cases and questions of the clerk's centers, in the server's order (overdue first), with
 * 记录办理情况 and 书面答复. The resident sees every step in 我的反映.
 */
export default function StaffFeedbackPage() {
  return (
    <StaffQueuePage<StaffFeedback>
      queueKey="staff-feedback"
      load={load}
      hook="e2e-staff-feedback"
      title="反映和咨询"
      hint="超期的排在最前面。记录的办理情况和书面答复，群众都能在“我的反映”里看到。"
      notStaffHint="反映和咨询给便民服务中心的工作人员用。要看自己反映的办理进度，请打开“我的 › 我的反映”"
      empty="现在没有要办理的反映和咨询。"
      item={(item, queue) => (
        <StaffFeedbackCard key={item.id} item={item} onDone={queue.replace} onStale={queue.reload} />
      )}
    />
  );
}
