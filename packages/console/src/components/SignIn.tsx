import { LoginOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { startSignIn } from '../api/session';

export function SignIn({ notice }: { notice: string | null }) {
  return (
    <div className="centered signin">
      <Card className="signin-card">
        <Typography.Title level={3}>掌上办 · 运营管理后台</Typography.Title>
        <Typography.Paragraph type="secondary">
          供县级管理员和便民服务中心管理员使用：查看达标情况，管理人员与角色。
        </Typography.Paragraph>
        {notice && <Alert type="warning" showIcon title={notice} className="signin-notice e2e-signin-notice" />}
        <Button
          type="primary"
          size="large"
          icon={<LoginOutlined />}
          block
          onClick={startSignIn}
          className="e2e-sign-in"
        >
          通过河南政务服务统一身份认证登录
        </Button>
      </Card>
    </div>
  );
}
