/** H5 has no subscribe messages: progress shows in 我的办件 and 消息通知. */
export async function askProgressMessages(): Promise<boolean> {
  return false;
}
