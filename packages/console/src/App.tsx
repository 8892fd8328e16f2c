import type { AdminAreas, AdminMe } from '@zsb/contracts';
import {
  AuditOutlined,
  DashboardOutlined,
  InboxOutlined,
  LogoutOutlined,
  FileSearchOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { adminApi } from './api/admin';
import { onSignedOut, signOut } from './api/client';
import { completeSignInReturn, loadSession } from './api/session';
import { ErrorState } from './components/ErrorState';
import { NotAdmin } from './components/NotAdmin';
import { SignIn } from './components/SignIn';
import { scopeLabel } from './lib/format';
import { useHashPage, type Page } from './lib/route';
import { useLoad } from './lib/useLoad';
import { AuditPage } from './pages/AuditPage';
import { CentersPage } from './pages/CentersPage';
import { DashboardPage } from './pages/DashboardPage';
import { PeoplePage } from './pages/PeoplePage';
import { QueuesPage } from './pages/QueuesPage';
import { SearchGapsPage } from './pages/SearchGapsPage';

type Auth =
  { state: 'checking' } | { state: 'signedOut'; notice: string | null } | { state: 'signedIn'; round: number };

export function App() {
  const [auth, setAuth] = useState<Auth>({ state: 'checking' });

  useEffect(() => {
    let alive = true;
    void completeSignInReturn().then((back) => {
      if (!alive) return;
      if (back && !back.signedIn) setAuth({ state: 'signedOut', notice: back.problem });
      else setAuth(loadSession() ? { state: 'signedIn', round: 0 } : { state: 'signedOut', notice: null });
    });
    const off = onSignedOut((notice) => setAuth({ state: 'signedOut', notice }));
    return () => {
      alive = false;
      off();
    };
  }, []);

  const leave = async () => {
    await signOut();
    setAuth({ state: 'signedOut', notice: null });
  };

  if (auth.state === 'checking') return <Centered />;
  if (auth.state === 'signedOut') return <SignIn notice={auth.notice} />;
  return <Console key={auth.round} onSignOut={leave} />;
}

function Centered() {
  return (
    <div className="centered">
      <Spin size="large" />
    </div>
  );
}

function Console({ onSignOut }: { onSignOut: () => void }) {
  const me = useLoad(() => adminApi.me(), 'me');
  const areas = useLoad(me.data ? () => adminApi.areas() : null, me.data ? 'areas' : 'none');
  if (me.loading) return <Centered />;
  if (me.error?.code === 'ADMIN_ONLY') return <NotAdmin message={me.error.message} onSignOut={onSignOut} />;
  if (me.error || !me.data)
    return (
      <div className="centered">
        <ErrorState error={me.error!} onRetry={me.reload} />
      </div>
    );
  return <Shell me={me.data} areas={areas} onSignOut={onSignOut} />;
}

function Shell({
  me,
  areas,
  onSignOut,
}: {
  me: AdminMe;
  areas: ReturnType<typeof useLoad<AdminAreas>>;
  onSignOut: () => void;
}) {
  const [page, go] = useHashPage();
  // 搜索缺口 and 审计日志 are the county admins' (canReadAudit is true exactly for them).
  const shown: Page = (page === 'audit' || page === 'search-gaps') && !me.canReadAudit ? 'dashboard' : page;
  const items = [
    { key: 'dashboard', icon: <DashboardOutlined />, label: '达标看板', className: 'e2e-menu-dashboard' },
    { key: 'centers', icon: <ShopOutlined />, label: '中心与服务', className: 'e2e-menu-centers' },
    { key: 'queues', icon: <InboxOutlined />, label: '工作队列', className: 'e2e-menu-queues' },
    ...(me.canReadAudit
      ? [{ key: 'search-gaps', icon: <FileSearchOutlined />, label: '搜索缺口', className: 'e2e-menu-search-gaps' }]
      : []),
    { key: 'people', icon: <TeamOutlined />, label: '人员与角色', className: 'e2e-menu-people' },
    ...(me.canReadAudit
      ? [{ key: 'audit', icon: <AuditOutlined />, label: '审计日志', className: 'e2e-menu-audit' }]
      : []),
  ];
  return (
    <Layout className="shell">
      <Layout.Sider width={200} theme="dark" className="shell-sider">
        <div className="brand">
          掌上办
          <small>运营管理后台</small>
        </div>
        <Menu theme="dark" mode="inline" selectedKeys={[shown]} items={items} onClick={(e) => go(e.key as Page)} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="shell-header">
          <Typography.Text strong className="header-title">
            便民服务进基层 · 掌上办
          </Typography.Text>
          <Space size="middle" className="header-user">
            <span className="e2e-me-name">{me.name}</span>
            <Space size={4} wrap className="e2e-me-roles">
              {me.scopes.map((s) => (
                <Tag key={`${s.role}-${s.centerId ?? s.county}`} color="blue">
                  {scopeLabel(s)}
                </Tag>
              ))}
            </Space>
            <Button icon={<LogoutOutlined />} onClick={onSignOut} className="e2e-sign-out">
              退出
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="shell-content">
          {areas.loading ? (
            <Centered />
          ) : areas.error || !areas.data ? (
            <ErrorState error={areas.error!} onRetry={areas.reload} />
          ) : shown === 'dashboard' ? (
            <DashboardPage areas={areas.data} />
          ) : shown === 'centers' ? (
            <CentersPage areas={areas.data} />
          ) : shown === 'queues' ? (
            <QueuesPage areas={areas.data} />
          ) : shown === 'search-gaps' ? (
            <SearchGapsPage />
          ) : shown === 'people' ? (
            <PeoplePage me={me} areas={areas.data} />
          ) : (
            <AuditPage areas={areas.data} />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
