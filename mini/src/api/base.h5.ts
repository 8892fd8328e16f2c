// H5 is served by the BFF itself, so the API is same-origin.
export const apiBase = '/api/v1';
