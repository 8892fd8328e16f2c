// Mini-programs call the BFF by absolute URL (it must be on the platform's domain allow-list in production).
export const apiBase = `${process.env.TARO_APP_API_BASE}/api/v1`;
