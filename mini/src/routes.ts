// The one list of pages. app.config.ts builds `pages`, `subPackages` and the tabBar from it, and every
// navigation goes through navigate.ts with a route name, so a page path is written only here.
// Keep this file free of runtime imports: Taro evaluates app.config.ts (and so this file) in Node.

export interface RouteDef {
  /** Page path without a leading slash, relative to src/. */
  path: string;
  /** Navigation bar title. */
  title: string;
  /** Subpackage root (features/<domain>) or null for the main package. */
  subpackage: string | null;
  /** Tab bar label for tab pages. */
  tab?: string;
}

export const routes = {
  home: { path: 'pages/home/index', title: '掌上办', subpackage: null, tab: '首页' },
  search: { path: 'pages/search/index', title: '办事', subpackage: null, tab: '办事' },
  mine: { path: 'pages/mine/index', title: '我的', subpackage: null, tab: '我的' },
  guide: { path: 'features/guide/matter/index', title: '办事指南', subpackage: 'features/guide' },
  theme: { path: 'features/guide/theme/index', title: '一件事一次办', subpackage: 'features/guide' },
  domain: { path: 'features/guide/domain/index', title: '分类事项', subpackage: 'features/guide' },
  aboutData: { path: 'features/guide/about/index', title: '关于数据', subpackage: 'features/guide' },
  identity: { path: 'features/account/identity/index', title: '实名认证', subpackage: 'features/account' },
  licences: { path: 'features/licences/wallet/index', title: '电子证照', subpackage: 'features/licences' },
  licence: { path: 'features/licences/detail/index', title: '证照详情', subpackage: 'features/licences' },
  licenceDisplay: { path: 'features/licences/display/index', title: '亮证', subpackage: 'features/licences' },
  licenceUses: { path: 'features/licences/uses/index', title: '用证记录', subpackage: 'features/licences' },
  licenceConsents: { path: 'features/licences/consents/index', title: '授权管理', subpackage: 'features/licences' },
  licenceVerify: { path: 'features/licences/verify/index', title: '扫码核验', subpackage: 'features/licences' },
  centers: { path: 'features/centers/list/index', title: '附近办事点', subpackage: 'features/centers' },
  centerMap: { path: 'features/centers/map/index', title: '地图找办事点', subpackage: 'features/centers' },
  center: { path: 'features/centers/detail/index', title: '办事点详情', subpackage: 'features/centers' },
  bookMatter: { path: 'features/bookings/matter/index', title: '选择要办的事', subpackage: 'features/bookings' },
  bookSlot: { path: 'features/bookings/slot/index', title: '选择预约时间', subpackage: 'features/bookings' },
  bookConfirm: { path: 'features/bookings/confirm/index', title: '确认预约', subpackage: 'features/bookings' },
  bookings: { path: 'features/bookings/list/index', title: '我的预约', subpackage: 'features/bookings' },
  booking: { path: 'features/bookings/detail/index', title: '预约详情', subpackage: 'features/bookings' },
  apply: { path: 'features/applications/form/index', title: '在线办理', subpackage: 'features/applications' },
  applyDone: { path: 'features/applications/done/index', title: '提交成功', subpackage: 'features/applications' },
  themeApply: { path: 'features/applications/theme/index', title: '一件事一次办', subpackage: 'features/applications' },
  themeDone: { path: 'features/applications/theme-done/index', title: '提交成功', subpackage: 'features/applications' },
  applications: { path: 'features/applications/list/index', title: '我的办件', subpackage: 'features/applications' },
  application: { path: 'features/applications/detail/index', title: '办件详情', subpackage: 'features/applications' },
  supplement: {
    path: 'features/applications/supplement/index',
    title: '补正材料',
    subpackage: 'features/applications',
  },
  progressQuery: {
    path: 'features/applications/query/index',
    title: '办件进度查询',
    subpackage: 'features/applications',
  },
  messages: { path: 'features/applications/messages/index', title: '消息通知', subpackage: 'features/applications' },
  reviews: { path: 'features/reviews/list/index', title: '我的评价', subpackage: 'features/reviews' },
  rate: { path: 'features/reviews/rate/index', title: '评价', subpackage: 'features/reviews' },
  review: { path: 'features/reviews/detail/index', title: '评价详情', subpackage: 'features/reviews' },
  staffCheckIn: { path: 'features/staff/checkin/index', title: '窗口签到', subpackage: 'features/staff' },
  staffIdentityCheck: { path: 'features/staff/identity/index', title: '窗口核验身份', subpackage: 'features/staff' },
  staffReviews: { path: 'features/staff/reviews/index', title: '差评整改', subpackage: 'features/staff' },
  feedbackNew: { path: 'features/feedback/new/index', title: '反映办不成事', subpackage: 'features/feedback' },
  consult: { path: 'features/feedback/consult/index', title: '我要咨询', subpackage: 'features/feedback' },
  feedbackList: { path: 'features/feedback/list/index', title: '我的反映', subpackage: 'features/feedback' },
  feedback: { path: 'features/feedback/detail/index', title: '反映详情', subpackage: 'features/feedback' },
  staffFeedback: { path: 'features/staff/feedback/index', title: '反映和咨询', subpackage: 'features/staff' },
  mandates: { path: 'features/mandates/list/index', title: '委托代办', subpackage: 'features/mandates' },
  mandate: { path: 'features/mandates/detail/index', title: '委托详情', subpackage: 'features/mandates' },
  mandateInvite: { path: 'features/mandates/invite/index', title: '出示代办码', subpackage: 'features/mandates' },
  mandateGrant: { path: 'features/mandates/grant/index', title: '确认委托', subpackage: 'features/mandates' },
  mandateRequest: { path: 'features/mandates/request/index', title: '代办申请', subpackage: 'features/mandates' },
} as const satisfies Record<string, RouteDef>;

