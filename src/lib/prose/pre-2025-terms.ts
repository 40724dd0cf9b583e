/**
 * The words of the map before the 2025 reorganisation: a sentence of ours that
 * names one of these must say, in that sentence, that it is the law's pre-2025 wording or a former
 * name (a marker below). Each term says where it comes from; the sources are content/tham-khao/<id>.
 * JavaScript's \b knows no Vietnamese letters, so `word()` bounds a term by "not a letter".
 */

export interface Pre2025Term {
  /** What the reader sees in the report. */
  label: string;
  pattern: RegExp;
}

// A term or marker as a whole word; a space in it also matches a line break (sentences wrap).
const word = (text: string, flags = 'iu') =>
  new RegExp(`(?<!\\p{L})(?:${text.replaceAll(' ', '\\s+')})(?!\\p{L})`, flags);

/**
 * Units and bodies of the district level. Luật Tổ chức chính quyền địa phương 72/2025/QH15, Điều 1
 * khoản 1, has two levels only (tỉnh; xã, phường, đặc khu): violet-cong-bao-luat-72-2025-dieu-1.
 * Which units were district-level (quận, thị xã, thành phố thuộc tỉnh): reatimes-2025-luat-65-ba-cap.
 * "huyện" alone covers cấp huyện, huyện đảo and every Ủy ban nhân dân / Hội đồng nhân dân huyện.
 */
const DISTRICT_LEVEL: Pre2025Term[] = [
  { label: 'huyện', pattern: word('huyện') },
  { label: 'quận', pattern: word('quận') },
  { label: 'thị xã', pattern: word('thị xã') },
  { label: 'thành phố thuộc tỉnh', pattern: word('thành phố thuộc tỉnh') },
];

/** Townships: not among the units of cấp xã (xã, phường, đặc khu) in Luật 72/2025/QH15, Điều 1 (same source). */
const TOWNSHIP: Pre2025Term[] = [{ label: 'thị trấn', pattern: word('thị trấn') }];

/**
 * Provincial Border Guard commands: "giải thể 44 Bộ Chỉ huy Bộ đội biên phòng cấp tỉnh, thành lập 30
 * Ban Chỉ huy Bộ đội biên phòng trực thuộc Bộ Chỉ huy Quân sự cấp tỉnh" (June 2025):
 * nhandan-2025-06-ban-chi-huy-bdbp. Matches "Bộ chỉ huy (Bộ đội Biên phòng) (cấp) tỉnh" and the
 * title of its head, "Chỉ huy trưởng (Bộ đội Biên phòng) (cấp) tỉnh".
 */
const BORDER_GUARD: Pre2025Term[] = [
  {
    label: 'Bộ chỉ huy Bộ đội Biên phòng tỉnh',
    pattern: word('bộ chỉ huy (?:bộ đội biên phòng )?(?:cấp )?tỉnh'),
  },
  {
    label: 'Chỉ huy trưởng Bộ đội Biên phòng tỉnh',
    pattern: word('chỉ huy trưởng (?:bộ chỉ huy )?(?:bộ đội biên phòng )?(?:cấp )?tỉnh'),
  },
];

/**
 * The 29 provinces merged into others, by the names Nghị quyết 60-NQ/TW, mục II, gives them
 * (dvhcvn-nq-60-tw-2025; the National Assembly's Nghị quyết 202/2025/QH15 of 12/06/2025 arranged
 * the 34 units). Case-sensitive, so "hòa bình" (peace) is not the province Hòa Bình.
 */
const FORMER_PROVINCES = [
  'Hà Giang',
  'Yên Bái',
  'Bắc Kạn',
  'Vĩnh Phúc',
  'Hòa Bình',
  'Hoà Bình',
  'Bắc Giang',
  'Thái Bình',
  'Hải Dương',
  'Hà Nam',
  'Nam Định',
  'Quảng Bình',
  'Quảng Nam',
  'Kon Tum',
  'Bình Định',
  'Ninh Thuận',
  'Đắk Nông',
  'Bình Thuận',
  'Phú Yên',
  'Bà Rịa - Vũng Tàu',
  'Bà Rịa – Vũng Tàu',
  'Bình Dương',
  'Bình Phước',
  'Long An',
  'Sóc Trăng',
  'Hậu Giang',
  'Bến Tre',
  'Trà Vinh',
  'Tiền Giang',
  'Bạc Liêu',
  'Kiên Giang',
];

const PROVINCES: Pre2025Term[] = FORMER_PROVINCES.map((name) => ({
  label: name,
  pattern: word(name, 'u'),
}));

export const PRE_2025_TERMS: Pre2025Term[] = [
  ...DISTRICT_LEVEL,
  ...TOWNSHIP,
  ...BORDER_GUARD,
  ...PROVINCES,
];

/**
 * What makes a sentence say the name is the old one: the wording the project settled on ("theo cách gọi
 * của luật trước năm 2025", "trước đây", "nay là", "nay thuộc"), its near forms, and a link to the
 * page on the reorganisation (<ReorgLink>, src/components/content/ReorgLink.astro).
 */
export const PRE_2025_MARKERS: RegExp[] = [
  word('trước (?:năm )?2025'),
  word('trước (?:khi )?(?:sắp xếp|sáp nhập)'),
  word('trước đây'),
  word('nay (?:là|thuộc)'),
  word('tên cũ'),
  /<ReorgLink\b/,
];
