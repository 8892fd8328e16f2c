import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Session } from '@zsb/contracts';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { ErrorBodyDto } from '../common/error-body.dto';
import { AuthGuard, CurrentResident } from './auth.guard';
import { AlipayLoginDto, RefreshDto, SessionDto, WechatLoginDto } from './dto/auth.dto';
import { MiniSignInService } from './mini-sign-in.service';
import { SessionService, type SignedIn } from './session.service';

// Per client address: generous enough for a family sharing one phone network, tight enough to stop guessing.
const LOGIN_LIMIT = { name: 'login-ip', points: 30, durationSec: 60, by: 'ip' } as const;

@ApiTags('auth 登录')
@ApiBadRequestResponse({ type: ErrorBodyDto })
@ApiTooManyRequestsResponse({ type: ErrorBodyDto })
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly sessions: SessionService,
    private readonly miniSignIn: MiniSignInService,
  ) {}

  @Post('wechat')
  @HttpCode(200)
  @UseGuards(RateLimitGuard)
  @RateLimit(LOGIN_LIMIT)
  @ApiOperation({ summary: '微信小程序登录', description: 'wx.login 的 code 换会话；首次登录即建立（未实名的）账户' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'LOGIN_CODE_INVALID' })
  wechatLogin(@Body() body: WechatLoginDto): Promise<Session> {
    return this.miniSignIn.wechatCode(body.code);
  }

  @Post('alipay')
  @HttpCode(200)
  @UseGuards(RateLimitGuard)
  @RateLimit(LOGIN_LIMIT)
  @ApiOperation({ summary: '支付宝小程序登录', description: 'my.getAuthCode 的 authCode 换会话' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'LOGIN_CODE_INVALID' })
  alipayLogin(@Body() body: AlipayLoginDto): Promise<Session> {
    return this.miniSignIn.alipayCode(body.code);
  }

  @Post('refresh')
  @HttpCode(200)
  @UseGuards(RateLimitGuard)
  @RateLimit({ name: 'refresh-ip', points: 60, durationSec: 60, by: 'ip' })
  @ApiOperation({ summary: '刷新会话', description: 'refreshToken 只能用一次；重复使用会让整个会话失效（视为被盗用）' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto, description: 'REFRESH_TOKEN_INVALID' })
  refresh(@Body() body: RefreshDto): Promise<Session> {
    return this.sessions.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @UseGuards(AuthGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: '退出登录', description: '本会话的访问令牌和刷新令牌立即失效' })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  async logout(@CurrentResident() signedIn: SignedIn): Promise<void> {
    await this.sessions.logout(signedIn);
  }
}
