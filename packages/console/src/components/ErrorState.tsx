import { Button, Result } from 'antd';
import type { ApiError } from '../api/client';

/** An error in place of the content: 服务暂时不可用 with 重试 when the service is down, else the server's message. */
export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const retry = onRetry ? (
    <Button type="primary" onClick={onRetry} className="e2e-retry">
      重试
    </Button>
  ) : null;
  if (error.unavailable)
    return (
      <Result
        status="warning"
        className="e2e-unavailable"
        title="服务暂时不可用"
        subTitle={error.status === 0 ? error.message : '请稍后重试。如果一直这样，请联系运维人员。'}
        extra={retry}
      />
    );
  return (
    <Result
      status={error.status === 404 ? '404' : error.status === 403 ? '403' : 'error'}
      className="e2e-error"
      title={error.message}
      subTitle={error.requestId ? `请求编号 ${error.requestId}` : undefined}
      extra={retry}
    />
  );
}
