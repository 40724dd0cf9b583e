/** Every string the reader sees that is not content, in flat dotted keys. */
export const vi = {
  'site.name': 'Tủ sách pháp luật biên giới',
  'site.tagline': 'Văn bản pháp luật về biên giới quốc gia, đọc được cả khi không có mạng.',
  'site.about': 'Thư viện này chứa toàn văn các luật về biên giới, biển và biên phòng của Việt Nam, từng điều một, cùng thông tin về các điều ước biên giới Việt Nam – Trung Quốc. Bạn có thể đọc, tìm và in mà không cần kết nối Internet.',
  'skip.main': 'Bỏ qua, đến nội dung chính',
  'nav.label': 'Mục chính',
  'nav.home': 'Trang chủ',
  'nav.documents': 'Văn bản',
  'nav.breadcrumb': 'Bạn đang ở',
  'nav.top': 'Về đầu trang',

  'home.title': 'Tủ sách',
  'home.group.luat': 'Luật',
  'home.group.dieu-uoc': 'Điều ước quốc tế',
  'home.group.van-ban-khac': 'Văn bản khác',
  'home.noText': 'Chưa có toàn văn',

  'kind.luat': 'Luật',
  'kind.hiep-uoc': 'Hiệp ước',
  'kind.nghi-dinh-thu': 'Nghị định thư',
  'kind.hiep-dinh': 'Hiệp định',
  'kind.nghi-dinh': 'Nghị định',
  'kind.nghi-quyet': 'Nghị quyết',
  'kind.quyet-dinh': 'Quyết định',

  'status.con-hieu-luc': 'Còn hiệu lực',
  'status.het-hieu-luc-mot-phan': 'Hết hiệu lực một phần',
  'status.het-hieu-luc': 'Hết hiệu lực',
  'status.chua-co-hieu-luc': 'Chưa có hiệu lực',
  'status.chua-xac-minh': 'Chưa xác minh được',

  'border.viet-trung': 'Biên giới Việt Nam – Trung Quốc',
  'border.viet-lao': 'Biên giới Việt Nam – Lào',
  'border.viet-campuchia': 'Biên giới Việt Nam – Campuchia',
  'border.bien-dao': 'Biển, đảo',

  'meta.heading': 'Thông tin văn bản',
  'meta.kind': 'Loại văn bản',
  'meta.number': 'Số hiệu',
  'meta.issuer': 'Cơ quan ban hành',
  'meta.signer': 'Người ký',
  'meta.place': 'Nơi ký',
  'meta.signed': 'Ngày ban hành',
  'meta.signedTreaty': 'Ngày ký',
  'meta.inForce': 'Ngày có hiệu lực',
  'meta.inForceArticle': 'theo {article}',
  'meta.status': 'Tình trạng',
  'meta.statusChecked': 'kiểm tra ngày {date}',
  'meta.provenance': 'Nguồn văn bản',
  'meta.sources': 'Nguồn thông tin',
  'meta.borders': 'Biên giới liên quan',
  'meta.related': 'Văn bản liên quan',
  'meta.amendedBy': 'Được sửa đổi bởi',
  'meta.amends': 'Sửa đổi văn bản',
  'meta.unknown': 'Chưa rõ',
  'source.accessed': 'truy cập ngày {date}',

  'doc.toc': 'Mục lục',
  'doc.tocCount': '{count} điều',
  'doc.noText.title': 'Toàn văn chưa có trong ấn bản này',
  'doc.noText.body': 'Chúng tôi chưa có bản văn bản đã được đối chiếu với nguồn chính thức, nên chưa đăng toàn văn. Trang này chỉ có các thông tin đã có nguồn công khai ghi ở dưới.',
  'doc.editorNote': 'Ghi chú của người biên soạn (không phải nội dung văn bản)',
  'doc.closing': 'Phần kết',

  'article.permalink': 'Liên kết đến {label}',
  'article.permalinkShort': 'Liên kết',
  'article.copy': 'Sao chép trích dẫn',
  'article.copyPart': 'Sao chép trích dẫn {citation}',
  'article.copied': 'Đã sao chép: {citation}',
  'article.copyFailed': 'Không sao chép được. Trích dẫn: {citation}',

  'amend.notice': 'Điều này đã được sửa đổi',
  'amend.replacedBy': 'Điều này đã được thay bằng nội dung mới tại {citation}, có hiệu lực từ ngày {date} (theo {dateCitation}).',
  'amend.repealedBy': 'Điều này đã bị bãi bỏ bởi {citation}, có hiệu lực từ ngày {date} (theo {dateCitation}).',
  'amend.newWording': 'Nội dung mới',
  'amend.original': 'Nội dung gốc khi ban hành (đã được thay thế)',
  'amend.amendsHere': 'Điều này sửa đổi {citation}.',
  'amend.elsewhere.sua-doi': 'Điều này đã được sửa đổi bởi {by}',
  'amend.elsewhere.bo-sung': 'Điều này đã được bổ sung bởi {by}',
  'amend.elsewhere.bai-bo': 'Điều này đã bị bãi bỏ bởi {by}',
  'amend.elsewhere.inForce': ', có hiệu lực từ ngày {date}',
  'amend.elsewhere.source': 'Theo {source}.',
  'amend.elsewhere.missing': 'Văn bản đó chưa có trong ấn bản này; nội dung dưới đây là nguyên văn khi ban hành.',

  'pageKind.van-ban': 'Văn bản',
  'pageKind.giai-thich': 'Giải thích',
  'pageKind.hoi-dap': 'Hỏi đáp',
  'pageKind.thuat-ngu': 'Thuật ngữ',
  'pageKind.de-cuong': 'Đề cương',
  'pageKind.khac': 'Trang khác',

  'citation.dieu': 'Điều {num}',
  'citation.khoan': 'khoản {num}',
  'citation.diem': 'điểm {num}',

  // search (tim-kiem.html, header search box): 'search.*'
  'search.title': 'Tìm kiếm',
  'search.box': 'Tìm trong tủ sách',
  'search.label': 'Từ cần tìm',
  'search.hint': 'Gõ có dấu hay không dấu đều được, ví dụ: mốc quốc giới, dieu 14 luat bien gioi.',
  'search.submit': 'Tìm',
  'search.filters': 'Lọc kết quả',
  'search.filter.kind': 'Loại trang',
  'search.filter.document': 'Văn bản',
  'search.filter.all': 'Tất cả',
  'search.noJs': 'Trang tìm kiếm cần JavaScript, mà trình duyệt này đang tắt JavaScript. Bạn vẫn đọc được mọi văn bản từ {home}.',
  'search.noJs.home': 'trang chủ',
  'search.count': 'Có {count} kết quả cho “{query}”.',
  'search.none': 'Không tìm thấy kết quả nào cho “{query}”. Hãy thử từ khác hoặc bớt từ.',
  'search.failed': 'Không tải được dữ liệu tìm kiếm. Hãy tải lại trang.',
  'search.more': 'Hiện thêm kết quả',
  'search.parts': 'Các phần khớp trong trang',

  // offline edition (ve-an-ban.html, package): 'edition.*'

  // explainers, Q&A, glossary, outlines, handout, timeline: 'content.*', 'qa.*', 'glossary.*', 'outline.*', 'handout.*', 'timeline.*'

  // reading aids (text size, navigation): 'aids.*'
} as const;

export type UiKey = keyof typeof vi;

/** A UI string, with `{name}` placeholders filled from `params`. */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  return vi[key].replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}
