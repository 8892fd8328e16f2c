import { Global, Module } from '@nestjs/common';
import { ApprovalPlatformHttp } from './approval/approval.http';
import { ApprovalPlatform } from './approval/approval.port';
import { AlipayLoginHttp } from './alipay/alipay-login.http';
import { AlipayLogin } from './alipay/alipay-login.port';
import { EvaluationSystemHttp } from './evaluation/evaluation.http';
import { EvaluationSystem } from './evaluation/evaluation.port';
import { IdentityOauthHttp } from './identity/identity-oauth.http';
import { IdentityOauth } from './identity/identity-oauth.port';
import { IdentityServiceHttp } from './identity/identity-service.http';
import { IdentityService } from './identity/identity-service.port';
import { LicenceLibraryHttp } from './licence/licence-library.http';
import { LicenceLibrary } from './licence/licence-library.port';
import { MessageChannelHttp } from './messages/message-channel.http';
import { MessageChannel } from './messages/message-channel.port';
import { ProvincialCatalogHttp } from './platform/provincial-catalog.http';
import { ProvincialCatalog } from './platform/provincial-catalog.port';
import { SmsGatewayHttp } from './sms/sms-gateway.http';
import { SmsGateway } from './sms/sms-gateway.port';
import { WechatLoginHttp } from './wechat/wechat-login.http';
import { WechatLogin } from './wechat/wechat-login.port';

const ports = [
  { provide: ProvincialCatalog, useClass: ProvincialCatalogHttp },
  { provide: WechatLogin, useClass: WechatLoginHttp },
  { provide: AlipayLogin, useClass: AlipayLoginHttp },
  { provide: IdentityService, useClass: IdentityServiceHttp },
  { provide: IdentityOauth, useClass: IdentityOauthHttp },
  { provide: SmsGateway, useClass: SmsGatewayHttp },
  { provide: LicenceLibrary, useClass: LicenceLibraryHttp },
  { provide: ApprovalPlatform, useClass: ApprovalPlatformHttp },
  { provide: MessageChannel, useClass: MessageChannelHttp },
  { provide: EvaluationSystem, useClass: EvaluationSystemHttp },
];

/** Binds each upstream port to its HTTP adapter. Tests point the adapters at the sandbox through config. */
@Global()
@Module({
  providers: ports,
  exports: ports.map((p) => p.provide),
})
export class UpstreamModule {}
