import type { AdminAreas, AdminMe, AdminRole, PersonGrant } from '@zsb/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { adminApi } from '../api/admin';
import { ApiError } from '../api/client';
import { ErrorState } from '../components/ErrorState';
import { grantableCounties, grantablePlaces, grantableRoles } from '../lib/areas';
import { CountySelect, PlaceSelect } from '../components/AreaPickers';
import { formatTime, isPhone, ROLE_NAME, uuid } from '../lib/format';
import { useLoad } from '../lib/useLoad';

interface GrantForm {
  phone: string;
  role: AdminRole;
  county?: string;
  centerId?: string;
}

export function PeoplePage({ me, areas }: { me: AdminMe; areas: AdminAreas }) {
  const { message } = App.useApp();
  const [county, setCounty] = useState(areas.counties[0]?.name ?? '');
  const [centerId, setCenterId] = useState<string | null>(null);
  const people = useLoad(county ? () => adminApi.people(county, centerId) : null, `${county}|${centerId}`);
  const [revoking, setRevoking] = useState<string | null>(null);

  const revoke = async (p: PersonGrant) => {
    setRevoking(p.id);
    try {
      await adminApi.revoke(p.id);
      message.success(`已撤销 ${p.name} 的${ROLE_NAME[p.role]}角色`);
      people.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '撤销没有成功，请重试');
    } finally {
      setRevoking(null);
    }
  };

  return (
    <div className="people">
      <div className="toolbar">
        <Typography.Title level={4} className="page-title">
          人员与角色
        </Typography.Title>
        <Space wrap>
          <CountySelect
            areas={areas}
            value={county}
            onChange={(v) => {
              setCounty(v);
              setCenterId(null);
            }}
          />
          <PlaceSelect
            className="e2e-people-center"
            areas={areas}
            county={county}
            value={centerId}
            onChange={setCenterId}
          />
        </Space>
      </div>
      <GrantCard me={me} areas={areas} onGranted={people.reload} />
      {people.error ? (
        <ErrorState error={people.error} onRetry={people.reload} />
      ) : (
        <Table<PersonGrant>
          className="e2e-people"
          size="middle"
          rowKey="id"
          loading={people.loading}
          dataSource={people.data?.items ?? []}
          locale={{ emptyText: '这里还没有授予过角色' }}
          pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (t) => `共 ${t} 人次` }}
          onRow={(p) => ({ className: `e2e-person e2e-person-${p.role}` })}
          columns={[
            { key: 'name', dataIndex: 'name', title: '姓名' },
            { key: 'phone', dataIndex: 'phone', title: '手机号' },
            { key: 'role', dataIndex: 'role', title: '角色', render: (r: AdminRole) => ROLE_NAME[r] },
            { key: 'county', dataIndex: 'county', title: '县（市、区）' },
            { key: 'center', dataIndex: 'centerName', title: '服务点', render: (v: string | null) => v ?? '全县' },
            { key: 'at', dataIndex: 'grantedAt', title: '授予时间', render: (v: string) => formatTime(v) },
            {
              key: 'actions',
              title: '操作',
              render: (_, p) => (
                <Popconfirm
                  title={`撤销 ${p.name} 的${ROLE_NAME[p.role]}角色？`}
                  description="撤销后此人立即失去相应权限，操作会记入审计日志。"
                  okText="撤销"
                  okButtonProps={{ danger: true, className: 'e2e-revoke-confirm' }}
                  cancelText="取消"
                  onConfirm={() => revoke(p)}
                >
                  <Button danger size="small" loading={revoking === p.id} className="e2e-revoke">
                    撤销
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}

function GrantCard({ me, areas, onGranted }: { me: AdminMe; areas: AdminAreas; onGranted: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<GrantForm>();
  const roles = grantableRoles(me);
  const role = Form.useWatch('role', form);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const counties = useMemo(() => (role ? grantableCounties(me, role) : []), [me, role]);
  const places = useMemo(() => (role ? grantablePlaces(me, areas, role) : []), [me, areas, role]);

  if (roles.length === 0) return null;

  const submit = async (values: GrantForm) => {
    setSaving(true);
    setProblem(null);
    try {
      const body =
        values.role === 'countyAdmin'
          ? { phone: values.phone.trim(), role: values.role, county: values.county }
          : { phone: values.phone.trim(), role: values.role, centerId: values.centerId };
      const granted = await adminApi.grant(body, uuid());
      message.success(`已授予 ${granted.name} ${ROLE_NAME[granted.role]}角色`);
      form.resetFields(['phone']);
      onGranted();
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : '授予没有成功，请重试');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title="授予角色" className="grant-card e2e-grant">
      <Form<GrantForm>
        form={form}
        layout="inline"
        onFinish={submit}
        initialValues={{ role: roles.includes('staff') ? 'staff' : roles[0] }}
        onValuesChange={(changed) => {
          if ('role' in changed) form.setFieldsValue({ county: undefined, centerId: undefined });
          setProblem(null);
        }}
      >
        <Form.Item
          name="phone"
          label="手机号"
          rules={[
            { required: true, message: '请输入手机号' },
            {
              validator: async (_, v: string) =>
                !v || isPhone(v) ? undefined : Promise.reject(new Error('请输入 11 位手机号')),
            },
          ]}
        >
          <Input
            className="e2e-grant-phone"
            placeholder="已在掌上办实名的手机号"
            maxLength={11}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select
            className="e2e-grant-role"
            style={{ width: 140 }}
            options={roles.map((r) => ({ value: r, label: ROLE_NAME[r] }))}
          />
        </Form.Item>
        {role === 'countyAdmin' ? (
          <Form.Item name="county" label="县（市、区）" rules={[{ required: true, message: '请选择县（市、区）' }]}>
            <Select
              className="e2e-grant-county"
              style={{ width: 160 }}
              options={counties.map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="centerId" label="服务点" rules={[{ required: true, message: '请选择服务点' }]}>
            <Select
              className="e2e-grant-center"
              style={{ width: 280 }}
              showSearch
              optionFilterProp="label"
              placeholder="选择便民服务中心或服务站"
              options={places.map((p) => ({ value: p.id, label: `${p.township} · ${p.name}` }))}
            />
          </Form.Item>
        )}
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<PlusOutlined />}
            loading={saving}
            className="e2e-grant-submit"
          >
            授予
          </Button>
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon title={problem} className="grant-problem e2e-grant-problem" />}
    </Card>
  );
}
