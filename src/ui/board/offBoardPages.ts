// The pages off the board, each loaded when first opened, with the office's texts: MemberHome
// routes to them, and the board itself never waits for their code (docs/benchmarks.md, figure 7).
import { lazy } from 'solid-js';
import { wantOfficeTexts } from '../i18n.ts';

// A page's code comes with the office's texts: their own areas (devices, plans, together,
// survey, sharing, moving, links) are there, and some show the kiosk's read-aloud and print
// sheets. The board's few texts of those areas are in i18n/<lang>/firstLoad.ts.
function offBoard<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), wantOfficeTexts()]).then(([page]) => page);
}
export const PostEditor = lazy(offBoard(() => import('./PostEditor.tsx').then((m) => ({ default: m.PostEditor }))));
export const PostDetail = lazy(offBoard(() => import('./PostDetail.tsx').then((m) => ({ default: m.PostDetail }))));
export const MorePage = lazy(offBoard(() => import('./MorePage.tsx').then((m) => ({ default: m.MorePage }))));
export const MyHours = lazy(offBoard(() => import('../exchange/MyHours.tsx').then((m) => ({ default: m.MyHours }))));
export const AppointmentsPage = lazy(
  offBoard(() => import('../exchange/AppointmentsPage.tsx').then((m) => ({ default: m.AppointmentsPage }))),
);
export const AcrossConversationList = lazy(
  offBoard(() => import('../exchange/AcrossConversationList.tsx').then((m) => ({ default: m.AcrossConversationList }))),
);
export const ProfilePage = lazy(
  offBoard(() => import('../profile/ProfilePage.tsx').then((m) => ({ default: m.ProfilePage }))),
);
export const PartsToAnswer = lazy(
  offBoard(() => import('../together/PartsToAnswer.tsx').then((m) => ({ default: m.PartsToAnswer }))),
);
export const IdeasPage = lazy(
  offBoard(() => import('../together/IdeasPage.tsx').then((m) => ({ default: m.IdeasPage }))),
);
export const MyParts = lazy(
  offBoard(() => import('../together/PartsToAnswer.tsx').then((m) => ({ default: m.MyParts }))),
);
export const ThanksPage = lazy(
  offBoard(() => import('../together/ThanksPage.tsx').then((m) => ({ default: m.ThanksPage }))),
);
export const PlansPage = lazy(
  offBoard(() => import('../together/PlansPage.tsx').then((m) => ({ default: m.PlansPage }))),
);
export const TogetherPage = lazy(
  offBoard(() => import('../together/TogetherPage.tsx').then((m) => ({ default: m.TogetherPage }))),
);
export const AgendaPage = lazy(
  offBoard(() => import('../together/AgendaPage.tsx').then((m) => ({ default: m.AgendaPage }))),
);
export const SurveyPage = lazy(
  offBoard(() => import('../together/SurveyPage.tsx').then((m) => ({ default: m.SurveyPage }))),
);
// Only a member who moved to a linked neighbourhood sees it (protocol-links.md §5).
export const MovedNotice = lazy(
  offBoard(() => import('../profile/MoveHouse.tsx').then((m) => ({ default: m.MovedNotice }))),
);
export const SettingsPage = lazy(
  offBoard(() => import('../devices/SettingsPage.tsx').then((m) => ({ default: m.SettingsPage }))),
);
