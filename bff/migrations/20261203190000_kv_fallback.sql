-- Short-lived values of the key-value store (亮证码, SMS codes, pending 实名认证 steps, H5 sign-in state and tickets)
-- while Redis cannot be reached (issue 16): every instance finds them here, until they are used or expire, also after
-- Redis is back. A used or deleted value leaves its row with value NULL until it would have expired, so that a copy
-- Redis may still hold (a write that timed out but landed) is never handed out again. Expired rows are deleted by
-- whichever instance sweeps first.
CREATE TABLE kv_fallback (
  key        text PRIMARY KEY,
  value      text,
  expires_at timestamptz NOT NULL
);
CREATE INDEX kv_fallback_expires ON kv_fallback (expires_at);
