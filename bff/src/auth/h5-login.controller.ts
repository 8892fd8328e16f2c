import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Session } from '@zsb/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorBodyDto } from '../common/error-body.dto';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { H5AuthorizeQuery, H5TicketDto, SessionDto } from './dto/auth.dto';
import { DEFAULT_RETURN, H5LoginService } from './h5-login.service';

// The browser-binding cookie: sent only to these routes, never readable by scripts, and sent on the top-level
// navigation back from the identity service (Lax) but not on a cross-site subresource or form POST.
const COOKIE = 'zsb_h5_login';
const COOKIE_PATH = '/api/v1/auth/h5';
const COOKIE_MAX_AGE_SEC = 600;

@ApiTags('auth 登录')
@Controller('api/v1/auth/h5')
@UseGuards(RateLimitGuard)
@RateLimit({ name: 'h5-login-ip', points: 30, durationSec: 60, by: 'ip' })
export class H5LoginController {
  constructor(private readonly login: H5LoginService) {}

  @Get('authorize')
  @ApiOperation({
    summary: 'H5 登录：跳转到河南政务服务统一身份认证',
    description: 'OAuth 2.0 授权码 + PKCE；state 与本浏览器绑定（HttpOnly Cookie）',
  })
  @ApiFoundResponse({ description: '跳转到统一身份认证登录页' })
  async authorize(
    @Query() query: H5AuthorizeQuery,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const redirectUri = `${request.protocol}://${request.host}/api/v1/auth/h5/callback`;
    // One value per browser, kept if it has one: two tabs signing in at once both complete.
    const binding = this.login.browserBinding(request.cookies[COOKIE]);
    void reply.setCookie(COOKIE, binding, {
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      maxAge: COOKIE_MAX_AGE_SEC,
    });
    void reply.redirect(await this.login.start(redirectUri, query.returnTo ?? DEFAULT_RETURN, binding), 302);
  }

  @Get('callback')
  @ApiOperation({
    summary: 'H5 登录回调',
    description: '统一身份认证带 code 和 state 回到这里；只在发起登录的浏览器里有效；成功后带一次性 ticket 回到应用',
  })
  @ApiFoundResponse({ description: '回到应用页面' })
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    // Read by hand rather than through a DTO: an identity service may add parameters of its own (iss,
    // session_state), and a browser landing here must always be sent back to the app, never shown a JSON error.
    const q = request.query as Record<string, unknown>;
    const text = (v: unknown, max: number): string | undefined =>
      typeof v === 'string' && v.length <= max ? v : undefined;
    const code = q.error === undefined ? text(q.code, 512) : undefined;
    void reply.redirect(await this.login.finish(code, text(q.state, 128), request.cookies[COOKIE]), 302);
  }

  @Post('ticket')
  @HttpCode(200)
  @ApiOperation({ summary: '用一次性 ticket 换会话', description: '只有发起登录的浏览器（带同一 Cookie）能兑换' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ type: ErrorBodyDto })
  ticket(@Body() body: H5TicketDto, @Req() request: FastifyRequest): Promise<Session> {
    return this.login.redeem(body.ticket, request.cookies[COOKIE]);
  }
}
