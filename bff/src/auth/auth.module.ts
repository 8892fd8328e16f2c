import { Module } from '@nestjs/common';
import { PiiCipher } from '../common/pii-cipher';
import { RateLimitGuard } from '../common/rate-limit';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { H5LoginController } from './h5-login.controller';
import { H5LoginService } from './h5-login.service';
import { MiniSignInService } from './mini-sign-in.service';
import { IdentityController } from './identity/identity.controller';
import { PhoneProof } from './identity/phone-proof';
import { RealNameService } from './identity/real-name.service';
import { WindowCheckController } from './identity/window-check.controller';
import { WindowCheckService } from './identity/window-check.service';
import { ResidentRepository } from './resident.repository';
import { ResidentService } from './resident.service';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { StaffRepository } from './staff.repository';

/** Sign-in (WeChat, Alipay, H5), sessions, the resident's real-name identity, and who is window staff. */
@Module({
  controllers: [AuthController, H5LoginController, IdentityController, WindowCheckController],
  providers: [
    H5LoginService,
    MiniSignInService,
    SessionRepository,
    SessionService,
    ResidentRepository,
    ResidentService,
    StaffRepository,
    PhoneProof,
    RealNameService,
    WindowCheckService,
    PiiCipher,
    AuthGuard,
    RateLimitGuard,
  ],
  exports: [SessionService, AuthGuard, ResidentService, ResidentRepository, StaffRepository, PiiCipher, PhoneProof],
})
export class AuthModule {}
