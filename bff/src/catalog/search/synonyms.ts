/**
 * What residents say → the words the catalog uses. `says` are colloquial words, abbreviations and old
 * names (新农合 was merged into 城乡居民医疗保险 in 2016, 准生证 became 生育登记); `means` are phrases
 * that occur in matter names. Pinyin and initials of `says` are matched too, so "sbk" and "shebaoka"
 * reach 社保卡. Check a new `means` phrase against the catalog: a phrase no matter contains only adds noise.
 */
export interface Synonym {
  says: readonly string[];
  means: readonly string[];
}

export const SYNONYMS: readonly Synonym[] = [
  // Social insurance and its cards
  { says: ['社保'], means: ['社会保险', '社会保障', '养老保险', '参保'] },
  { says: ['社保卡', '医保卡', '社会保障卡', '三代卡'], means: ['社会保障卡'] },
  { says: ['电子社保卡'], means: ['电子社会保障卡'] },
  { says: ['医保'], means: ['医疗保险', '医疗保障', '医保'] },
  { says: ['医保码', '医保电子码'], means: ['医保电子凭证'] },
  { says: ['新农保', '农保', '农村养老保险', '居民养老'], means: ['城乡居民基本养老保险', '城乡居民养老保险'] },
  { says: ['新农合', '合作医疗', '农合', '居民医保'], means: ['城乡居民基本医疗保险', '城乡居民参保'] },
  { says: ['养老金', '退休金'], means: ['养老保险待遇', '养老金', '基本养老保险'] },
  { says: ['退休', '办退休'], means: ['退休', '养老保险待遇'] },
  { says: ['认证', '生存认证', '年审', '刷脸认证'], means: ['资格认证'] },
  { says: ['失业金', '失业救济', '失业补助'], means: ['失业保险金'] },
  { says: ['工伤'], means: ['工伤保险', '工伤'] },
  { says: ['生育险', '生育保险', '产假工资', '生育金'], means: ['生育津贴', '生育医疗费'] },
  { says: ['社保补缴', '补交社保', '断缴'], means: ['补缴'] },
  { says: ['交社保', '上社保', '买社保'], means: ['参保登记'] },
  { says: ['灵活就业'], means: ['灵活就业人员'] },
  // Medical insurance claims
  { says: ['报销', '看病报销'], means: ['费用报销'] },
  { says: ['住院'], means: ['住院费用报销', '住院'] },
  { says: ['慢性病', '慢病', '门特', '门慢'], means: ['门诊慢特病'] },
  { says: ['异地就医', '外地看病'], means: ['异地就医', '异地安置', '异地长期居住', '转诊'] },
  // Social assistance
  { says: ['低保', '吃低保', '低保户', '低保金'], means: ['最低生活保障'] },
  { says: ['五保', '五保户'], means: ['特困人员救助供养', '五保户'] },
  { says: ['救济', '困难补助', '救急'], means: ['临时救助'] },
  { says: ['孤儿'], means: ['孤儿救助'] },
  { says: ['残疾证', '残疾人证'], means: ['残疾人证'] },
  { says: ['残疾补贴', '残补'], means: ['困难残疾人生活补贴', '重度残疾人护理补贴'] },
  { says: ['轮椅', '拐杖', '助听器'], means: ['辅助器具'] },
  { says: ['老年证', '老人证', '优待证'], means: ['老年人优待证', '老年优待证'] },
  { says: ['高龄补贴', '老人补贴', '高龄补助', '长寿补贴'], means: ['高龄津贴'] },
  // Household registration and identity
  { says: ['身份证', '二代证'], means: ['居民身份证'] },
  { says: ['户口'], means: ['户口', '户籍'] },
  { says: ['上户口', '报户口', '落户口', '小孩上户口'], means: ['出生登记', '户口登记'] },
  { says: ['迁户口', '户口迁移', '转户口'], means: ['户口迁移', '迁出', '迁入'] },
  { says: ['销户', '去世', '人走了', '死亡证明'], means: ['死亡注销', '注销户口', '死亡'] },
  { says: ['暂住证'], means: ['居住证'] },
  { says: ['良民证', '无犯罪证明'], means: ['无犯罪记录证明'] },
  { says: ['亲属证明', '关系证明'], means: ['亲属关系证明'] },
  { says: ['护照', '出国'], means: ['普通护照'] },
  { says: ['狗证', '养狗'], means: ['犬类准养证'] },
  // Births and families
  { says: ['准生证', '生育证', '生育服务证', '二胎', '三胎'], means: ['生育登记', '生育服务', '再生育'] },
  { says: ['怀孕', '孕妇', '怀孕了'], means: ['生育登记', '生育服务'] },
  { says: ['生孩子', '生小孩', '生娃', '新生儿', '刚出生'], means: ['出生登记', '出生医学证明', '生育登记'] },
  { says: ['出生证'], means: ['出生医学证明'] },
  { says: ['打疫苗', '疫苗本', '接种本', '打预防针'], means: ['预防接种证'] },
  { says: ['结婚', '领证', '扯证'], means: ['结婚登记', '婚姻登记'] },
  { says: ['离婚'], means: ['离婚登记'] },
  { says: ['结婚证'], means: ['结婚证', '婚姻登记'] },
  { says: ['领养'], means: ['收养'] },
  // Business
  { says: ['营业执照', '执照', '办执照'], means: ['设立登记', '个体工商户', '企业设立'] },
  { says: ['开公司', '办公司', '注册公司', '开办企业', '开厂'], means: ['企业设立', '设立登记', '个人独资企业'] },
  { says: ['开店', '摆摊', '小卖部', '便利店'], means: ['个体工商户设立', '食品小经营店', '便民服务摊点'] },
  { says: ['注册', '成立', '新开', '开办'], means: ['设立'] },
  { says: ['个体户'], means: ['个体工商户'] },
  { says: ['合作社'], means: ['农民专业合作社'] },
  { says: ['烟草证', '烟证', '卖烟'], means: ['烟草专卖零售许可证'] },
  { says: ['食品许可证', '食品证'], means: ['食品经营许可'] },
  { says: ['发票', '开票'], means: ['代开增值税普通发票'] },
  { says: ['个税'], means: ['个人所得税'] },
  { says: ['完税证明', '纳税证明', '交税证明'], means: ['完税证明', '纳税记录'] },
  // Jobs and schools
  { says: ['找工作', '求职', '招工'], means: ['职业介绍', '招聘服务', '求职'] },
  { says: ['就业证', '失业证'], means: ['就业创业证'] },
  { says: ['创业贷款', '贷款创业', '小额贷款'], means: ['创业担保贷款'] },
  { says: ['教师证'], means: ['教师资格'] },
  { says: ['上学', '入学', '报名上学'], means: ['入学'] },
  { says: ['助学金', '学费减免'], means: ['国家助学金', '学生资助', '免学费'] },
  { says: ['档案'], means: ['档案'] },
  // Land, housing, utilities, farming
  { says: ['房产证', '房本', '不动产证'], means: ['不动产权证书', '不动产登记'] },
  { says: ['公租房', '廉租房'], means: ['公共租赁住房', '公租房'] },
  { says: ['维修基金'], means: ['住宅专项维修资金'] },
  { says: ['危房'], means: ['危房改造', '危旧房'] },
  { says: ['装水', '通水', '自来水'], means: ['供水报装'] },
  { says: ['天然气', '燃气', '通气'], means: ['供气报装'] },
  { says: ['砍树', '伐树', '伐木'], means: ['林木采伐'] },
  { says: ['农机', '收割机'], means: ['拖拉机', '联合收割机'] },
  { says: ['驾照'], means: ['驾驶证'] },
  { says: ['盖房', '建房', '宅基地'], means: ['乡村建设规划许可证', '集体建设用地'] },
  // Justice and veterans
  { says: ['打官司', '请律师', '法援'], means: ['法律援助'] },
  { says: ['纠纷', '吵架', '调解'], means: ['调解'] },
  { says: ['退伍', '当兵', '复员'], means: ['退役'] },
  // Intents that change which matter fits
  { says: ['丢了', '丢失', '掉了', '弄丢', '找不到'], means: ['挂失', '补领', '补办', '补发'] },
  { says: ['坏了', '过期', '到期', '旧了'], means: ['换领', '换发', '换证'] },
  { says: ['改名', '改名字', '信息错了', '改信息'], means: ['变更', '更正'] },
  { says: ['密码忘了', '忘记密码'], means: ['密码重置'] },
  { says: ['激活'], means: ['启用'] },
];

/**
 * Question words and particles of spoken queries ("怎么办低保", "结婚登记要带什么"). They are removed
 * before n-gramming because their characters (办, 要, 什) would otherwise match unrelated names.
 */
export const STOP_PHRASES: readonly string[] = [
  '怎么办理',
  '怎么办',
  '怎么弄',
  '怎么',
  '怎样',
  '如何',
  '在哪里',
  '在哪儿',
  '在哪',
  '哪里',
  '哪儿',
  '去哪',
  '需要什么',
  '要带什么',
  '带什么',
  '办什么',
  '什么',
  '多少钱',
  '多久',
  '可以',
  '能不能',
  '能否',
  '请问',
  '我想',
  '我要',
  '想要',
  '需要',
  '应该',
  '一下',
  '手续',
  '流程',
  '吗',
  '呢',
  '啊',
  '吧',
  '了',
  '的',
  '我',
  '要',
];

/**
 * Words that end hundreds of matter names. In a query they say little about which matter is meant
 * ("砍树审批" is about trees), so they count for less than the resident's other words.
 */
export const GENERIC_WORDS: readonly string[] = ['审批', '申请', '办理', '申报', '服务', '业务', '事项'];
