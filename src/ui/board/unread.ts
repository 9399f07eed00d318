// What is new for this member since this device last looked, as signals: per post, and
// how many of their posts and exchanges have news. The app icon's badge shows that count
// where the browser has the Badging API; a notification says it while the page is in the
// background, only if the person said yes (there is no push server: nothing arrives
// while Buurtruil is closed). Read marks stay on this device.
import { type Accessor, createEffect, createMemo, on } from 'solid-js';
import { deviceDatabase } from '../../data/devices/index.ts';
import { newsByPost } from '../../data/exchange/index.ts';
import type { NetworkSession } from '../../data/session/index.ts';
import type { PostRow } from '../../data/store/index.ts';
import { isUnread, markRead, readMarks, readTimes, sinceMark } from '../../data/store/index.ts';
import { logFailure } from '../app/logFailure.ts';
import type { LiveSession } from '../app/session.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { t } from '../i18n.ts';

export interface Unread {
  /** News in an exchange of mine on this post since I last opened it. */
  news(post: string): boolean;
  /** Someone else's post this device has not opened, posted since it started counting. */
  isNew(post: PostRow): boolean;
  /** How many posts have news for me. */
  count: Accessor<number>;
  /** When this device last opened the post before now (for "new" markers inside it). */
  lastRead(post: string): number;
  markRead(post: string): void;
}

export function followUnread(session: NetworkSession, live: LiveSession): Unread {
  const network = session.networkId;
  void markRead(deviceDatabase, network, sinceMark, Date.now());
  const marks = useLiveQuery(() => readMarks(deviceDatabase, network), []);
  const times = createMemo(() => readTimes(marks()));
  const news = live.select(newsByPost);
  const count = createMemo(() => {
    let unread = 0;
    for (const [post, time] of news()) if (isUnread(times(), post, time)) unread++;
    return unread;
  });

  createEffect(() => {
    const n = count();
    const badge = navigator as Navigator & {
      setAppBadge?: (n: number) => Promise<void>;
      clearAppBadge?: () => Promise<void>;
    };
    (n > 0 ? badge.setAppBadge?.(n) : badge.clearAppBadge?.())?.catch(logFailure('the app badge failed', undefined));
  });
  createEffect(
    on(
      count,
      // The first run (before is undefined) only learns the count: nothing new yet.
      (n, before) => {
        if (before === undefined || n <= before || document.visibilityState !== 'hidden') return;
        if (session.record.notify !== true || typeof Notification === 'undefined') return;
        if (Notification.permission !== 'granted') return;
        new Notification(t('me.notification'), { body: t('me.notificationBody', { count: n }), tag: 'buurtruil' });
      },
    ),
  );

  return {
    news: (post) => isUnread(times(), post, news().get(post)),
    isNew: (post) => {
      const { since, byPost } = times();
      return post.author !== session.memberKey && since !== null && post.created > since && !byPost.has(post.id);
    },
    count,
    lastRead: (post) => times().byPost.get(post) ?? times().since ?? 0,
    markRead: (post) => {
      // Read again whenever news arrives while the post is on screen (this reads news()).
      const latest = news().get(post) ?? 0;
      const known = times().byPost.get(post);
      if (known !== undefined && known >= latest) return;
      // The other device's clock may run ahead: what was seen counts as read whatever its time.
      void markRead(deviceDatabase, network, post, Math.max(Date.now(), latest));
    },
  };
}
