import { Button, Result } from 'antd';

/** 403 ADMIN_ONLY: a signed-in resident who is neither a county nor a center admin. */
export function NotAdmin({ message, onSignOut }: { message: string; onSignOut: () => void }) {
  return (
    <div className="centered">
      <Result
        status="403"
        className="e2e-not-admin"
        title="运营管理后台仅供县级管理员和中心管理员使用"
        subTitle={message}
        extra={
          <Button type="primary" onClick={onSignOut} className="e2e-sign-out">
            退出，换个账号登录
          </Button>
        }
      />
    </div>
  );
}
