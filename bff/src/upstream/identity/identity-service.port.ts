/** Why a 三要素 check failed: the name does not go with the ID number, no such number, or not their phone. */
export type PhoneIdentityMismatch = 'name_mismatch' | 'not_found' | 'phone_mismatch';

/** The provincial identity service. */
export abstract class IdentityService {
  /** 二要素: does this name belong to this ID number? (window staff, who have seen the ID card) */
  abstract verify(name: string, idNumber: string): Promise<{ match: boolean }>;
  /** 三要素: name, ID number and the phone registered to that ID number (手机号三要素核验). */
  abstract verifyWithPhone(
    name: string,
    idNumber: string,
    phone: string,
  ): Promise<{ match: true } | { match: false; reason: PhoneIdentityMismatch }>;
  /**
   * 人脸核验: whose face a phone's face check (wx.startFacialRecognitionVerify, Alipay's) was for, and whether it
   * passed; null for a result that is unknown, used or expired (each answers once).
   */
  abstract identifyFace(verifyResult: string): Promise<{ passed: boolean; name: string; idNumber: string } | null>;
}
