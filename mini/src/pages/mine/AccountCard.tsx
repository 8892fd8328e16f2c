import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ensureSession, signIn, signOut } from '@/api/auth';
import { asApiError } from '@/api/errors';
import { meApi } from '@/api/me';
import { signsInSilently as silentSignIn } from '@/api/platformLogin';
import { go } from '@/navigate';
import { sessionStore, updateResident } from '@/stores/session';
import { useStore } from '@/stores/createStore';
import { signInNoticeStore } from '@/stores/signInNotice';
import { confirm } from '@/lib/feedback';

/** Who is signed in: sign in, 实名认证 with a reason to, or the verified identity (masked) and sign out. */
export function AccountCard() {
  const session = useStore(sessionStore);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const notice = useStore(signInNoticeStore);

  // On opening 我的, sign in silently where the platform allows it (not H5: a redirect, only when the resident
  // asks), and refresh the profile.
  useEffect(() => {
    if (!silentSignIn && !session) return;
    ensureSession()
      .then((s) => (s ? meApi.profile().then((r) => updateResident(r.data)) : undefined))
      .catch((err: unknown) => setProblem(asApiError(err).message));
    // Once per visit of the page, not on every session change (a refresh would trigger itself again).
  }, []);

  const login = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await signIn();
    } catch (err) {
      setProblem(asApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  const logout = async () => {
    const confirmed = await confirm({ title: '退出登录', content: '退出后，查看证照和办件需要重新登录。' });
    if (confirmed) await signOut();
  };

  const resident = session?.resident;
  return (
    <View className="mine-head e2e-account">
      {!resident && (
        <>
          <Text className="mine-head__title">您好</Text>
          <Text className="mine-head__sub">
            {silentSignIn
              ? '登录后可以实名认证、查看电子证照和办件进度'
              : '用河南政务服务统一身份认证登录，可以实名认证、查看电子证照和办件进度'}
          </Text>
          <View
            className={`btn btn--primary mine-head__btn e2e-login ${busy ? 'btn--disabled' : ''}`}
            ariaRole="button"
            onClick={() => !busy && void login()}
          >
            {busy ? '正在登录…' : '登录'}
          </View>
        </>
      )}
      {resident && !resident.verified && (
        <>
          <Text className="mine-head__title">已登录，尚未实名</Text>
          <Text className="mine-head__sub">实名认证一次，以后查证照、预约、申请都不用再填身份信息</Text>
          <View
            className="btn btn--primary mine-head__btn e2e-go-identity"
            ariaRole="button"
            onClick={() => go('identity')}
          >
            去实名认证
          </View>
        </>
      )}
      {resident?.verified && (
        <>
          <View className="mine-head__name-row">
            <Text className="mine-head__title e2e-account-name">{resident.nameMasked}</Text>
            <Text className="mine-head__badge">已实名</Text>
          </View>
          <Text className="mine-head__sub">身份证 {resident.idNumberMasked}</Text>
          <Text className="mine-head__sub">手机 {resident.phoneMasked}</Text>
        </>
      )}
      {(problem ?? notice) && (
        <View className="mine-head__problem" ariaRole="alert">
          <Text>{problem ?? notice}</Text>
        </View>
      )}
      {resident && (
        <View className="mine-head__logout" ariaRole="button" onClick={() => void logout()}>
          <Text>退出登录</Text>
        </View>
      )}
    </View>
  );
}
