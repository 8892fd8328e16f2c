import { type CanActivate, createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACTING_FOR_HEADER } from '@zsb/domain';
import type { FastifyRequest } from 'fastify';
import { DELEGABLE } from '../common/acting';
import { AppError } from '../common/errors';
import { SessionService, type SignedIn } from './session.service';

type SignedInRequest = FastifyRequest & { signedIn?: SignedIn };

/** Lets a request through only with a valid, unrevoked access token in `Authorization: Bearer …`. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<SignedInRequest>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._-]{20,2048})$/.exec(header) : null;
    if (!match) throw new AppError('AUTH_REQUIRED');
    request.signedIn = await this.sessions.verify(match[1]);
    // A helper's request for a principal reaches only the routes made for it; anywhere else it is told no more
    // than that there is no such 委托 (never answered as the helper's own request, which could mislead them).
    if (request.headers[ACTING_FOR_HEADER] !== undefined && !this.reflector.get(DELEGABLE, context.getHandler()))
      throw new AppError('MANDATE_NOT_FOUND');
    return true;
  }
}

/** The signed-in resident of a route behind AuthGuard. */
export const CurrentResident = createParamDecorator((_: unknown, context: ExecutionContext): SignedIn => {
  const signedIn = context.switchToHttp().getRequest<SignedInRequest>().signedIn;
  if (!signedIn) throw new AppError('AUTH_REQUIRED');
  return signedIn;
});
