import { Module } from '@nestjs/common';
import { PiiCipher } from '../common/pii-cipher';
import { RateLimitGuard } from '../common/rate-limit';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { H5LoginController } from './h5-login.controller';
import { H5LoginService } from './h5-login.service';
import { IdentityController } from './identity.controller';
import { RealNameService } from './real-name.service';
import { ResidentRepository } from './resident.repository';
import { ResidentService } from './resident.service';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';

/** Sign-in (WeChat, Alipay), sessions, and the resident's real-name identity. */
@Module({
  controllers: [AuthController, H5LoginController, IdentityController],
  providers: [H5LoginService, SessionRepository, SessionService, ResidentRepository, ResidentService, RealNameService, PiiCipher, AuthGuard, RateLimitGuard],
  exports: [SessionService, AuthGuard, ResidentService, PiiCipher],
})
export class AuthModule {}
