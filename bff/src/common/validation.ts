import { type ArgumentMetadata, type ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@zsb/contracts';
import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AppError } from './errors';
import { isPlainObject, notAnObject } from './request-body';

// Control characters (C0, DEL, C1) never belong in a query a resident typed.
const CONTROL_CHARS = /^[^\u0000-\u001f\u007f-\u009f]*$/;
const CHINESE = /[\u4e00-\u9fa5]/;
// A field name is repeated in a message only when it looks like one; anything else a client sent as a key
// (markup, a kilobyte of text) is not echoed back.
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,39}(\.[A-Za-z0-9]{1,40}){0,4}$/;
// A body with hundreds of unknown fields must not come back as hundreds of lines.
export const MAX_DETAILS = 10;

/**
 * Whitelist + forbid unknown fields + transform: "3" → 3 for numbers, unknown parameters refused.
 * Every failure becomes VALIDATION_FAILED with one Chinese line per field (at most MAX_DETAILS of them).
 */
export function createValidationPipe(): ValidationPipe {
  return new ObjectBodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors: ValidationError[]) => validationFailed(flatten(errors)),
  });
}

/**
 * A body that is not an object (none sent, or a string from a non-JSON parser) is refused before
 * class-transformer sees it; Nest's own answer to that is English ("Validation failed (object is expected)").
 */
class ObjectBodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object && !isPlainObject(value))
      throw notAnObject();
    return super.transform(value, metadata);
  }
}

/** VALIDATION_FAILED with the first MAX_DETAILS problems, the first in the message and a count of the rest. */
export function validationFailed(details: FieldError[]): AppError {
  const shown = details.slice(0, MAX_DETAILS);
  const first = shown[0]?.message;
  const rest = details.length - shown.length;
  const message = first ? `请求的内容不正确：${first}${rest > 0 ? `（另有 ${rest} 处问题未列出）` : ''}` : undefined;
  return new AppError('VALIDATION_FAILED', message, shown);
}

/** A message for the resident: a library's own English default (a decorator without a message) is replaced. */
export const inChinese = (field: string, message: string): string =>
  CHINESE.test(message) ? message : `${nameOf(field)}的内容不正确`;

const nameOf = (field: string): string => (FIELD_NAME.test(field) ? `${field} ` : '有一项');

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = (prefix ? `${prefix}.${e.property}` : e.property).slice(0, 100);
    const own = e.constraints
      ? // Unknown fields get class-validator's English "should not exist": say it in Chinese.
        Object.entries(e.constraints).map(([rule, message]) => ({
          field,
          message:
            rule === 'whitelistValidation'
              ? FIELD_NAME.test(field)
                ? `不支持参数 ${field}`
                : '有不支持的参数'
              : inChinese(field, message),
        }))
      : [];
    return [...own.slice(0, 1), ...flatten(e.children ?? [], field)];
  });
}

/** Optional free text typed by a resident: bounded length, no control characters, one value only. */
export function IsSearchText(label: string, maxLength: number): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsString({ message: `${label}只能填写一次` }),
    MaxLength(maxLength, { message: `${label}太长了，请不超过 ${maxLength} 个字` }),
    Matches(CONTROL_CHARS, { message: `${label}含有无法识别的字符` }),
  );
}

/** Optional whole number in [min, max] from a query string. */
export function IsQueryInt(label: string, min: number, max: number): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Type(() => Number),
    IsInt({ message: `${label}应为整数` }),
    Min(min, { message: `${label}不能小于 ${min}` }),
    Max(max, { message: `${label}不能大于 ${max}` }),
  );
}

/** Optional "true"/"false" from a query string (anything else is refused, not coerced). */
export function IsQueryBoolean(label: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value)),
    IsBoolean({ message: `${label}只能是 true 或 false` }),
  );
}

/** Optional identifier-like value from a fixed pattern. */
export function IsQueryToken(label: string, pattern: RegExp, example: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsString({ message: `${label}只能填写一次` }),
    Matches(pattern, { message: `${label}格式不正确，应类似 ${example}` }),
  );
}

/** Optional value from a closed list. */
export function IsQueryChoice(label: string, choices: readonly string[]): PropertyDecorator {
  return applyDecorators(IsOptional(), IsIn(choices, { message: `${label}只能是 ${choices.join('、')} 之一` }));
}
