import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AlipayLoginRequest,
  IdentityRequest,
  IdentityResult,
  IdentitySmsCodeRequest,
  IdentitySmsCodeSent,
  IdentityWindowCode,
  PhoneOnFileProof,
  RefreshRequest,
  ResidentProfile,
  Session,
  SignInMethod,
  WechatLoginRequest,
  WindowIdentityCheck,
  WindowIdentityCheckRequest,
  WindowPhoneCodeRequest,
} from '@zsb/contracts';
import { Equals, IsBoolean, IsOptional, IsString, Matches, ValidateIf } from 'class-validator';

const LOGIN_CODE = /^[A-Za-z0-9_-]{8,128}$/;

/** A mainland mobile number. */
const IsPhone = (): PropertyDecorator =>
  applyDecorators(
    IsString({ message: '请填写手机号' }),
    Matches(/^1[3-9]\d{9}$/, { message: '手机号应为 11 位数字，以 1 开头' }),
  );
/** A name as on the ID card: Chinese, including minority names written with a middle dot (阿依古丽·买买提). */
const IsCardName = (): PropertyDecorator =>
  applyDecorators(
    IsString({ message: '请填写姓名' }),
    Matches(/^[\u3400-\u9fff][\u3400-\u9fff·]{0,28}[\u3400-\u9fff]$/, {
      message: '姓名应为身份证上的中文姓名（2–30 个字）',
    }),
  );
/** 18 characters as typed (the check digit is checked by the service, with a message saying which problem). */
const IsIdNumber = (): PropertyDecorator =>
  applyDecorators(
    IsString({ message: '请填写身份证号码' }),
    Matches(/^\s*\d{17}[\dXx]\s*$/, { message: '身份证号码应为 18 位，最后一位可能是 X' }),
  );
const IsSmsCode = (): PropertyDecorator =>
  applyDecorators(IsString({ message: '请填写短信验证码' }), Matches(/^\d{6}$/, { message: '验证码是 6 位数字' }));
const usesSignInIdentity = (o: IdentityDto): boolean => o.useSignInIdentity === true;

export class WechatLoginDto implements WechatLoginRequest {
  @ApiProperty({ description: 'Taro.login / wx.login 得到的 code（一次有效，5 分钟内）' })
  @IsString({ message: '登录凭证不正确' })
  @Matches(LOGIN_CODE, { message: '登录凭证不正确，请重新打开小程序' })
  code: string;
}

export class AlipayLoginDto implements AlipayLoginRequest {
  @ApiProperty({ description: 'my.getAuthCode 得到的 authCode' })
  @IsString({ message: '登录凭证不正确' })
  @Matches(LOGIN_CODE, { message: '登录凭证不正确，请重新打开小程序' })
  code: string;
}

export class RefreshDto implements RefreshRequest {
  @ApiProperty({ description: '上次登录或刷新得到的 refreshToken（只能用一次）' })
  @IsString({ message: '登录信息不正确，请重新登录' })
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: '登录信息不正确，请重新登录' })
  refreshToken: string;
}

export class IdentitySmsCodeDto implements IdentitySmsCodeRequest {
  @ApiProperty({ example: '13812345678', description: '接收验证码的手机号（本人实名办理的手机号）' })
  @IsPhone()
  phone: string;
}

export class IdentityDto implements IdentityRequest {
  // With useSignInIdentity the provincial service's values are used and anything typed here is not read.
  @ApiPropertyOptional({ example: '张三', description: '身份证上的姓名（useSignInIdentity 时不填）' })
  @ValidateIf((o: IdentityDto) => !usesSignInIdentity(o))
  @IsCardName()
  name?: string;

  @ApiPropertyOptional({
    example: '410502199001011234',
    description: '18 位居民身份证号码（useSignInIdentity 时不填）',
  })
  @ValidateIf((o: IdentityDto) => !usesSignInIdentity(o))
  @IsIdNumber()
  idNumber?: string;

  @ApiPropertyOptional({
    description: '使用河南政务服务网统一身份认证已核验的姓名和身份证号（见 GET /me 的 signInIdentity）',
  })
  @IsOptional()
  @IsBoolean({ message: '请确认是否使用统一身份认证的身份信息' })
  useSignInIdentity?: boolean;

  @ApiProperty({ example: '13812345678', description: '登记在本人身份证名下的手机号' })
  @IsPhone()
  phone: string;

  @ApiProperty({ example: '123456', description: '短信验证码' })
  @IsSmsCode()
  smsCode: string;

  @ApiProperty({ description: '已阅读并同意《个人信息处理说明》' })
  @IsBoolean({ message: '请确认是否同意《个人信息处理说明》' })
  consent: boolean;
}

export class PhoneOnFileProofDto implements PhoneOnFileProof {
  @ApiProperty({ example: '123456', description: '发到预留手机号的短信验证码' })
  @IsSmsCode()
  smsCode: string;
}

export class IdentityWindowCodeDto implements IdentityWindowCode {
  @ApiProperty({ example: '48213977', description: '给窗口工作人员扫描或输入的核验码（一次有效）' }) code: string;
  @ApiProperty({ example: '2026-12-03T10:15:00+08:00' }) expiresAt: string;
}

