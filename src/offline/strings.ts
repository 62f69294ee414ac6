/** Words of the offline features (issue 19), per language. Isomorphic: pages and page scripts use them. */
export type OfflineLang = 'vi' | 'en';

const mb = (bytes: number) => `${Math.max(0.1, bytes / 1e6).toFixed(bytes >= 10e6 ? 0 : 1)} MB`;

const vi = {
  appName: 'Hà Giang 360 — tham quan thực tế ảo',
  appDescription: 'Tham quan Hà Giang bằng ảnh 360°, cả khi không có sóng.',
  saveHeading: 'Mang tour theo khi không có sóng',
  saveHint: 'Lưu tour này vào trình duyệt để xem trên đèo, không cần mạng.',
  quality: 'Chất lượng',
  phone: 'Điện thoại',
  full: 'Đầy đủ',
  download: (bytes: number) => `Tải về ${mb(bytes)}`,
  resume: (bytes: number) => `Tiếp tục tải (${mb(bytes)})`,
  update: (bytes: number) => `Cập nhật bản đã lưu (${mb(bytes)})`,
  progress: (files: number, total: number, done: number, all: number) => `${files}/${total} tệp · ${mb(done)} / ${mb(all)}`,
  saving: 'Đang lưu…',
  saved: (bytes: number, date: string) => `Đã lưu để xem ngoại tuyến (${mb(bytes)}, ${date}).`,
  cancel: 'Huỷ',
  cancelled: 'Đã dừng. Bấm để tiếp tục tải phần còn lại.',
  dropped: 'Mất kết nối. Bấm để tiếp tục khi có sóng lại.',
  noSpace: (need: number, free: number) => `Không đủ chỗ trống: cần ${mb(need)}, trình duyệt chỉ còn ${mb(free)}. Hãy xoá bớt dữ liệu hoặc chọn chất lượng Điện thoại.`,
  quotaHit: 'Trình duyệt hết chỗ trống giữa chừng; không có gì được lưu dở.',
  unsupported: 'Trình duyệt này không lưu được tour để xem ngoại tuyến.',
  delete: 'Xoá bản ngoại tuyến',
  deleted: 'Đã xoá bản ngoại tuyến.',
  offlineTitle: 'Tour đã lưu',
  offlineIntro: 'Những tour bạn đã lưu trên thiết bị này xem được cả khi không có mạng.',
  offlineNotice: 'Bạn đang ngoại tuyến và trang này chưa được lưu.',
  offlineNoticeOther: 'You are offline and this page is not saved.',
  none: 'Chưa có tour nào được lưu. Mở một tour và bấm “Tải về” để mang theo.',
  savedOn: (bytes: number, date: string) => `${mb(bytes)} · lưu ngày ${date}`,
  updateReady: 'Có phiên bản mới',
  reload: 'Tải lại',
  offlineLink: 'Tour đã lưu',
};

type Strings = typeof vi;

const en: Strings = {
  appName: 'Hà Giang 360 — virtual tours',
  appDescription: 'Explore Hà Giang in 360° photos, even with no signal.',
  saveHeading: 'Take this tour where there is no signal',
  saveHint: 'Save this tour in your browser and walk it on the pass, with no network.',
  quality: 'Quality',
  phone: 'Phone',
  full: 'Full',
  download: (bytes) => `Download ${mb(bytes)}`,
  resume: (bytes) => `Resume download (${mb(bytes)})`,
  update: (bytes) => `Update the saved copy (${mb(bytes)})`,
  progress: (files, total, done, all) => `${files}/${total} files · ${mb(done)} / ${mb(all)}`,
  saving: 'Saving…',
  saved: (bytes, date) => `Saved for offline (${mb(bytes)}, ${date}).`,
  cancel: 'Cancel',
  cancelled: 'Stopped. Press to download the rest.',
  dropped: 'The connection dropped. Press to resume when there is signal.',
  noSpace: (need, free) => `Not enough space: this needs ${mb(need)}, the browser has ${mb(free)} left. Free some space or choose Phone quality.`,
  quotaHit: 'The browser ran out of space part-way; nothing was saved half-way.',
  unsupported: 'This browser cannot save tours for offline use.',
  delete: 'Delete the offline copy',
  deleted: 'The offline copy was deleted.',
  offlineTitle: 'Saved tours',
  offlineIntro: 'The tours you saved on this device work with no network.',
  offlineNotice: 'You are offline and this page is not saved.',
  offlineNoticeOther: 'Bạn đang ngoại tuyến và trang này chưa được lưu.',
  none: 'No tour saved yet. Open a tour and press “Download” to take it with you.',
  savedOn: (bytes, date) => `${mb(bytes)} · saved ${date}`,
  updateReady: 'New version',
  reload: 'Reload',
  offlineLink: 'Saved tours',
};

export function offlineUi(lang: string): Strings {
  return lang === 'en' ? en : vi;
}
