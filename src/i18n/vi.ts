/** Every string the reader sees that is not content, in flat dotted keys. */
export const vi = {
  'site.name': 'Tủ sách pháp luật biên giới',
  'site.tagline': 'Văn bản pháp luật về biên giới quốc gia, đọc được cả khi không có mạng.',
  'site.about':
    'Thư viện này chứa toàn văn các luật về biên giới, biển và biên phòng của Việt Nam và các ' +
    'nghị định quy định chi tiết các luật đó, từng điều một, cùng thông tin về các điều ước biên ' +
    'giới Việt Nam – Trung Quốc. Bạn có thể đọc, tìm và in mà không cần kết nối Internet.',
  'skip.main': 'Bỏ qua, đến nội dung chính',
  'nav.label': 'Mục chính',
  'nav.home': 'Trang chủ',
  'nav.documents': 'Văn bản',
  'nav.breadcrumb': 'Bạn đang ở',
  'nav.top': 'Về đầu trang',

  'home.title': 'Tủ sách',
  'home.group.luat': 'Luật',
  'home.group.nghi-dinh': 'Nghị định',
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

  // vbpl.vn's words for a document's status (docs/status.md); chua-xac-minh is ours.
  'status.con-hieu-luc': 'Còn hiệu lực',
  'status.het-hieu-luc-mot-phan': 'Hết hiệu lực một phần',
  'status.het-hieu-luc-toan-bo': 'Hết hiệu lực toàn bộ',
  'status.chua-co-hieu-luc': 'Chưa có hiệu lực',
  'status.ngung-hieu-luc-mot-phan': 'Ngưng hiệu lực một phần',
  'status.ngung-hieu-luc': 'Ngưng hiệu lực',
  'status.chua-xac-minh': 'Chưa xác minh được',
  'status.words': '{status} ({change})',
  'status.change.outstanding': 'đã được sửa đổi, bổ sung; bản này chưa cập nhật nội dung sửa đổi',
  'status.change.possible': 'có thể đã được sửa đổi, bổ sung; chưa xác minh được',
  'status.change.applied': 'đã được sửa đổi, bổ sung; nội dung sửa đổi được ghi tại điều bị sửa',
  'status.heading': 'Tình trạng hiệu lực',
  'status.checked': 'Kiểm tra ngày {date}, theo các nguồn:',
  'status.checkedAbove': 'Kiểm tra ngày {date}, theo các nguồn nêu trên.',
  'status.checkedAboveAnd': 'Kiểm tra ngày {date}, theo các nguồn nêu trên và:',
  'status.reorg':
    'Văn bản ban hành trước khi sắp xếp lại đơn vị hành chính năm 2025: tên cấp hành chính, địa ' +
    'danh trong văn bản là của lúc ban hành. Xem {link}.',
  'status.readAt': 'Đọc về thay đổi này tại:',
  'status.atArticles': 'Xem tại:',

  // outstanding changes (src/lib/status.ts): 'change.*'
  'change.act': '{kind} số {number}',
  'change.actDescribed': '{act} ({title}, ban hành ngày {date})',
  'change.inForce': 'có hiệu lực từ ngày {date}',
  'change.inForceUnknown': 'chưa rõ ngày có hiệu lực',
  'change.effect.sua-doi': 'sửa đổi',
  'change.effect.bo-sung': 'bổ sung',
  'change.effect.sua-doi-bo-sung': 'sửa đổi, bổ sung',
  'change.effect.bai-bo': 'bãi bỏ',
  'change.article': 'Điều {article}',
  'change.articlePart': '{part} Điều {article}',
  'change.what.articles': '{verb} {articles}',
  'change.what.extent': 'sửa đổi, bổ sung {extent}',
  'change.what.extentIncluding': 'sửa đổi, bổ sung {extent}, trong đó có {articles}',
  'change.what.unspecified': 'một số điều',
  'change.summary':
    '{act} đã {what} của văn bản này, {when}; nội dung trong tủ sách là nguyên văn trước khi sửa ' +
    'đổi.',
  'change.summary.unknown':
    'Chưa xác định được {act} có sửa đổi văn bản này hay không; nội dung trong tủ sách là nguyên ' +
    'văn khi ban hành.',
  'change.atArticle': 'Điều này đã được {verb}{part} bởi {by}, {when}.',
  'change.original':
    'Văn bản sửa đổi chưa có trong tủ sách này; nội dung dưới đây là nguyên văn khi ban hành, ' +
    'chưa có thay đổi đó.',
  'change.quote.title': '{document} đã được sửa đổi, bổ sung',
  'change.quote.titleUnknown': '{document} có thể đã được sửa đổi, bổ sung',
  'change.quote.original':
    'Nội dung trích dưới đây là nguyên văn khi ban hành; điều này có thể nằm trong phần đã được ' +
    'sửa đổi.',
  'change.quote.more': 'Xem tình trạng hiệu lực của văn bản',

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
  'meta.sources': 'Nguồn thông tin',
  'meta.borders': 'Biên giới liên quan',
  'meta.related': 'Văn bản liên quan',
  'meta.amendedBy': 'Được sửa đổi bởi',
  'meta.amends': 'Sửa đổi văn bản',
  'meta.unknown': 'Chưa rõ',
  'meta.basis': 'Căn cứ ban hành',
  'meta.notOnShelf': 'chưa có trong tủ sách',
  'meta.details': 'Quy định chi tiết',
  'meta.detailedBy': 'Văn bản quy định chi tiết',
  'source.accessed': 'truy cập ngày {date}',

  'doc.toc': 'Mục lục',
  'doc.tocCount': '{count} điều',
  'doc.noText.title': 'Toàn văn chưa có trong tủ sách này',
  'doc.noText.body':
    'Chúng tôi chưa có bản toàn văn nào đã được đối chiếu với nguồn chính thức, nên không đăng ' +
    'toàn văn. Chúng tôi cũng chưa xác minh được nơi công bố chính thức toàn văn của văn bản ' +
    'này, nên không chỉ nơi nào.',
  'doc.source.details': 'Chi tiết nguồn',
  'doc.source.from': 'Lấy từ',
  'doc.source.url': 'Địa chỉ',
  'doc.source.checks': 'Đã đối chiếu',
  'doc.source.sha256': 'Mã SHA-256 của tệp văn bản',
  'doc.editorNote': 'Ghi chú của người biên soạn (không phải nội dung văn bản)',
  'doc.closing': 'Phần kết',
  'doc.missing.title': 'Những phần của văn bản chưa có ở đây',
  'doc.missing.intro':
    'Bản nguồn chúng tôi dùng không có các phần dưới đây của văn bản chính thức. Chúng tôi không ' +
    'tự viết lại phần nào; phần văn bản có ở trang này đúng từng chữ theo bản nguồn.',
  'doc.sourceTitle': 'Tên văn bản do bản nguồn ghi:',

  'article.permalink': 'Liên kết đến {label}',
  'article.permalinkShort': 'Liên kết',
  'article.copy': 'Sao chép trích dẫn',
  'article.copyPart': 'Sao chép trích dẫn {citation}',
  'article.copied': 'Đã sao chép: {citation}',
  'article.copyFailed': 'Không sao chép được. Trích dẫn: {citation}',

  'amend.notice': 'Điều này đã được sửa đổi',
  'amend.replacedBy':
    'Điều này đã được thay bằng nội dung mới tại {citation}, có hiệu lực từ ngày {date} (theo ' +
    '{dateCitation}).',
  'amend.repealedBy':
    'Điều này đã bị bãi bỏ bởi {citation}, có hiệu lực từ ngày {date} (theo {dateCitation}).',
  'amend.newWording': 'Nội dung mới',
  'amend.original': 'Nội dung gốc khi ban hành (đã được thay thế)',
  'amend.amendsHere': 'Điều này sửa đổi {citation}.',

  'pageKind.van-ban': 'Văn bản',
  'pageKind.giai-thich': 'Giải thích',
  'pageKind.hoi-dap': 'Hỏi đáp',
  'pageKind.thuat-ngu': 'Thuật ngữ',
  'pageKind.de-cuong': 'Đề cương',
  'pageKind.trac-nghiem': 'Trắc nghiệm',
  'pageKind.khac': 'Trang khác',

  'citation.dieu': 'Điều {num}',
  'citation.khoan': 'khoản {num}',
  'citation.diem': 'điểm {num}',

  // search (tim-kiem.html, header search box): 'search.*'
  'search.title': 'Tìm kiếm',
  'search.box': 'Tìm trong tủ sách',
  'search.box.placeholder': 'Ví dụ: cột mốc',
  'search.label': 'Từ cần tìm',
  'search.hint': 'Gõ có dấu hay không dấu đều được, ví dụ: mốc quốc giới, dieu 14 luat bien gioi.',
  'search.submit': 'Tìm',
  'search.filters': 'Lọc kết quả',
  'search.filter.kind': 'Loại trang',
  'search.filter.document': 'Văn bản',
  'search.filter.all': 'Tất cả',
  'search.filter.apply': 'Lọc',
  'search.noJs':
    'Trang tìm kiếm cần JavaScript, mà trình duyệt này đang tắt JavaScript. Bạn vẫn đọc được mọi ' +
    'văn bản từ {home}.',
  'search.noJs.home': 'trang chủ',
  'search.count': 'Có {count} kết quả cho “{query}”.',
  'search.none': 'Không tìm thấy kết quả nào cho “{query}”.',
  'search.none.help':
    'Hãy thử gõ ít từ hơn, hoặc từ khác. Những câu người dân hay hỏi đã có lời đáp ở {questions}.',
  'search.none.questions': 'trang Hỏi đáp',
  'search.failed': 'Không tải được dữ liệu tìm kiếm. Hãy tải lại trang.',
  'search.more': 'Hiện thêm kết quả',
  'search.parts': 'Các phần khớp trong trang',

  // offline edition (ve-an-ban.html, package): 'edition.*'
  'edition.title': 'Về ấn bản này',
  'edition.name': 'Ấn bản ngày {date}',
  'edition.printedFrom': 'In từ Tủ sách pháp luật biên giới, ấn bản ngày {date}.',
  'edition.lead':
    'Tủ sách này là một thư mục các trang web đọc bằng trình duyệt, không cần mạng Internet. ' +
    'Trang này cho biết ấn bản có những gì, cập nhật đến ngày nào và cách kiểm tra bản sao trên ' +
    'máy của bạn.',
  'edition.version':
    'Mã nội dung: {version}. Hai bản sao có cùng mã nội dung thì có cùng nội dung. Mã này không ' +
    'dùng để kiểm tra bản sao; mã cần so ở phần “Kiểm tra bản sao”.',
  'edition.publisher': 'Ấn bản này ghi nơi phát hành là: {publisher}.',
  'edition.noPublisher': 'Ấn bản này không ghi tên nơi phát hành.',
  'edition.contents.heading': 'Ấn bản này có gì',
  'edition.contents.document': 'Văn bản',
  'edition.contents.status': 'Tình trạng',
  'edition.contents.checked': 'Kiểm tra tình trạng ngày',
  'edition.contents.text': 'Toàn văn',
  'edition.contents.hasText': 'Có',
  'edition.asOf.heading': 'Cập nhật đến ngày nào',
  'edition.asOf.body':
    'Tình trạng hiệu lực của mỗi văn bản được kiểm tra vào ngày ghi trong bảng trên. Ngày kiểm ' +
    'tra muộn nhất, {date}, là ngày của ấn bản. Sau ngày đó văn bản có thể đã được sửa đổi, bổ ' +
    'sung hoặc thay thế mà ấn bản này chưa ghi nhận; khi cần chắc chắn, hãy đối chiếu với nguồn ' +
    'chính thức hoặc dùng ấn bản mới hơn.',
  'edition.files.heading': 'Các tệp chính trong thư mục',
  'edition.file.index': 'trang chủ của tủ sách: bấm đúp để mở',
  'edition.file.about': 'trang “Về ấn bản này”: ấn bản có gì, cập nhật đến ngày nào, cách kiểm tra',
  'edition.file.guide': 'hướng dẫn sao chép, mở, kiểm tra và cập nhật (đọc bằng Notepad)',
  'edition.file.sums': 'mã SHA-256 của mọi tệp, dùng để kiểm tra bản sao',
  'edition.file.manifest': 'thông tin ấn bản dành cho máy đọc',
  'edition.check.heading': 'Kiểm tra bản sao',
  'edition.check.body':
    'Thư mục ấn bản có tệp SHA256SUMS: danh sách mọi tệp của ấn bản, mỗi tệp kèm một mã SHA-256 ' +
    'tính từ nội dung của nó. Nếu một tệp bị thiếu, bị hỏng khi sao chép hay bị sửa dù chỉ một ' +
    'chữ, mã của tệp đó sẽ khác danh sách.',
  'edition.code.heading': 'Mã cần so với nơi phát hành',
  'edition.code.body':
    'Chỉ có một mã cần so: mã SHA-256 của tệp SHA256SUMS, phần kiểm tra ở trên gọi là “mã của ' +
    'danh sách”. Mã có 64 ký tự (chữ số từ 0 đến 9 và chữ cái từ a đến f), hiện thành 16 nhóm, ' +
    'mỗi nhóm 4 ký tự. Hãy đọc to từng nhóm và so với mã mà nơi phát hành công bố; chỉ cần khác ' +
    'một ký tự là bản sao này không phải bản nơi phát hành làm ra.',
  'edition.code.why':
    'Vì sao phải so mã này: người sửa một trang cũng có thể sửa tệp SHA256SUMS cho khớp, nên chỉ ' +
    'khi mã của danh sách trùng với mã nơi phát hành công bố thì mới chắc bản sao là bản gốc. ' +
    'Nếu chưa có mã đó, hãy hỏi nơi phát hành hoặc người đã đưa bản sao cho bạn.',
  'edition.check.choose': 'Chọn thư mục ấn bản để kiểm tra',
  'edition.check.which': 'Thư mục ấn bản là thư mục có tệp index.html và SHA256SUMS.',
  'edition.check.upload':
    'Trình duyệt có thể hỏi có “tải lên” (upload) các tệp này không: hãy đồng ý. Các tệp không ' +
    'rời khỏi máy; trang chỉ đọc chúng để tính mã.',
  'edition.check.noScript':
    'Phần kiểm tra tự động cần JavaScript. Nếu trình duyệt đã tắt JavaScript, hãy dùng cách ' +
    'trong tệp HUONG-DAN.txt.',
  'edition.check.working': 'Đang kiểm tra {count} tệp…',
  'edition.check.ok':
    'Bản sao đầy đủ và nguyên vẹn: cả {count} tệp đều khớp với danh sách SHA256SUMS, không có ' +
    'tệp lạ. Còn một bước: so mã của danh sách dưới đây với mã nơi phát hành công bố.',
  'edition.check.problems': 'Bản sao có vấn đề ở {count} tệp. Hãy chép lại ấn bản từ bản gốc.',
  'edition.check.missing': 'Thiếu',
  'edition.check.changed': 'Bị thay đổi',
  'edition.check.extra': 'Tệp lạ, không có trong danh sách',
  'edition.check.fingerprint': 'Mã của danh sách (mã cần so với nơi phát hành):',
  'edition.check.noSums':
    'Không thấy tệp SHA256SUMS trong thư mục đã chọn. Hãy chọn đúng thư mục ấn bản: thư mục có ' +
    'tệp index.html và SHA256SUMS.',
  'edition.check.badSums':
    'Tệp SHA256SUMS bị hỏng ở dòng {line}, nên không kiểm tra được. Hãy chép lại ấn bản từ bản ' +
    'gốc.',
  'edition.check.failed':
    'Không đọc được các tệp trong thư mục đã chọn. Hãy chọn lại thư mục; nếu vẫn không được, hãy ' +
    'dùng cách trong tệp HUONG-DAN.txt.',
  'edition.check.unsupported':
    'Trình duyệt này không tự kiểm tra được. Hãy dùng cách khác trong tệp HUONG-DAN.txt.',
  'edition.guide.heading': 'Sao chép, mở, kiểm tra, cập nhật',
  'edition.guide.intro':
    'Tủ sách là một thư mục các trang web, đọc bằng trình duyệt, không cần mạng Internet. Tình ' +
    'trạng hiệu lực của các văn bản được kiểm tra đến ngày {date}; danh sách văn bản và ngày ' +
    'kiểm tra từng văn bản có trên trang “Về ấn bản này”.',
  'edition.guide.copy.title': 'Sao chép',
  'edition.guide.copy.body':
    'Chép nguyên cả thư mục {folder}, đủ mọi tệp và thư mục con bên trong, từ USB vào máy, ví dụ ' +
    'vào ổ D: hoặc ra màn hình nền. Nếu nhận được tệp {folder}.zip, hãy bấm chuột phải vào tệp ' +
    'đó, chọn Extract All (Giải nén tất cả), rồi dùng thư mục vừa giải nén.',
  'edition.guide.open.title': 'Mở',
  'edition.guide.open.body':
    'Mở thư mục {folder} và bấm đúp vào tệp index.html. Trang chủ tủ sách mở ra trong trình ' +
    'duyệt (Chrome, Cốc Cốc, Edge hoặc Firefox), không cần mạng Internet. Để lần sau mở nhanh: ' +
    'bấm chuột phải vào index.html, chọn Send to, rồi Desktop (create shortcut).',
  'edition.guide.check.title': 'Kiểm tra',
  'edition.guide.check.body':
    'Mở trang “Về ấn bản này” (liên kết ở cuối mỗi trang, tệp ve-an-ban.html), đến phần “Kiểm ' +
    'tra bản sao”, bấm nút chọn thư mục và chọn thư mục {folder}. Trang sẽ báo tệp nào thiếu, bị ' +
    'thay đổi hoặc là tệp lạ, và hiện mã của danh sách. Chỉ có một mã cần so với mã nơi phát ' +
    'hành công bố: mã SHA-256 của tệp SHA256SUMS. Trên máy có lệnh sha256sum, có thể chạy lệnh ' +
    '“sha256sum -c SHA256SUMS” trong thư mục ấn bản, rồi lệnh “sha256sum SHA256SUMS” để xem mã ' +
    'đó.',
  'edition.guide.update.title': 'Cập nhật',
  'edition.guide.update.body':
    'Khi nhận được ấn bản mới, xóa thư mục cũ (hoặc đổi tên nếu muốn giữ lại), chép thư mục mới ' +
    'vào rồi kiểm tra lại. Không chép tệp của hai ấn bản vào chung một thư mục. Ngày của ấn bản ' +
    'nằm trong tên thư mục và trên trang “Về ấn bản này”.',

  // explainers, Q&A, glossary, outlines, handout, timeline: 'content.*', 'qa.*', 'glossary.*', 'outline.*', 'handout.*', 'timeline.*'
  'content.learn': 'Tìm hiểu thêm',
  'content.learn.explainers': 'Giải thích từng luật và từng vấn đề bằng lời dễ hiểu.',
  'content.learn.questions': 'Những câu người dân hay hỏi, trả lời ngắn, có dẫn điều luật.',
  'content.learn.glossary': 'Các từ ngữ luật và nghị định giải thích, kèm nguyên văn định nghĩa.',
  'content.learn.outlines': 'Đề cương cho cán bộ nói chuyện về pháp luật biên giới.',
  'content.learn.handout':
    'Chọn điều, khoản, điểm, câu hỏi đáp, bài giải thích và hình minh họa để in trên khổ A4; ' +
    'trang cho biết bản in dài khoảng mấy trang.',
  'content.learn.reorg':
    'Các luật được viết trước khi sắp xếp lại đơn vị hành chính năm 2025: cách đọc tên cấp hành ' +
    'chính và địa danh cũ trong các luật.',
  'content.learn.timeline':
    'Các mốc của văn bản về biên giới Việt Nam – Trung Quốc và của các luật về biên giới, biển, ' +
    'biên phòng.',
  'content.audience': 'Dành cho',
  'content.audience.nguoi-dan': 'người dân',
  'content.audience.can-bo': 'cán bộ',
  'content.basis': 'Căn cứ',
  'content.documents': 'Văn bản được dẫn',
  'content.sourceRef': '[nguồn: {publisher}]',
  'content.empty': 'Chưa có bài nào.',
  'content.citedBy.giai-thich': 'Được giải thích trong',
  'content.citedBy.hoi-dap': 'Câu hỏi liên quan',
  'content.citedBy.de-cuong': 'Dùng trong đề cương',
  'content.citedBy.van-ban': 'Được dẫn chiếu tại',
  'content.explainers.title': 'Giải thích pháp luật',
  'content.explainers.intro':
    'Các bài giải thích luật bằng lời dễ hiểu. Mỗi ý đều dẫn điều luật mà nó dựa vào; bấm vào ' +
    'trích dẫn để đọc nguyên văn điều luật.',
  'qa.title': 'Hỏi đáp',
  'qa.intro': 'Mỗi câu có câu trả lời ngắn trước, điều luật làm căn cứ sau.',
  'qa.topics': 'Chủ đề',
  'qa.answer': 'Trả lời ngắn:',
  'qa.group': 'Nhóm câu hỏi',
  'qa.group.khu-vuc-bien-gioi': 'Khu vực biên giới, vành đai biên giới',
  'qa.group.qua-lai': 'Qua lại biên giới và cửa khẩu',
  'qa.group.bo-doi-bien-phong': 'Bộ đội Biên phòng',
  'qa.group.bien-dao': 'Biển, đảo và ngư dân',
  'qa.group.moc-quoc-gioi': 'Đường biên giới, mốc quốc giới và hiệp ước',
  'qa.group.nguoi-dan': 'Người dân: trách nhiệm, quyền lợi, việc bị cấm',
  'glossary.title': 'Thuật ngữ',
  'glossary.intro':
    'Các từ ngữ được luật và nghị định giải thích. Mỗi từ có nguyên văn định nghĩa và nơi văn ' +
    'bản quy định; khi nhiều văn bản cùng giải thích một từ, trang ghi đủ các định nghĩa.',
  'glossary.count': '{count} thuật ngữ',
  'outline.listTitle': 'Đề cương tuyên truyền',
  'outline.intro':
    'Đề cương để cán bộ nói chuyện với người dân về pháp luật biên giới: mục tiêu, nội dung ' +
    'chính, điều luật cần đọc và câu hỏi cho người nghe.',
  'outline.aims': 'Mục tiêu',
  'outline.questions': 'Câu hỏi cho người nghe',
  'outline.duration': 'Thời lượng',
  // the presentation view of an outline and the choice of parts for a shorter talk: 'talk.*'
  'talk.start': 'Trình chiếu',
  'talk.print': 'In đề cương',
  'talk.choose': 'Chọn phần cho buổi nói chuyện ngắn hơn',
  'talk.chooseAll': 'Chọn tất cả',
  'talk.minutes': '{minutes} phút',
  'talk.all': 'Cả đề cương: {count} phần, {minutes} phút.',
  'talk.none': 'Chưa chọn phần nào: trình chiếu và bản in gồm cả đề cương.',
  'talk.some':
    'Buổi ngắn: {chosen} trong {count} phần, khoảng {minutes} phút (cả đề cương {total} phút). ' +
    'Trình chiếu và bản in chỉ gồm các phần đã chọn.',
  'talk.saved': 'Lựa chọn được lưu trên máy này.',
  'talk.notSaved': 'Máy này không cho lưu lựa chọn: đóng trang là mất.',
  'talk.printNote': 'Bản rút gọn: {chosen} trong {count} phần của đề cương, khoảng {minutes} phút.',
  'talk.view': 'Trình chiếu: {title}',
  'talk.position': 'Phần {at} / {count}: {title}',
  'talk.prev': 'Phần trước',
  'talk.next': 'Phần sau',
  'talk.exit': 'Về trang đề cương (Esc)',
  'talk.pause': 'Dừng đồng hồ',
  'talk.left': 'Còn {time}',
  'talk.over': 'Quá {time}',
  'talk.keys': 'Phím mũi tên, Page Down, Page Up, Home, End để chuyển phần; Esc để thoát.',
  'handout.title': 'Tài liệu phát tay',
  'handout.intro':
    'Chọn điều, khoản, điểm của luật và nghị định, câu hỏi đáp, bài giải thích, hình minh họa ' +
    'cần phát, rồi bấm «In tài liệu». Bản in trên khổ A4 có nguyên văn, trích dẫn đầy đủ, ngày ' +
    'của ấn bản và ngày cập nhật của từng văn bản.',
  'handout.noScript':
    'Muốn chọn từng điều, trình duyệt cần bật JavaScript. Nếu không chọn được, bạn vẫn in được ' +
    'cả một văn bản: mở văn bản dưới đây rồi bấm Ctrl + P (hoặc chọn «In» trong trình duyệt).',
  'handout.sheetTitle': 'Tiêu đề tài liệu',
  'handout.defaultTitle': 'Tài liệu tìm hiểu pháp luật về biên giới',
  'handout.pick': 'Chọn điều ({count} điều)',
  'handout.parts': 'Chọn khoản, điểm của {article} ({count})',
  'handout.explainers': 'Bài giải thích',
  'handout.questions': 'Hỏi đáp',
  'handout.pickQuestions': 'Chọn câu hỏi ({count} câu)',
  'handout.diagrams': 'Hình minh họa',
  'handout.layout': 'Cách in',
  'handout.layout.normal': 'Thường: chữ cỡ 12, lề rộng, một cột',
  'handout.layout.compact': 'Gọn: chữ cỡ 10, lề hẹp, hai cột khi vừa, để in ít trang hơn',
  'handout.selected': 'Đã chọn {count} mục.',
  'handout.saved': 'Lựa chọn được lưu trên máy này.',
  'handout.notSaved': 'Máy này không cho lưu lựa chọn: lựa chọn chỉ giữ đến khi đóng trang.',
  'handout.estimate': 'Ước tính: bản in khoảng {pages} trang A4.',
  'handout.estimateCompact': 'In gọn thì khoảng {pages} trang.',
  'handout.estimateNote':
    'Đây là ước tính theo cỡ chữ và lề của bản in; máy in có thể làm chênh một ít.',
  'handout.added': 'Đã thêm vào tài liệu: {items}.',
  'handout.notFound': 'Không tìm thấy trong ấn bản này mục mà liên kết muốn thêm.',
  'handout.omitted': '[…]',
  'handout.omittedLabel': '(lược bớt phần khác của điều)',
  'handout.asOfTitle': 'Văn bản trong tài liệu này',
  'handout.asOf': '{document}: {status}. Văn bản cập nhật đến ngày {date}.',
  'handout.pageFoot':
    'Tủ sách pháp luật biên giới, ấn bản ngày {edition}; văn bản cập nhật đến ngày {date}.',
  'handout.print': 'In tài liệu',
  'handout.clear': 'Bỏ chọn tất cả',
  'handout.preview': 'Xem trước bản in',
  'handout.empty': 'Chưa chọn mục nào. Hãy đánh dấu ở trên những gì cần in.',
  'handout.add': 'Thêm vào tài liệu phát tay',
  'handout.addPart': 'Thêm {part} vào tài liệu phát tay',
  'handout.addOutline': 'Thêm các điều luật cần đọc vào tài liệu phát tay',
  'timeline.title': 'Dòng thời gian',
  'timeline.intro':
    'Các mốc thời gian của những văn bản về biên giới Việt Nam – Trung Quốc và của các luật về ' +
    'biên giới, biển và biên phòng. Mỗi mốc ghi rõ căn cứ.',
  'timeline.passed': 'Quốc hội thông qua {title}.',
  'timeline.signed': 'Ký {title}.',
  'timeline.signedAt': 'Ký {title} tại {place}.',
  'timeline.inForce': '{title} có hiệu lực.',
  'timeline.byHeading': 'Theo phần đầu của văn bản.',
  'timeline.byArticle': 'Theo {article}.',
  'timeline.sources': 'Nguồn:',
  'reorg.title': 'Văn bản và địa danh sau sắp xếp năm 2025',
  'reorg.intro':
    'Các luật trên tủ sách được ban hành trước khi đơn vị hành chính được sắp xếp lại năm 2025. ' +
    'Trang này ghi những gì đã thay đổi, và những gì các nguồn đã đọc nói về cách hiểu tên cấp ' +
    'hành chính, địa danh cũ trong các luật; câu nào cũng ghi nguồn. Điều gì chưa có nguồn, ' +
    'trang nói rõ là chưa có.',
  'reorg.checkedOn':
    'Trang này được soát lại theo các nguồn ngày {date}; ngày đọc từng nguồn ghi ở cuối trang. ' +
    'Thay đổi sau ngày đó chưa được ghi ở đây.',
  'reorg.link': 'xem trang Văn bản và địa danh sau sắp xếp năm 2025',

  // reading aids (text size, navigation): 'aids.*'
  'nav.explainers': 'Giải thích',
  'nav.questions': 'Hỏi đáp',
  'nav.outlines': 'Đề cương',
  'nav.handout': 'Tài liệu phát tay',
  'nav.search': 'Tìm kiếm',
  'aids.textSize': 'Chữ to',
  'aids.textSizeNotSaved': 'Máy này không cho lưu: chữ to chỉ giữ trên trang này.',

  // diagrams (content/hinh-minh-hoa/, <Diagram>): 'diagram.*'
  'diagram.caption': 'Hình: {title}',
  'diagram.notToScale': 'Hình vẽ minh họa, không theo tỉ lệ.',
  'diagram.text': 'Nội dung của hình, viết thành lời',
  'diagram.basis': 'Căn cứ',
  'diagram.conversion':
    'Cách đổi ra ki-lô-mét: 1 hải lý = 1.852 m, theo {source}; số ki-lô-mét bằng số hải lý nhân ' +
    'với 1,852. Luật chỉ ghi số hải lý.',
  'diagram.reorg':
    'Luật này được viết trước khi sắp xếp đơn vị hành chính năm 2025; về tên các cấp hành chính ' +
    'hiện nay, xem {link}.',
  'diagram.land': 'Đất liền',
  'diagram.sea': 'Biển',
  'diagram.seabed': 'Đáy biển',
  'diagram.neighbour': 'Nước láng giềng',
  'diagram.vietnam': 'Việt Nam',
  'diagram.inland': 'Nội địa',
  'diagram.communeEdge': 'Hết địa giới xã',
  'diagram.verticalPlane': 'mặt thẳng đứng',
  'diagram.fromBaseline': 'tính từ đường cơ sở',
  'diagram.beyond': 'có nơi xa hơn (xem bảng)',

  // quizzes (trac-nghiem.html, trac-nghiem/<set>…): 'quiz.*'
  'quiz.listTitle': 'Trắc nghiệm tìm hiểu pháp luật về biên giới',
  'quiz.intro':
    'Các bộ câu hỏi trắc nghiệm cho cuộc thi tìm hiểu pháp luật về biên giới ở trường học, xã, ' +
    'thôn. Mỗi bộ có bài tự kiểm tra trên máy, phiếu làm bài để in cho người dự thi và đáp án ' +
    'cho người chấm, có trích nguyên văn điều luật quyết định đáp án.',
  'quiz.count': '{count} câu hỏi',
  'quiz.selfCheck': 'Tự kiểm tra trên máy',
  'quiz.sheet': 'Phiếu làm bài để in',
  'quiz.key': 'Đáp án cho người chấm',
  'quiz.question': 'Câu {num}',
  'quiz.check': 'Chấm bài',
  'quiz.reset': 'Làm lại',
  'quiz.score': 'Bạn trả lời đúng {right} trên {total} câu.',
  'quiz.right': 'Đúng.',
  'quiz.wrong': 'Chưa đúng. Đáp án đúng: {answer}.',
  'quiz.skipped': 'Chưa chọn. Đáp án đúng: {answer}.',
  'quiz.noScript':
    'Muốn máy tự chấm, trình duyệt cần bật JavaScript. Không có JavaScript bạn vẫn làm bài được: ' +
    'chọn đáp án, rồi mở phần «Đáp án» ở cuối trang để tự đối chiếu.',
  'quiz.howTo':
    'Chọn một đáp án cho mỗi câu, rồi bấm «Chấm bài». Máy chấm ngay trên trang, không gửi bài đi ' +
    'đâu.',
  'quiz.showAnswers': 'Xem đáp án (mở ra sau khi làm bài)',
  'quiz.basis': 'Căn cứ:',
  'quiz.sheet.title': 'Phiếu làm bài: {title}',
  'quiz.sheet.name': 'Họ và tên',
  'quiz.sheet.group': 'Lớp hoặc thôn, tổ',
  'quiz.sheet.date': 'Ngày',
  'quiz.sheet.how': 'Đánh dấu X vào ô trước một đáp án đúng ở mỗi câu.',
  'quiz.sheet.score': 'Số câu đúng (người chấm ghi)',
  'quiz.key.title': 'Đáp án: {title}',
  'quiz.key.answer': 'Đáp án đúng:',
  'quiz.key.intro':
    'Dành cho người chấm. Mỗi câu có đáp án đúng và nguyên văn điều luật quyết định đáp án.',
  'quiz.key.summary': 'Bảng đáp án',
  'quiz.printHint':
    'Để in: bấm Ctrl + P, hoặc chọn «In» trong trình duyệt. Bản in chỉ có phần dưới đây, trên ' +
    'khổ A4.',
  'quiz.views': 'Bộ câu hỏi này',
  'content.learn.quizzes':
    'Câu hỏi trắc nghiệm cho cuộc thi tìm hiểu pháp luật về biên giới: tự kiểm tra trên máy, ' +
    'phiếu làm bài và đáp án để in.',
  'outline.quizzes':
    'Muốn tổ chức thi tìm hiểu pháp luật cho người nghe? Xem {link}: mỗi bộ có phiếu làm bài và ' +
    'đáp án để in.',
} as const;

export type UiKey = keyof typeof vi;

/** A UI string, with `{name}` placeholders filled from `params`. */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  return vi[key].replace(/\{(\w+)\}/g, (all, name: string) =>
    name in params ? String(params[name]) : all,
  );
}