export class WindowPhoneCodeDto implements WindowPhoneCodeRequest {
  @ApiProperty({ example: '13812345678', description: '群众要预留的手机号（验证码由群众读给工作人员）' })
  @IsPhone()
  phone: string;
}

export class WindowIdentityCheckDto implements WindowIdentityCheckRequest {
  @ApiProperty({ example: 'C410502001', description: '办理所在的中心（本人的工作范围之一）' })
  @IsString({ message: '请选择所在中心' })
  @Matches(/^[A-Z][A-Z0-9-]{2,31}$/, { message: '中心编号不正确' })
  centerId: string;

  @ApiProperty({ example: '48213977', description: '群众手机上“到窗口核验”显示的核验码' })
  @IsString({ message: '请填写核验码' })
  @Matches(/^\d{8}$/, { message: '核验码是 8 位数字' })
  windowCode: string;

  @ApiProperty({ example: '张三', description: '身份证原件上的姓名' })
  @IsCardName()
  name: string;

  @ApiProperty({ example: '410502199001011234', description: '身份证原件上的号码' })
  @IsIdNumber()
  idNumber: string;

  @ApiProperty({ example: '13812345678', description: '要预留的手机号' })
  @IsPhone()
  phone: string;

  @ApiProperty({ example: '123456', description: '发到这个手机号的验证码（群众读给工作人员）' })
  @IsSmsCode()
  smsCode: string;

  @ApiProperty({ enum: [true], description: '工作人员已当面核对身份证原件与本人' })
  @Equals(true, { message: '请先当面核对身份证原件与本人，再勾选“已核对身份证原件”' })
  idCardChecked: true;
}

export class ResidentProfileDto implements ResidentProfile {
  @ApiProperty() id: string;
  @ApiProperty() verified: boolean;
  @ApiPropertyOptional({ example: '张*' }) nameMasked?: string;
  @ApiPropertyOptional({ example: '4105**********1234' }) idNumberMasked?: string;
  @ApiPropertyOptional({ example: '138****5678' }) phoneMasked?: string;
  @ApiPropertyOptional({ example: '2026-11-23T10:00:00+08:00' }) verifiedAt?: string;
  @ApiPropertyOptional({ description: '60 岁及以上：建议使用长辈模式' }) elder?: boolean;
  @ApiProperty({ enum: ['wechat', 'alipay', 'h5'], isArray: true }) signInMethods: SignInMethod[];
  @ApiPropertyOptional({ description: '未实名时：统一身份认证已核验的身份（脱敏），可直接用于实名认证' })
  signInIdentity?: { nameMasked: string; idNumberMasked: string; phoneMasked: string };
}

export class WindowIdentityCheckResultDto implements WindowIdentityCheck {
  @ApiProperty({
    enum: ['bound', 'joined', 'unchanged'],
    description: 'bound：首次实名；joined：该登录并入已实名的账户；unchanged：身份未变',
  })
  outcome: 'bound' | 'joined' | 'unchanged';
  @ApiProperty() phoneChanged: boolean;
  @ApiProperty({ example: '张*' }) nameMasked: string;
  @ApiProperty({ example: '4105**********1234' }) idNumberMasked: string;
  @ApiProperty({ example: '138****5678' }) phoneMasked: string;
}

export class SessionDto implements Session {
  @ApiProperty() accessToken: string;
  @ApiProperty({ example: '2026-11-23T10:15:00+08:00' }) accessTokenExpiresAt: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty() refreshTokenExpiresAt: string;
  @ApiProperty({ type: ResidentProfileDto }) resident: ResidentProfile;
}

export class IdentitySmsCodeSentDto implements IdentitySmsCodeSent {
  @ApiProperty({ example: '138****5678' }) phoneMasked: string;
  @ApiProperty() expiresInSec: number;
  @ApiProperty() resendAfterSec: number;
}

export class IdentityResultDto implements IdentityResult {
  @ApiProperty({ type: ResidentProfileDto }) resident: ResidentProfile;
  @ApiPropertyOptional({ type: SessionDto, description: '同一人已在其他入口实名：改用此会话' }) session?: Session;
}

export class H5AuthorizeQuery {
  @ApiPropertyOptional({
    example: '/pages/mine/index',
    description: '登录后回到的页面路径（站内路径）；/console 为管理后台',
  })
  @IsOptional()
  @IsString({ message: '返回页面不正确' })
  // An app page path or the console: no scheme, host, query or "//", so the redirect can never leave the site.
  @Matches(/^(\/(pages|features)\/[a-z0-9/_-]{1,100}|\/console)$/, { message: '返回页面不正确' })
  returnTo?: string;
}

export class H5TicketDto {
  @ApiProperty({ description: '登录回跳地址里的一次性 ticket（60 秒内有效）' })
  @IsString({ message: '登录信息不正确，请重新登录' })
  @Matches(/^[A-Za-z0-9_-]{32}$/, { message: '登录信息不正确，请重新登录' })
  ticket: string;
}
