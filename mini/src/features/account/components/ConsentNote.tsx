import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { CheckBox } from '@/components/CheckBox';

interface Props {
  agreed: boolean;
  problem?: string;
  onChange: (agreed: boolean) => void;
}

/**
 * 个人信息保护法 第十四、十七条: say who processes what, for which purpose, how long, and how to withdraw, before
 * asking for consent; the consent is a separate, explicit act (the box starts unticked).
 */
export function ConsentNote({ agreed, problem, onChange }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <View className={`section consent ${problem ? 'field--bad' : ''}`}>
      <CheckBox
        className="e2e-id-consent"
        checked={agreed}
        label="我已阅读并同意《个人信息处理说明》"
        onChange={onChange}
      />
      <View className="consent__toggle" ariaRole="button" onClick={() => setOpen(!open)}>
        <Text>{open ? '收起说明 ︿' : '查看说明 ﹀'}</Text>
      </View>
      {open && (
        <View className="consent__body">
          <Text className="consent__p">处理者：掌上办（河南省政务服务）。</Text>
          <Text className="consent__p">处理的信息：姓名、身份证号码、手机号码。</Text>
          <Text className="consent__p">
            用途：确认办事人是您本人；在您同意后调取您的电子证照；预约和申请时自动填写。不用于其他用途，不提供给无关单位。
          </Text>
          <Text className="consent__p">保存：加密保存，页面和记录中只显示部分号码（如 4105**********1234）。</Text>
          <Text className="consent__p">
            您的权利：可随时在“我的”里查看；如需撤回或删除，可拨打 12345 或到便民服务中心办理。
          </Text>
        </View>
      )}
      {problem && <Text className="field__problem">{problem}</Text>}
    </View>
  );
}
