import { type ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@zsb/contracts';
import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { AppError } from './errors';

// Control characters (C0, DEL, C1) never belong in a query a resident typed.
const CONTROL_CHARS = /^[^\u0000-\u001f\u007f-\u009f]*$/;

/**
 * Whitelist + forbid unknown fields + transform: "3" → 3 for numbers, unknown parameters refused.
 * Every failure becomes VALIDATION_FAILED with one Chinese line per field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors: ValidationError[]) => {
      const details = flatten(errors);
      const first = details[0]?.message;
      return new AppError('VALIDATION_FAILED', first ? `请求的内容不正确：${first}` : undefined, details);
    },
  });
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints
      ? // Unknown fields get class-validator's English "should not exist": say it in Chinese.
        Object.entries(e.constraints).map(([rule, message]) => ({
          field,
          message: rule === 'whitelistValidation' ? `不支持参数 ${field}` : message,
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
