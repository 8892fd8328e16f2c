import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import '../guide.css';

// Where what the app shows comes from, in one place (from 我的 and from every guide), instead of a source line
// and a list of field names under each guide.
const SOURCES: { title: string; lines: string[] }[] = [
  {
    title: '办事指南和事项目录',
    lines: [
      '来自河南省政务服务平台的事项目录和办事指南，按安阳市各级办理的情况整理。',
      '平台更新指南后，本应用会自动同步；每份指南下方写有它的更新时间。',
    ],
  },
  {
    title: '标“示例”的内容',
    lines: [
      '部分指南的个别内容（例如实施部门、咨询电话、办理地点、时限或收费）来源没有公布，这里先用示例补齐，并在显示的地方标上“示例”。',
      '办理前请以窗口告知为准，也可以拨打 12345 政务服务便民热线咨询。',
    ],
  },
  {
    title: '办事点',
    lines: [
      '县（市、区）政务服务中心、乡镇（街道）便民服务中心、村（社区）便民服务站、银行网点和自助终端的地址、办公时间和能办的事项，来自同一平台。',
    ],
  },
  {
    title: '电子证照和办件进度',
    lines: ['电子证照来自河南省电子证照库，办件进度来自省一体化政务服务平台的审批系统，本应用只在您需要时读取。'],
  },
];

export default function AboutDataPage() {
  return (
    <PageShell>
      {SOURCES.map((s) => (
        <View key={s.title} className="section e2e-about-data">
          <Text className="section__title">{s.title}</Text>
          {s.lines.map((line) => (
            <Text key={line} className="about__line">
              {line}
            </Text>
          ))}
        </View>
      ))}
    </PageShell>
  );
}
