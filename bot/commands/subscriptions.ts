/** /subscribe, /subscriptions and /unsubscribe: closure-news subscriptions per platform and chat. */
import { describeSubscription, parseSubscribeArgs } from '../alerts/subscriptions.js';
import { errorReply, textReply } from '../reply.js';
import type { CommandHandler } from '../services.js';

const NO_STORE = errorReply('订阅功能在这个运行方式下没有启用（没有数据库）。');
/** Any member could otherwise switch a whole group's news on or off. */
const GROUP_ADMINS_ONLY = errorReply('在群组里，只有群管理员可以订阅或退订本群的关停消息。');
const mayChange = (msg: { chatType: string; isModerator?: boolean }): boolean => msg.chatType !== 'group' || msg.isModerator === true;

export const subscribeCommand: CommandHandler = async ({ msg, args, services }) => {
  if (!services.store) return [NO_STORE];
  if (!mayChange(msg)) return [GROUP_ADMINS_ONLY];
  const parsed = parseSubscribeArgs(args);
  if (!parsed.ok) return [errorReply(parsed.error)];
  const subscription = await services.store.upsertSubscription(msg.platform, msg.chatId, parsed.filters, parsed.digest);
  return [textReply('subscription', `已订阅：${describeSubscription(subscription)}。`, '用 /subscriptions 查看，/unsubscribe 退订。')];
};

export const subscriptionsCommand: CommandHandler = async ({ msg, services }) => {
  if (!services.store) return [NO_STORE];
  const mine = await services.store.subscriptions({ platform: msg.platform, chatId: msg.chatId });
  if (mine.length === 0)
    return [textReply('subscription', '这里还没有订阅。发送 /subscribe 订阅全部关停消息，或 /subscribe 湖南 P2P 只订阅相关消息。')];
  return [textReply('subscription', ...mine.map((s) => `当前订阅：${describeSubscription(s)}`))];
};

export const unsubscribeCommand: CommandHandler = async ({ msg, services }) => {
  if (!services.store) return [NO_STORE];
  if (!mayChange(msg)) return [GROUP_ADMINS_ONLY];
  const removed = await services.store.removeSubscriptions(msg.platform, msg.chatId);
  return [textReply('subscription', removed > 0 ? '已退订，不会再收到关停消息。' : '这里没有订阅，无需退订。')];
};