export type RouteName = keyof typeof routes;

/** The query each page reads from its URL; tab pages take none (switchTab cannot carry a query). */
export interface RouteParams {
  home: undefined;
  search: undefined;
  mine: undefined;
  guide: { code: string };
  theme: { id: string };
  domain: { code: string; name?: string };
  aboutData: undefined;
  identity: undefined;
  licences: undefined;
  // Only the opaque licence id travels in a URL: never a display code or anything printed on the licence.
  licence: { id: string };
  licenceDisplay: { id: string };
  licenceUses: undefined;
  licenceConsents: undefined;
  licenceVerify: undefined;
  // With a matter the list is the booking flow's "choose a center" step: only centers that handle it, with their
  // next free slot. Names travel beside codes only so a page can show them before its data has loaded.
  centers: { matterCode?: string; matterName?: string };
  centerMap: undefined;
  center: { id: string; matterCode?: string; matterName?: string };
  /** From a center's page: pick a matter that center handles. */
  bookMatter: { centerId?: string; centerName?: string };
  /** With `bookingId` the chosen slot reschedules that booking instead of making a new one. */
  bookSlot: { centerId: string; matterCode: string; bookingId?: string };
  bookConfirm: { centerId: string; matterCode: string; start: string; bookingId?: string };
  bookings: undefined;
  /** `done=1`: just booked, the page opens as the success page. */
  booking: { id: string; done?: string };
  /**
   * 在线办理 of a 掌上办 matter. `draft` resumes that draft (from the guide's 继续上次填写 or 我的办件 → 草稿);
   * without it a new draft starts. `step` opens a step of it (form, materials, delivery, review).
   */
  apply: { code: string; draft?: string; step?: string };
  /** Just submitted: 已提交, then the 办件编号 and 查询码 once the platform has accepted it. */
  applyDone: { id: string };
  /**
   * 一件事一次办: one form for the theme's 掌上办 matters, each field and material asked once. The copy being filled
   * in is kept on the phone; `step` opens a step of it.
   */
  themeApply: { id: string; step?: string };
  /** Just submitted: the theme's linked applications (ids, comma-separated), each number as it arrives. */
  themeDone: { theme: string; ids: string };
  /** `tab=drafts` opens the 草稿 list. */
  applications: { tab?: 'drafts' } | undefined;
  application: { id: string };
  /** 补正 of an application: only what the hall asked for. */
  supplement: { id: string };
  /** Public: no sign-in. The query code is never put in a URL; the number may be. */
  progressQuery: { number?: string } | undefined;
  messages: undefined;
  /** 我的评价: 待评价 (what may be rated now) and every review given. */
  reviews: undefined;
  /**
   * 评价 one service, only ever opened by the resident's tap: a finished application, a visit they were checked in
   * for, or a window by the QR printed at it (`center`, also what that QR opens). `review` changes that review
   * instead (修改评价, once), the form prefilled.
   */
  rate: { application?: string; visit?: string; center?: string; review?: string };
  /** `done=new` or `done=revised`: just sent, the page opens as the success page. */
  review: { id: string; done?: 'new' | 'revised' };
  /** 窗口签到: window staff scan (or on H5 paste) a resident's booking QR. */
  staffCheckIn: undefined;
  /** 窗口核验身份: window staff verify a resident's sign-in after checking the ID card in person (the resident's window code). */
  staffIdentityCheck: undefined;
  /** 差评整改: the open bad reviews of the staff member's centers, and 核实, 整改, 申诉, 回访 of each. */
  staffReviews: undefined;
  /**
   * 反映办不成事: nothing is chosen unless a kind is passed; the links (each optional, each the resident's own) say
   * what it is about: from a guide, an application, a booking or a center.
   */
  feedbackNew:
    { kind?: string; matterCode?: string; applicationId?: string; bookingId?: string; centerId?: string } | undefined;
  /** 咨询 about one matter, answered in writing by the center that handles it. */
  consult: { matterCode: string };
  /** 我的反映: the resident's 办不成事 cases and questions. */
  feedbackList: undefined;
  /** One case or question. `done=1`: just sent, the page opens as the success page. */
  feedback: { id: string; done?: '1' };
  /** 反映和咨询: the open cases and questions of the staff member's centers; 记录办理情况 and 书面答复. */
  staffFeedback: undefined;
  /** 委托代办: the 委托 I granted (我委托的) and those I hold for others (我帮谁办). */
  mandates: undefined;
  /** One 委托: its facts, 代办记录 and 撤销委托; for its helper, 为TA办理. */
  mandate: { id: string };
  /** 出示代办码: the helper's QR for the principal to scan with their own phone. */
  mandateInvite: undefined;
  /**
   * 确认委托 on the principal's own phone: `invite` is the helper's 代办码 (what the QR opens); without it the code is
   * scanned or pasted here. The code is short-lived and names no one, so it may travel in the URL.
   */
  mandateGrant: { invite?: string } | undefined;
  /** 代办申请 for someone without a smartphone: they read back the code sent to their own phone. */
  mandateRequest: undefined;
}

