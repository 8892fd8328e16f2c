/** The provincial identity service: does this name belong to this ID number? */
export abstract class IdentityService {
  abstract verify(name: string, idNumber: string): Promise<{ match: boolean }>;
}