export type TabRouteName = { [K in RouteName]: (typeof routes)[K] extends { tab: string } ? K : never }[RouteName];

export const routeNames = Object.keys(routes) as RouteName[];

export function isTab(name: RouteName): name is TabRouteName {
  return 'tab' in routes[name];
}

/** Main-package page paths, tab pages first (the first one is the launch page). */
export function mainPages(): string[] {
  return routeNames.filter((n) => routes[n].subpackage === null).map((n) => routes[n].path);
}

/** `subPackages` for app.config: pages are listed relative to their root. */
export function subPackages(): { root: string; name: string; pages: string[] }[] {
  const byRoot = new Map<string, string[]>();
  for (const name of routeNames) {
    const root = routes[name].subpackage;
    if (root === null) continue;
    const pages = byRoot.get(root) ?? [];
    pages.push(routes[name].path.slice(root.length + 1));
    byRoot.set(root, pages);
  }
  return [...byRoot].map(([root, pages]) => ({ root, name: root.split('/').pop() ?? root, pages }));
}

/** `/features/guide/matter/index?code=...` — values are URI-encoded, undefined ones dropped. */
export function urlFor<K extends RouteName>(name: K, params?: RouteParams[K]): string {
  const base = `/${routes[name].path}`;
  if (!params) return base;
  const query = Object.entries(params as Record<string, string | undefined>)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return query ? `${base}?${query}` : base;
}

/** The route of a page path as the router gives it (with or without a leading slash or query), if it is one. */
export function routeOfPath(path: string): RouteName | undefined {
  const bare = path.replace(/^\//, '').split('?')[0];
  return routeNames.find((name) => routes[name].path === bare);
}

/** Whether a page path (as the router gives it, with or without a leading slash or query) is a tab page. */
export function isTabPath(path: string): boolean {
  const name = routeOfPath(path);
  return name !== undefined && isTab(name);
}

type SubpackageRoot = NonNullable<(typeof routes)[RouteName]['subpackage']>;

/**
 * The tab each subpackage's pages belong to: where 返回 goes from a page with nothing below it (opened by its
 * address, a shared link or a reload on H5), instead of a blank page or leaving the app.
 */
const tabOfSubpackage = {
  'features/guide': 'search',
  'features/centers': 'home',
  'features/account': 'mine',
  'features/licences': 'mine',
  'features/bookings': 'mine',
  'features/applications': 'mine',
  'features/staff': 'mine',
  'features/reviews': 'mine',
  'features/feedback': 'mine',
  'features/mandates': 'mine',
} as const satisfies Record<SubpackageRoot, TabRouteName>;

/** The tab a page belongs to (a tab page: itself; a main-package sub-page: 首页). */
export function tabOf(name: RouteName): TabRouteName {
  if (isTab(name)) return name;
  const root: SubpackageRoot | null = routes[name].subpackage;
  return root === null ? 'home' : tabOfSubpackage[root];
}
