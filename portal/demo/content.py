"""Demo content written for the project from the public facts in shared/.

Built by the demo_content command.
"""

import datetime

# The programme pages (Vietnamese first, each with an English version).
PROGRAMME_PAGES = [
    {
        "slug": "gioi-thieu",
        "title": "Giới thiệu chương trình",
        "summary": (
            "Chương trình phát triển sản phẩm công nghiệp chủ lực (SPCNCL) do Sở Công Thương Hà "
            "Nội chủ trì nhằm xét chọn, tôn vinh và hỗ trợ những sản phẩm công nghiệp tiêu biểu "
            "của Thủ đô. Trang này tóm lược cơ sở pháp lý, mục tiêu và kết quả các đợt xét chọn từ "
            "năm 2018."
        ),
        "body": [
            ("heading", "Chương trình ra đời như thế nào"),
            (
                "paragraph",
                (
                    "<p>Ngày 26/01/2018, UBND Thành phố Hà Nội ký <strong>Quyết định "
                    "496/QĐ-UBND</strong> phê duyệt Đề án phát triển sản phẩm công nghiệp chủ lực "
                    "thành phố Hà Nội đến năm 2020, định hướng tới năm 2025. Đề án kế thừa kinh "
                    "nghiệm của giai đoạn 2005-2017: khi đó Thành phố xét chọn theo một bộ quy "
                    "định khác và đã công nhận tổng cộng 59 sản phẩm của 46 doanh nghiệp, thuộc "
                    "năm ngành cơ khí, điện - điện tử, hóa - nhựa, dệt may - da giầy và chế biến "
                    "lương thực, thực phẩm.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Sau năm năm thực hiện, ngày 07/04/2023 UBND Thành phố ban hành "
                    "<strong>Quyết định 2022/QĐ-UBND</strong> sửa đổi, bổ sung một số nội dung của "
                    "Đề án. Cùng ngày, <strong>Quyết định 2023/QĐ-UBND</strong> quy định cách thức "
                    "làm việc của Hội đồng đánh giá, xét chọn và phân công cơ quan chấm điểm đối "
                    "với từng tiêu chí. <strong>Sở Công Thương Hà Nội</strong> là cơ quan thường "
                    "trực: tổ chức mỗi đợt xét chọn, tổng hợp kết quả và tham mưu để UBND Thành "
                    "phố ra quyết định công nhận.</p>"
                ),
            ),
            ("heading", "Mục tiêu giai đoạn 2021-2025"),
            (
                "paragraph",
                (
                    "<p>Kế hoạch thực hiện Đề án giai đoạn 2021-2025 được UBND Thành phố phê duyệt "
                    "bằng Quyết định 4303/QĐ-UBND ngày 24/09/2020, với các chỉ tiêu "
                    "chính:</p><ul><li>thu hút 100-120 doanh nghiệp tham gia và có khoảng 150-180 "
                    "sản phẩm được công nhận SPCNCL trong cả giai đoạn;</li><li>đến năm 2025, nhóm "
                    "doanh nghiệp sản xuất SPCNCL đóng góp 40-50% tổng giá trị sản xuất công "
                    "nghiệp và 20-25% tổng kim ngạch xuất khẩu của Thành phố;</li><li>hằng năm có "
                    "100-120 lượt doanh nghiệp sản xuất SPCNCL được hỗ trợ và hưởng các chính sách "
                    "của Thành phố;</li><li>hình thành một số doanh nghiệp quy mô lớn, đủ sức cạnh "
                    "tranh quốc tế, tham gia chuỗi cung ứng toàn cầu và dẫn dắt các doanh nghiệp "
                    "nhỏ và vừa cùng lĩnh vực.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Nếu cộng kết quả của từng năm, năm đợt xét chọn từ 2021 đến 2025 đã công "
                    "nhận 183 sản phẩm, cao hơn khung chỉ tiêu 150-180 sản phẩm đặt ra cho cả giai "
                    "đoạn.</p>"
                ),
            ),
            ("heading", "Kết quả các đợt xét chọn 2018-2025"),
            (
                "table",
                [
                    ["Năm", "Sản phẩm được công nhận", "Doanh nghiệp", "Ghi chú"],
                    ["2018", "61", "36", "Đợt đầu tiên theo Đề án 496"],
                    ["2019", "30", "22", "48 sản phẩm của 37 doanh nghiệp tham gia"],
                    ["2020", "26", "19", "TOP 10 gồm 10 sản phẩm của 6 doanh nghiệp"],
                    ["2021", "46", "30", "Quyết định 5012/QĐ-UBND ngày 26/11/2021"],
                    ["2022", "33", "25", "Phân theo 8 nhóm ngành"],
                    ["2023", "33", "24", "TOP 10 thuộc 7 doanh nghiệp"],
                    ["2024", "36", "25", "TOP 10 là 10 sản phẩm điểm cao nhất"],
                    ["2025", "35", "28", "Lễ tôn vinh ngày 15/11/2025"],
                    ["Cộng 2018-2025", "300", "209 lượt", "Cộng số liệu từng đợt"],
                ],
            ),
            (
                "paragraph",
                (
                    "<p>Các con số lũy kế mà Sở Công Thương từng công bố đều khớp với bảng trên: "
                    "sau hai năm 2018-2019 là 91 sản phẩm của 58 doanh nghiệp; sau năm 2020 là 117 "
                    "sản phẩm của 77 doanh nghiệp; sau năm 2021 là 163 sản phẩm của 107 doanh "
                    "nghiệp. Cột doanh nghiệp ở dòng cuối tính theo lượt, vì một doanh nghiệp có "
                    "thể được công nhận ở nhiều năm.</p>"
                ),
            ),
            ("heading", "Tám nhóm ngành sản phẩm"),
            (
                "paragraph",
                (
                    "<p>Kết quả xét chọn năm 2022 được công bố theo 8 nhóm ngành. Cổng thông tin "
                    "dùng chính cách phân nhóm này để sắp xếp danh mục sản phẩm:</p><ul><li>công "
                    "nghiệp cơ khí, chế tạo;</li><li>công nghiệp điện, điện tử;</li><li>công nghệ "
                    "thông tin;</li><li>công nghiệp dệt may, da giày;</li><li>công nghiệp chế biến "
                    "nông sản, thực phẩm;</li><li>công nghiệp hóa chất, cao su, nhựa, dược "
                    "phẩm;</li><li>công nghiệp vật liệu xây dựng;</li><li>thủ công mỹ "
                    "nghệ.</li></ul>"
                ),
            ),
            ("heading", "Doanh nghiệp được gì khi có sản phẩm được công nhận"),
            (
                "paragraph",
                (
                    "<ul><li>Giấy chứng nhận SPCNCL của năm xét chọn; sản phẩm thuộc TOP 10 được "
                    "cấp thêm một giấy chứng nhận riêng.</li><li>Được tôn vinh tại lễ trao danh "
                    "hiệu và giới thiệu rộng rãi trên các kênh thông tin của Thành "
                    "phố.</li><li>Được sử dụng biểu trưng (logo) của chương trình trong thời hạn "
                    "danh hiệu còn hiệu lực.</li><li>Được ưu tiên khi tham gia các chương trình "
                    "xúc tiến thương mại, khuyến công, hỗ trợ khoa học - công nghệ và đào tạo "
                    "nguồn nhân lực của Thành phố.</li><li>Được mời tham dự các hội nghị kết nối "
                    "ngân hàng - doanh nghiệp và kết nối với đối tác trong, ngoài "
                    "nước.</li></ul><p>Danh hiệu có giá trị trong <strong>ba năm</strong>. Doanh "
                    "nghiệp muốn tiếp tục giữ danh hiệu có thể đăng ký tham gia lại ở các đợt xét "
                    "chọn sau.</p>"
                ),
            ),
            (
                "quote",
                (
                    "Danh hiệu sản phẩm công nghiệp chủ lực ghi nhận những gì doanh nghiệp đã làm "
                    "được, đồng thời là lời cam kết giữ vững chất lượng, tăng trưởng và trách "
                    "nhiệm với môi trường trong suốt thời gian được công nhận."
                ),
                "Ban biên tập Cổng thông tin SPCNCL Hà Nội",
            ),
        ],
        "en": {
            "slug": "introduction",
            "title": "About the programme",
            "summary": (
                "The key industrial products programme (SPCNCL), led by the Hanoi Department of "
                "Industry and Trade, selects, honours and supports the most outstanding industrial "
                "products made in the capital. This page sums up its legal basis, its targets and "
                "the results of every selection round since 2018."
            ),
            "body": [
                ("heading", "How the programme began"),
                (
                    "paragraph",
                    (
                        "<p>On 26 January 2018 the Hanoi People's Committee signed "
                        "<strong>Decision 496/QĐ-UBND</strong>, approving the scheme for "
                        "developing Hanoi's key industrial products to 2020, with an orientation "
                        "to 2025. The scheme builds on the experience of 2005-2017, when the city "
                        "used a different set of rules and recognised 59 products of 46 "
                        "enterprises in total, in five sectors: mechanical engineering, electrical "
                        "and electronic goods, chemicals and plastics, textiles, garments and "
                        "footwear, and food processing.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>After five years of implementation, on 7 April 2023 the People's "
                        "Committee issued <strong>Decision 2022/QĐ-UBND</strong>, amending and "
                        "supplementing parts of the scheme. On the same day, <strong>Decision "
                        "2023/QĐ-UBND</strong> set out how the evaluation and selection council "
                        "works and which agencies score which criteria. The <strong>Hanoi "
                        "Department of Industry and Trade</strong> is the standing agency: it runs "
                        "every round, compiles the results and advises the People's Committee on "
                        "the recognition decision.</p>"
                    ),
                ),
                ("heading", "Targets for 2021-2025"),
                (
                    "paragraph",
                    (
                        "<p>The plan for implementing the scheme in 2021-2025 was approved by "
                        "Decision 4303/QĐ-UBND of 24 September 2020. Its main targets "
                        "are:</p><ul><li>100-120 participating enterprises and some 150-180 "
                        "products recognised as key industrial products over the whole "
                        "period;</li><li>by 2025, enterprises making key industrial products "
                        "account for 40-50% of the city's industrial output and 20-25% of its "
                        "exports;</li><li>each year, 100-120 enterprise participations in the "
                        "city's support programmes and policies;</li><li>a number of large "
                        "enterprises able to compete internationally, join global supply chains "
                        "and lead the small and medium-sized firms in their field.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Adding up the yearly results, the five rounds from 2021 to 2025 "
                        "recognised 183 products, above the range of 150-180 products set for the "
                        "period.</p>"
                    ),
                ),
                ("heading", "Results of the 2018-2025 rounds"),
                (
                    "table",
                    [
                        ["Year", "Products recognised", "Enterprises", "Notes"],
                        ["2018", "61", "36", "First round under scheme 496"],
                        ["2019", "30", "22", "48 products of 37 enterprises applied"],
                        ["2020", "26", "19", "TOP 10: 10 products of 6 enterprises"],
                        ["2021", "46", "30", "Decision 5012/QĐ-UBND of 26/11/2021"],
                        ["2022", "33", "25", "Grouped into 8 sectors"],
                        ["2023", "33", "24", "TOP 10 held by 7 enterprises"],
                        ["2024", "36", "25", "TOP 10: the 10 highest-scoring products"],
                        ["2025", "35", "28", "Ceremony on 15/11/2025"],
                        ["Total 2018-2025", "300", "209 entries", "Sum of the yearly figures"],
                    ],
                ),
                (
                    "paragraph",
                    (
                        "<p>The cumulative figures published by the Department match this table: "
                        "91 products of 58 enterprises after 2018-2019, 117 products of 77 "
                        "enterprises after 2020 and 163 products of 107 enterprises after 2021. "
                        "The enterprise total in the last row counts entries, because one "
                        "enterprise may be recognised in several years.</p>"
                    ),
                ),
                ("heading", "Eight sector groups"),
                (
                    "paragraph",
                    (
                        "<p>The 2022 results were announced in eight sector groups, and this "
                        "portal uses the same grouping for its product "
                        "catalogue:</p><ul><li>mechanical engineering and "
                        "manufacturing;</li><li>electrical and electronic "
                        "products;</li><li>information technology;</li><li>textiles, garments and "
                        "footwear;</li><li>agricultural and food processing;</li><li>chemicals, "
                        "rubber, plastics and pharmaceuticals;</li><li>building "
                        "materials;</li><li>handicrafts.</li></ul>"
                    ),
                ),
                ("heading", "What recognition brings"),
                (
                    "paragraph",
                    (
                        "<ul><li>A key industrial product certificate for the year of the round; "
                        "products in the TOP 10 receive a separate certificate as "
                        "well.</li><li>Public honouring at the award ceremony and wide promotion "
                        "through the city's information channels.</li><li>The right to use the "
                        "programme logo while the title is valid.</li><li>Priority in the city's "
                        "trade promotion, industrial extension, science and technology support and "
                        "workforce training programmes.</li><li>Invitations to bank-business "
                        "connection conferences and to meetings with partners in Viet Nam and "
                        "abroad.</li></ul><p>The title is valid for <strong>three years</strong>. "
                        "Enterprises that wish to keep it can apply again in later rounds.</p>"
                    ),
                ),
                (
                    "quote",
                    (
                        "The key industrial product title recognises what an enterprise has "
                        "achieved, and it is also a commitment to keep up quality, growth and "
                        "environmental responsibility for as long as the title lasts."
                    ),
                    "Editorial team, Hanoi SPCNCL portal",
                ),
            ],
        },
    },
    {
        "slug": "tieu-chi-ho-so",
        "title": "Tiêu chí và hồ sơ xét chọn",
        "summary": (
            "Điều kiện để sản phẩm được xem xét, các nhóm tiêu chí Hội đồng chấm điểm và những "
            "giấy tờ doanh nghiệp thường phải chuẩn bị khi đăng ký tham gia xét chọn sản phẩm công "
            "nghiệp chủ lực Hà Nội."
        ),
        "body": [
            ("heading", "Ai có thể đăng ký"),
            (
                "paragraph",
                (
                    "<p>Chương trình dành cho doanh nghiệp sản xuất có <strong>trụ sở chính hoặc "
                    "nhà máy sản xuất đặt tại Hà Nội</strong>, không phân biệt loại hình sở hữu. "
                    "Doanh nghiệp có vốn đầu tư nước ngoài cũng có thể tham gia: riêng trong nhóm "
                    "77 doanh nghiệp có sản phẩm được công nhận giai đoạn 2018-2020 đã có 10 doanh "
                    "nghiệp FDI. Sản phẩm đăng ký cần là sản phẩm công nghiệp do doanh nghiệp sản "
                    "xuất, đáp ứng các ngưỡng quy mô nêu dưới đây.</p>"
                ),
            ),
            ("heading", "Ngưỡng doanh thu và xuất khẩu"),
            (
                "paragraph",
                (
                    "<p>Theo Hướng dẫn 1520/HD-SCT của Sở Công Thương (được báo chí đưa tin ngày "
                    "10/04/2019), điều kiện tối thiểu được chia theo loại sản phẩm như sau:</p>"
                ),
            ),
            (
                "table",
                [
                    ["Loại sản phẩm", "Điều kiện tối thiểu"],
                    [
                        (
                            "Sản phẩm công nghệ cao thuộc danh mục được khuyến khích phát triển "
                            "(Quyết định 66/2014/QĐ-TTg, Quyết định 13/2017/QĐ-TTg)"
                        ),
                        "Doanh thu từ 10 tỷ đồng/năm trở lên",
                    ],
                    ["Các sản phẩm công nghiệp khác", "Doanh thu từ 100 tỷ đồng/năm trở lên"],
                    ["Sản phẩm thủ công mỹ nghệ", "Kim ngạch xuất khẩu từ 1 triệu USD/năm trở lên"],
                    [
                        "Sản phẩm của doanh nghiệp khởi nghiệp",
                        (
                            "Không xét theo ngưỡng doanh thu; đánh giá ý tưởng sáng tạo, xu hướng "
                            "tăng trưởng, khả năng hội nhập và giá trị xã hội"
                        ),
                    ],
                ],
            ),
            (
                "paragraph",
                (
                    "<p>Ngưỡng 100 tỷ đồng không áp dụng cho doanh nghiệp thủ công mỹ nghệ và "
                    "doanh nghiệp khởi nghiệp. Vì Đề án đã được sửa đổi năm 2023, doanh nghiệp nên "
                    "đối chiếu các con số trên với hướng dẫn của đợt xét chọn đang mở trước khi "
                    "quyết định đăng ký.</p>"
                ),
            ),
            ("heading", "Cam kết tuân thủ pháp luật"),
            (
                "paragraph",
                (
                    "<p>Cùng với hồ sơ, doanh nghiệp báo cáo và cam kết việc chấp hành các quy "
                    "định về <strong>bảo vệ môi trường</strong>, <strong>quản lý chất lượng sản "
                    "phẩm</strong>, <strong>bảo hộ sở hữu trí tuệ</strong> và các quy định pháp "
                    "luật khác có liên quan. Đây là điều kiện bắt buộc; nội dung cam kết cần trung "
                    "thực vì có thể được các cơ quan chức năng đối chiếu trong quá trình đánh "
                    "giá.</p>"
                ),
            ),
            ("heading", "Hội đồng chấm điểm những gì"),
            (
                "paragraph",
                (
                    "<p>Mỗi đợt, UBND Thành phố thành lập Hội đồng đánh giá, xét chọn gồm đại diện "
                    "các sở, ngành. Hội đồng làm việc theo quy chế ban hành kèm Quyết định "
                    "2023/QĐ-UBND; văn bản này cũng phân công cơ quan nào chấm tiêu chí nào. Các "
                    "chỉ số thường được nhắc tới khi đánh giá gồm:</p><ul><li>mức tăng trưởng giá "
                    "trị sản xuất của sản phẩm;</li><li>quy mô sản xuất;</li><li>năng suất lao "
                    "động;</li><li>khả năng xuất khẩu;</li><li>việc duy trì ổn định chất lượng sản "
                    "phẩm.</li></ul><p>Thang điểm và trọng số chi tiết nằm trong phụ lục của các "
                    "quyết định nêu trên. <strong>TOP 10</strong> là 10 sản phẩm có điểm bình quân "
                    "của Hội đồng cao nhất trong đợt.</p>"
                ),
            ),
            ("heading", "Bộ hồ sơ thường gồm những gì"),
            (
                "paragraph",
                (
                    "<p>Mẫu biểu cụ thể được công bố kèm hướng dẫn của từng đợt xét chọn và đăng "
                    "trên cổng thông tin này. Nhìn chung, doanh nghiệp nên chuẩn "
                    "bị:</p><ul><li><strong>Phiếu đăng ký</strong> tham gia xét chọn, ghi rõ tên "
                    "sản phẩm và nhóm ngành;</li><li><strong>Báo cáo về sản phẩm</strong>: công "
                    "nghệ và năng lực sản xuất, doanh thu, xuất khẩu, thị trường và chất lượng "
                    "trong những năm gần nhất;</li><li><strong>Bản báo cáo, cam kết</strong> tuân "
                    "thủ pháp luật về môi trường, chất lượng, sở hữu trí tuệ;</li><li><strong>Giấy "
                    "tờ chứng minh</strong> kèm theo, chẳng hạn giấy chứng nhận đăng ký doanh "
                    "nghiệp, báo cáo tài chính, chứng chỉ hệ thống quản lý, văn bằng bảo hộ hoặc "
                    "chứng nhận hợp chuẩn, hợp quy nếu có.</li></ul><p><a "
                    'href="/bieu-mau-moi/bo-mau-trong.zip">Tải bộ biểu mẫu trống</a> (thư mời, '
                    "phiếu đăng ký, báo cáo thông tin sản phẩm, bản cam kết; Word và PDF).</p>"
                ),
            ),
            ("heading", "Kinh nghiệm chuẩn bị hồ sơ"),
            (
                "paragraph",
                (
                    "<ul><li>Bắt đầu tập hợp số liệu sớm, ngay khi kế hoạch năm được ban "
                    "hành.</li><li>Bảo đảm số liệu doanh thu, xuất khẩu trong báo cáo sản phẩm "
                    "khớp với báo cáo tài chính.</li><li>Nếu đăng ký nhiều sản phẩm, tách riêng số "
                    "liệu của từng sản phẩm để Hội đồng dễ đánh giá.</li><li>Khi chưa rõ, liên hệ "
                    "bộ phận hướng dẫn của Sở Công Thương trước thời hạn nộp để được giải "
                    "đáp.</li></ul>"
                ),
            ),
            ("heading", "Thời hạn của danh hiệu"),
            (
                "paragraph",
                (
                    "<p>Danh hiệu sản phẩm công nghiệp chủ lực có giá trị trong <strong>ba "
                    "năm</strong> kể từ khi được công nhận. Trong thời gian này, doanh nghiệp cần "
                    "duy trì các điều kiện đã cam kết; khi muốn tiếp tục giữ danh hiệu, doanh "
                    "nghiệp có thể nộp hồ sơ ở các đợt xét chọn sau.</p>"
                ),
            ),
        ],
        "en": {
            "slug": "criteria-and-dossier",
            "title": "Selection criteria and dossier",
            "summary": (
                "Who can apply, what the council scores and which papers an enterprise usually "
                "prepares when it applies for the Hanoi key industrial products title."
            ),
            "body": [
                ("heading", "Who can apply"),
                (
                    "paragraph",
                    (
                        "<p>The programme is open to manufacturers whose <strong>head office or "
                        "factory is in Hanoi</strong>, whatever their form of ownership. "
                        "Foreign-invested enterprises can take part too: the 77 enterprises with "
                        "products recognised in 2018-2020 already included 10 FDI firms. The "
                        "product entered should be an industrial product made by the enterprise "
                        "and should meet the thresholds below.</p>"
                    ),
                ),
                ("heading", "Revenue and export thresholds"),
                (
                    "paragraph",
                    (
                        "<p>Under Guidance 1520/HD-SCT of the Department of Industry and Trade "
                        "(reported in the press on 10 April 2019), the minimum conditions depend "
                        "on the type of product:</p>"
                    ),
                ),
                (
                    "table",
                    [
                        ["Type of product", "Minimum condition"],
                        [
                            (
                                "High-tech products on the lists encouraged for development "
                                "(Decision 66/2014/QĐ-TTg, Decision 13/2017/QĐ-TTg)"
                            ),
                            "Revenue of at least VND 10 billion a year",
                        ],
                        ["Other industrial products", "Revenue of at least VND 100 billion a year"],
                        ["Handicraft products", "Exports of at least USD 1 million a year"],
                        [
                            "Products of start-ups",
                            (
                                "No revenue threshold; judged on the creative idea, growth trend, "
                                "integration potential and social value"
                            ),
                        ],
                    ],
                ),
                (
                    "paragraph",
                    (
                        "<p>The VND 100 billion threshold does not apply to handicraft enterprises "
                        "or start-ups. Because the scheme was amended in 2023, enterprises should "
                        "check these figures against the guidance of the round currently open "
                        "before they apply.</p>"
                    ),
                ),
                ("heading", "Commitment to comply with the law"),
                (
                    "paragraph",
                    (
                        "<p>With the dossier, the enterprise reports on and commits to compliance "
                        "with the rules on <strong>environmental protection</strong>, "
                        "<strong>product quality management</strong>, <strong>intellectual "
                        "property protection</strong> and other relevant laws. This is a mandatory "
                        "condition; the commitment must be truthful, as the competent agencies may "
                        "check it during the evaluation.</p>"
                    ),
                ),
                ("heading", "What the council scores"),
                (
                    "paragraph",
                    (
                        "<p>For each round the People's Committee sets up an evaluation and "
                        "selection council made up of representatives of city departments. The "
                        "council works under the rules issued with Decision 2023/QĐ-UBND, which "
                        "also assigns each criterion to a scoring agency. Indicators commonly "
                        "cited in the evaluation include:</p><ul><li>growth in the output value of "
                        "the product;</li><li>scale of production;</li><li>labour "
                        "productivity;</li><li>export capacity;</li><li>consistent product "
                        "quality.</li></ul><p>The detailed scale and weights are set out in the "
                        "annexes of the decisions above. The <strong>TOP 10</strong> are the ten "
                        "products with the highest average council score in the round.</p>"
                    ),
                ),
                ("heading", "What a dossier usually contains"),
                (
                    "paragraph",
                    (
                        "<p>The exact forms are published with the guidance for each round and "
                        "posted on this portal. In general, an enterprise should "
                        "prepare:</p><ul><li>a <strong>registration form</strong> naming the "
                        "product and its sector group;</li><li>a <strong>product report</strong> "
                        "covering production technology and capacity, revenue, exports, markets "
                        "and quality over recent years;</li><li>a <strong>compliance report and "
                        "commitment</strong> on environment, quality and intellectual "
                        "property;</li><li><strong>supporting papers</strong>, such as the "
                        "enterprise registration certificate, financial statements, management "
                        "system certificates, intellectual property titles or conformity "
                        "certificates where available.</li></ul>"
                    ),
                ),
                ("heading", "Tips for preparing the dossier"),
                (
                    "paragraph",
                    (
                        "<ul><li>Start gathering figures early, as soon as the year's plan is "
                        "issued.</li><li>Make sure the revenue and export figures in the product "
                        "report match the financial statements.</li><li>If you enter several "
                        "products, give separate figures for each product so the council can "
                        "assess them easily.</li><li>If anything is unclear, contact the "
                        "Department's guidance team well before the deadline.</li></ul>"
                    ),
                ),
                ("heading", "How long the title lasts"),
                (
                    "paragraph",
                    (
                        "<p>The key industrial product title is valid for <strong>three "
                        "years</strong> from recognition. During that time the enterprise is "
                        "expected to keep meeting the conditions it committed to; to keep the "
                        "title afterwards, it can apply again in a later round.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "quy-trinh-lich-xet-chon",
        "title": "Quy trình và lịch xét chọn",
        "summary": (
            "Các bước của một đợt xét chọn sản phẩm công nghiệp chủ lực, từ khi ban hành hướng dẫn "
            "đến lễ tôn vinh, kèm mốc thời gian thực tế của đợt năm 2023 để doanh nghiệp tham khảo."
        ),
        "body": [
            ("heading", "Một đợt xét chọn diễn ra thế nào"),
            (
                "paragraph",
                (
                    "<p>Mỗi năm, chương trình được triển khai theo kế hoạch riêng do UBND Thành "
                    "phố ban hành. Thời điểm ban hành không cố định: kế hoạch năm 2021 được ký "
                    "ngày 11/03/2021, còn kế hoạch năm 2024 ra đời sớm hơn, ngày 15/12/2023. Dựa "
                    "trên kế hoạch, Sở Công Thương phát hành hướng dẫn, mẫu biểu và thời hạn nộp "
                    "hồ sơ cụ thể của đợt. Bảng dưới đây tóm tắt các bước chính.</p>"
                ),
            ),
            (
                "table",
                [
                    ["Bước", "Nội dung", "Đơn vị thực hiện", "Mốc tham khảo"],
                    [
                        "1",
                        "Ban hành kế hoạch năm, hướng dẫn và mẫu biểu",
                        "UBND Thành phố, Sở Công Thương",
                        "Cuối năm trước hoặc quý I",
                    ],
                    [
                        "2",
                        "Mời, vận động và hướng dẫn doanh nghiệp; phát hành form mời",
                        "Sở Công Thương",
                        "Quý I-II",
                    ],
                    [
                        "3",
                        (
                            "Các sở, ngành và chính quyền cơ sở gửi văn bản giới thiệu doanh "
                            "nghiệp đủ điều kiện"
                        ),
                        "Sở, ngành, địa phương",
                        "Năm 2021: trước 31/03/2021",
                    ],
                    [
                        "4",
                        "Doanh nghiệp nộp hồ sơ đăng ký",
                        "Doanh nghiệp",
                        "Theo hướng dẫn của đợt",
                    ],
                    [
                        "5",
                        "Tổng hợp, phân tích hồ sơ; Hội đồng họp chấm điểm",
                        "Sở Công Thương, Hội đồng",
                        "Năm 2023: 07/11/2023",
                    ],
                    [
                        "6",
                        "Công khai kết quả, lấy ý kiến khoảng mười ngày",
                        "Sở Công Thương",
                        "Năm 2023: 14/11 - 24/11/2023",
                    ],
                    [
                        "7",
                        "Báo cáo và ra quyết định công nhận",
                        "Sở Công Thương, UBND Thành phố",
                        "Năm 2021: 26/11/2021",
                    ],
                    [
                        "8",
                        "Lễ tôn vinh và trao danh hiệu",
                        "UBND Thành phố, Sở Công Thương",
                        "Quý IV",
                    ],
                ],
            ),
            ("heading", "Từ lời mời đến hồ sơ"),
            (
                "paragraph",
                (
                    "<p>Ở giai đoạn đầu, Sở Công Thương tổ chức các buổi làm việc để giới thiệu "
                    "chương trình và hướng dẫn trực tiếp cho doanh nghiệp; riêng kế hoạch năm 2021 "
                    "đặt mục tiêu làm việc với 30-40 doanh nghiệp. Các sở, ngành và chính quyền "
                    "địa phương rà soát doanh nghiệp trong lĩnh vực, địa bàn mình quản lý rồi gửi "
                    "văn bản giới thiệu kèm thông tin doanh nghiệp về Sở. Từ ngày 01/07/2025, Hà "
                    "Nội không còn cấp quận, huyện, thị xã; việc giới thiệu doanh nghiệp ở cơ sở "
                    "được thực hiện theo hướng dẫn của từng đợt.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Doanh nghiệp hoàn thiện và nộp hồ sơ trong thời hạn ghi trong hướng dẫn. "
                    "Sau khi nhận hồ sơ, bộ phận chuyên môn của Sở kiểm tra tính đầy đủ, tính toán "
                    "và phân tích số liệu, đồng thời có thể đề nghị doanh nghiệp bổ sung giấy tờ "
                    "còn thiếu.</p>"
                ),
            ),
            ("heading", "Chấm điểm, công khai và công nhận"),
            (
                "paragraph",
                (
                    "<p>Hội đồng đánh giá, xét chọn họp để chấm điểm từng sản phẩm theo bộ tiêu "
                    "chí; 10 sản phẩm có điểm bình quân cao nhất được đề xuất vào TOP 10. Danh "
                    "sách dự kiến sau đó được đăng công khai trên cổng thông tin để tổ chức, cá "
                    "nhân góp ý trong khoảng mười ngày. Hết thời hạn góp ý, Sở Công Thương tổng "
                    "hợp, báo cáo UBND Thành phố; UBND Thành phố ban hành quyết định công nhận. Lễ "
                    "tôn vinh và trao danh hiệu thường được tổ chức vào quý IV.</p>"
                ),
            ),
            ("heading", "Ví dụ: đợt xét chọn năm 2023"),
            (
                "paragraph",
                (
                    "<p>Năm 2023, khoảng 200 doanh nghiệp đã tìm hiểu chương trình; 37 sản phẩm "
                    "của 26 doanh nghiệp đủ điều kiện đưa ra Hội đồng. Các mốc chính như "
                    "sau:</p><ul><li><strong>07/11/2023</strong>: Hội đồng họp chấm "
                    "điểm;</li><li><strong>14/11/2023</strong>: kết quả 33 sản phẩm của 24 doanh "
                    "nghiệp được đăng công khai trên cổng thông "
                    "tin;</li><li><strong>24/11/2023</strong>: hết hạn nhận góp ý, gửi qua đường "
                    "bưu điện (tính theo dấu bưu điện) hoặc nộp trực tiếp tại Sở Công Thương, số "
                    "331 Cầu Giấy, Hà Nội;</li><li><strong>14/12/2023</strong>: lễ tôn vinh và "
                    "trao danh hiệu vào buổi tối.</li></ul>"
                ),
            ),
            ("heading", "Gửi góp ý về kết quả"),
            (
                "paragraph",
                (
                    "<p>Ý kiến góp ý nên được lập thành văn bản, ghi rõ sản phẩm liên quan, nội "
                    "dung góp ý và thông tin liên hệ của người gửi, rồi gửi đến Sở Công Thương "
                    "trong thời hạn đã thông báo. Sở xem xét các ý kiến nhận được trước khi hoàn "
                    "thiện hồ sơ trình UBND Thành phố.</p>"
                ),
            ),
            ("heading", "Theo dõi lịch của từng đợt"),
            (
                "paragraph",
                (
                    "<p>Các mốc thời gian chính thức của mỗi đợt được đăng ở mục Thông báo và Lịch "
                    "sự kiện của cổng thông tin. Doanh nghiệp có thể đăng ký nhận nhắc việc qua "
                    "Zalo hoặc Telegram; việc gửi nhắc việc chỉ thực hiện khi doanh nghiệp đồng ý "
                    "và có thể hủy bất cứ lúc nào.</p>"
                ),
            ),
        ],
        "en": {
            "slug": "process-and-timeline",
            "title": "Selection process and timeline",
            "summary": (
                "The steps of a key industrial products selection round, from the guidance to the "
                "award ceremony, with the actual dates of the 2023 round as an example."
            ),
            "body": [
                ("heading", "How a round works"),
                (
                    "paragraph",
                    (
                        "<p>Each year the programme follows its own plan issued by the Hanoi "
                        "People's Committee. The timing varies: the 2021 plan was signed on 11 "
                        "March 2021, while the 2024 plan came earlier, on 15 December 2023. Based "
                        "on the plan, the Department of Industry and Trade publishes the guidance, "
                        "forms and submission deadline of the round. The table below sums up the "
                        "main steps.</p>"
                    ),
                ),
                (
                    "table",
                    [
                        ["Step", "What happens", "Who", "Reference timing"],
                        [
                            "1",
                            "Yearly plan, guidance and forms issued",
                            "People's Committee, Department of Industry and Trade",
                            "End of previous year or Q1",
                        ],
                        [
                            "2",
                            "Enterprises invited, encouraged and guided; invitation forms sent out",
                            "Department of Industry and Trade",
                            "Q1-Q2",
                        ],
                        [
                            "3",
                            (
                                "Departments and local authorities send letters introducing "
                                "eligible enterprises"
                            ),
                            "City departments, local authorities",
                            "2021: before 31/03/2021",
                        ],
                        [
                            "4",
                            "Enterprises submit their dossiers",
                            "Enterprises",
                            "As set in the round's guidance",
                        ],
                        [
                            "5",
                            "Dossiers compiled and analysed; council scoring meeting",
                            "Department, council",
                            "2023: 07/11/2023",
                        ],
                        [
                            "6",
                            "Results posted for public comment for about ten days",
                            "Department of Industry and Trade",
                            "2023: 14/11 - 24/11/2023",
                        ],
                        [
                            "7",
                            "Report and recognition decision",
                            "Department, People's Committee",
                            "2021: 26/11/2021",
                        ],
                        [
                            "8",
                            "Honouring and award ceremony",
                            "People's Committee, Department",
                            "Q4",
                        ],
                    ],
                ),
                ("heading", "From invitation to dossier"),
                (
                    "paragraph",
                    (
                        "<p>In the first stage the Department holds working sessions to present "
                        "the programme and guide enterprises directly; the 2021 plan, for example, "
                        "aimed to work with 30-40 enterprises. City departments and local "
                        "authorities review the enterprises in their sector or area and send the "
                        "Department letters of introduction with the enterprises' details. Since 1 "
                        "July 2025 Hanoi no longer has district-level authorities, so local "
                        "introductions follow the guidance of each round.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Enterprises complete and submit their dossiers within the deadline "
                        "stated in the guidance. The Department's specialists then check that each "
                        "dossier is complete, calculate and analyse the figures, and may ask an "
                        "enterprise to supply missing papers.</p>"
                    ),
                ),
                ("heading", "Scoring, public comment and recognition"),
                (
                    "paragraph",
                    (
                        "<p>The evaluation and selection council meets to score each product "
                        "against the criteria; the ten products with the highest average score are "
                        "proposed for the TOP 10. The draft list is then posted on the portal so "
                        "that organisations and individuals can comment for about ten days. When "
                        "the comment period ends, the Department reports to the People's "
                        "Committee, which issues the recognition decision. The honouring and award "
                        "ceremony is usually held in the fourth quarter.</p>"
                    ),
                ),
                ("heading", "Example: the 2023 round"),
                (
                    "paragraph",
                    (
                        "<p>In 2023 about 200 enterprises enquired about the programme, and 37 "
                        "products of 26 enterprises qualified for the council. The key dates "
                        "were:</p><ul><li><strong>7 November 2023</strong>: council scoring "
                        "meeting;</li><li><strong>14 November 2023</strong>: results for 33 "
                        "products of 24 enterprises posted on the portal;</li><li><strong>24 "
                        "November 2023</strong>: comment deadline, by post (date of postmark) or "
                        "by hand at the Department of Industry and Trade, 331 Cau Giay, "
                        "Hanoi;</li><li><strong>14 December 2023</strong>: evening honouring and "
                        "award ceremony.</li></ul>"
                    ),
                ),
                ("heading", "Commenting on the results"),
                (
                    "paragraph",
                    (
                        "<p>Comments should be made in writing, naming the product concerned, the "
                        "point raised and the sender's contact details, and sent to the Department "
                        "within the announced period. The Department considers every comment "
                        "received before it finalises the file submitted to the People's "
                        "Committee.</p>"
                    ),
                ),
                ("heading", "Following each round's calendar"),
                (
                    "paragraph",
                    (
                        "<p>The official dates of each round are posted in the Announcements and "
                        "Events sections of the portal. Enterprises can sign up for reminders on "
                        "Zalo or Telegram; reminders are sent only with the enterprise's consent, "
                        "which can be withdrawn at any time.</p>"
                    ),
                ),
            ],
        },
    },
]

# News categories: (slug, name_vi, name_en).
CATEGORIES = [
    ("tin-hoat-dong", "Tin hoạt động", "Activities"),
    ("thong-bao", "Thông báo", "Announcements"),
    ("doanh-nghiep", "Doanh nghiệp tiêu biểu", "Featured firms"),
    ("chinh-sach", "Chính sách", "Policy"),
    ("hoi-cho-trien-lam", "Hội chợ, triển lãm", "Fairs and exhibitions"),
]

# News articles, oldest first. The one marked scheduled is published by the scheduler
# a few minutes after loading.
ARTICLES = [
    {
        "slug": "luu-y-tieu-chi-xet-chon-2019",
        "title": "Sản phẩm nào đủ điều kiện xét chọn công nghiệp chủ lực năm 2019?",
        "date": datetime.date(2019, 4, 12),
        "category": "chinh-sach",
        "tags": ["tiêu chí", "hồ sơ", "xét chọn 2019"],
        "summary": (
            "Hướng dẫn 1520/HD-SCT của Sở Công Thương Hà Nội đặt ngưỡng doanh thu 10 tỷ đồng cho "
            "sản phẩm công nghệ cao và 100 tỷ đồng cho các sản phẩm khác; hàng thủ công mỹ nghệ và "
            "sản phẩm khởi nghiệp được xét theo cách riêng."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Chuẩn bị cho đợt xét chọn sản phẩm công nghiệp chủ lực năm 2019, Sở Công "
                    "Thương Hà Nội đã ban hành Hướng dẫn 1520/HD-SCT, được báo chí đưa tin ngày "
                    "10/04/2019. Văn bản nêu rõ những điều kiện mà doanh nghiệp cần đối chiếu "
                    "trước khi quyết định nộp hồ sơ.</p>"
                ),
            ),
            ("heading", "Điều kiện về địa điểm"),
            (
                "paragraph",
                (
                    "<p>Doanh nghiệp tham gia phải có trụ sở chính hoặc nhà máy sản xuất đặt trên "
                    "địa bàn Hà Nội. Như vậy, một doanh nghiệp đăng ký kinh doanh ở tỉnh khác "
                    "nhưng có cơ sở sản xuất tại Thủ đô vẫn thuộc diện được xem xét.</p>"
                ),
            ),
            ("heading", "Ngưỡng quy mô theo từng loại sản phẩm"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Sản phẩm công nghệ cao</strong> nằm trong danh mục được "
                    "khuyến khích phát triển theo Quyết định 66/2014/QĐ-TTg và Quyết định "
                    "13/2017/QĐ-TTg: doanh thu từ 10 tỷ đồng mỗi năm trở lên.</li><li><strong>Các "
                    "sản phẩm công nghiệp khác</strong>: doanh thu từ 100 tỷ đồng mỗi năm trở "
                    "lên.</li><li><strong>Sản phẩm thủ công mỹ nghệ</strong>: kim ngạch xuất khẩu "
                    "từ 1 triệu USD mỗi năm trở lên.</li><li><strong>Sản phẩm của doanh nghiệp "
                    "khởi nghiệp</strong>: không áp ngưỡng doanh thu, mà được đánh giá qua ý tưởng "
                    "sáng tạo, xu hướng tăng trưởng, tiềm năng hội nhập và giá trị mang lại cho xã "
                    "hội.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Cách phân tầng này cho thấy chương trình không chỉ dành cho doanh nghiệp "
                    "lớn. Một sản phẩm công nghệ cao có doanh thu khiêm tốn, hay một làng nghề có "
                    "hàng xuất khẩu ổn định, vẫn có cơ hội được ghi nhận bên cạnh những tên tuổi "
                    "có doanh thu hàng nghìn tỷ đồng.</p>"
                ),
            ),
            ("heading", "Cam kết tuân thủ pháp luật"),
            (
                "paragraph",
                (
                    "<p>Ngoài các ngưỡng trên, doanh nghiệp phải báo cáo và cam kết chấp hành quy "
                    "định về bảo vệ môi trường, quản lý chất lượng sản phẩm, bảo hộ sở hữu trí tuệ "
                    "và các quy định pháp luật khác. Đây là điều kiện bắt buộc để hồ sơ được xem "
                    "xét.</p>"
                ),
            ),
            ("heading", "Doanh nghiệp nên làm gì"),
            (
                "paragraph",
                (
                    "<p>Trước khi điền phiếu đăng ký, doanh nghiệp nên rà lại số liệu doanh thu, "
                    "xuất khẩu của từng sản phẩm trong báo cáo tài chính gần nhất, xác định sản "
                    "phẩm thuộc nhóm nào trong các nhóm trên và chuẩn bị sẵn các giấy tờ chứng "
                    "minh về chất lượng, môi trường. Khi có vướng mắc, doanh nghiệp liên hệ Sở "
                    "Công Thương để được hướng dẫn cụ thể.</p>"
                ),
            ),
        ],
        "source_name": "Cổng thông tin Thăng Long",
        "source_url": (
            "http://thanglong.chinhphu.vn/cac-san-pham-co-doanh-thu-tu-10-ty-dong-duoc-xet-chon-san"
            "-pham-chu-luc"
        ),
        "image": "factory",
        "image_alt": "Minh họa: dây chuyền sản xuất trong một nhà máy",
        "scheduled": False,
        "en": {
            "slug": "criteria-reminder-2019",
            "title": "Which products qualify for the 2019 key industrial products round?",
            "summary": (
                "Guidance 1520/HD-SCT of the Hanoi Department of Industry and Trade sets a revenue "
                "threshold of VND 10 billion for high-tech products and VND 100 billion for other "
                "products; handicrafts and start-up products are judged differently."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>To prepare for the 2019 key industrial products round, the Hanoi "
                        "Department of Industry and Trade issued Guidance 1520/HD-SCT, reported in "
                        "the press on 10 April 2019. It spells out the conditions enterprises "
                        "should check before deciding to apply.</p>"
                    ),
                ),
                ("heading", "Location"),
                (
                    "paragraph",
                    (
                        "<p>An applicant must have its head office or its factory in Hanoi. An "
                        "enterprise registered in another province but producing in the capital "
                        "can therefore still be considered.</p>"
                    ),
                ),
                ("heading", "Thresholds by type of product"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>High-tech products</strong> on the lists encouraged for "
                        "development under Decision 66/2014/QĐ-TTg and Decision 13/2017/QĐ-TTg: "
                        "revenue of at least VND 10 billion a year.</li><li><strong>Other "
                        "industrial products</strong>: revenue of at least VND 100 billion a "
                        "year.</li><li><strong>Handicraft products</strong>: exports of at least "
                        "USD 1 million a year.</li><li><strong>Start-up products</strong>: no "
                        "revenue threshold; they are judged on the creative idea, growth trend, "
                        "integration potential and value to society.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>These tiers show that the programme is not only for large enterprises. "
                        "A high-tech product with modest revenue, or a craft village with steady "
                        "exports, can be recognised alongside names with revenues in the thousands "
                        "of billions of dong.</p>"
                    ),
                ),
                ("heading", "Commitment to comply with the law"),
                (
                    "paragraph",
                    (
                        "<p>Besides the thresholds, applicants must report on and commit to "
                        "compliance with the rules on environmental protection, product quality "
                        "management, intellectual property protection and other laws. This is a "
                        "mandatory condition for a dossier to be considered.</p>"
                    ),
                ),
                ("heading", "What enterprises should do"),
                (
                    "paragraph",
                    (
                        "<p>Before filling in the registration form, an enterprise should review "
                        "the revenue and export figures of each product in its latest financial "
                        "statements, work out which of the groups above the product belongs to, "
                        "and prepare evidence on quality and the environment. If anything is "
                        "unclear, it can contact the Department of Industry and Trade for "
                        "guidance.</p>"
                    ),
                ),
            ],
            "image_alt": "Illustration: a production line in a factory",
        },
    },
    {
        "slug": "hop-bao-khoi-dong-xet-chon-2019",
        "title": "Họp báo khởi động chương trình xét chọn sản phẩm công nghiệp chủ lực năm 2019",
        "date": datetime.date(2019, 7, 11),
        "category": "tin-hoat-dong",
        "tags": ["họp báo", "xét chọn 2019", "doanh nghiệp FDI"],
        "summary": (
            "Sáng 11/07/2019, Sở Công Thương Hà Nội tổ chức họp báo giới thiệu chương trình xét "
            "chọn năm 2019, đặt mục tiêu 60-70 sản phẩm của 35-40 doanh nghiệp và khuyến khích cả "
            "doanh nghiệp có vốn đầu tư nước ngoài tham gia."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Sáng 11/07/2019, tại trụ sở Sở Công Thương Hà Nội, Phó Giám đốc Sở Đàm "
                    "Tiến Thắng chủ trì buổi họp báo công bố chương trình xét chọn sản phẩm công "
                    "nghiệp chủ lực năm 2019. Đây là đợt xét chọn thứ hai kể từ khi Đề án theo "
                    "Quyết định 496/QĐ-UBND được phê duyệt đầu năm 2018.</p>"
                ),
            ),
            ("heading", "Kết quả năm đầu làm nền"),
            (
                "paragraph",
                (
                    "<p>Trong đợt đầu tiên năm 2018, Thành phố đã công nhận 61 sản phẩm của 36 "
                    "doanh nghiệp. Với năm 2019, Sở Công Thương đặt mục tiêu xét chọn 60-70 sản "
                    "phẩm của 35-40 doanh nghiệp. Việc nhận đăng ký đã mở từ tháng 4; đến ngày họp "
                    "báo, 16 doanh nghiệp đã đăng ký tham gia.</p>"
                ),
            ),
            ("heading", "Những lĩnh vực được chú trọng"),
            (
                "paragraph",
                (
                    "<p>Chương trình tập trung vào năm nhóm ngành: cơ khí; điện - điện tử; hóa "
                    "nhựa; dệt may - da giầy; chế biến lương thực, thực phẩm. Sản phẩm được hướng "
                    "tới là những sản phẩm có hàm lượng công nghệ cao, doanh thu lớn, đáp ứng các "
                    "chuẩn về tăng trưởng, xuất khẩu và trình độ sản xuất.</p>"
                ),
            ),
            ("heading", "Mở rộng cho doanh nghiệp FDI"),
            (
                "paragraph",
                (
                    "<p>Một điểm được nhấn mạnh tại buổi họp báo là chương trình khuyến khích các "
                    "doanh nghiệp có vốn đầu tư nước ngoài đang sản xuất tại Hà Nội cùng tham gia. "
                    "Sự góp mặt của khối doanh nghiệp này được kỳ vọng nâng tầm danh sách sản phẩm "
                    "chủ lực và tạo liên kết với doanh nghiệp trong nước.</p>"
                ),
            ),
            ("heading", "Danh hiệu có giá trị ba năm"),
            (
                "paragraph",
                (
                    "<p>Theo thông tin tại họp báo, danh hiệu sản phẩm công nghiệp chủ lực có giá "
                    "trị trong ba năm. Một số doanh nghiệp được công nhận năm 2018 vẫn đăng ký "
                    "tham gia đợt năm 2019, cho thấy doanh nghiệp coi trọng việc duy trì và khẳng "
                    "định lại danh hiệu.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p><strong>Cập nhật sau đợt xét chọn:</strong> năm 2019 có 48 sản phẩm của 37 "
                    "doanh nghiệp tham gia; 30 sản phẩm của 22 doanh nghiệp được công nhận. Cộng "
                    "với năm 2018, Thành phố đã có 91 sản phẩm của 58 doanh nghiệp mang danh hiệu "
                    "sản phẩm công nghiệp chủ lực.</p>"
                ),
            ),
        ],
        "source_name": "Kinh tế & Đô thị",
        "source_url": (
            "https://kinhtedothi.vn/ha-noi-cong-bo-chuong-trinh-xet-chon-san-pham-cong-nghiep-chu-l"
            "uc-2019.html"
        ),
        "image": "press",
        "image_alt": "Minh họa: bàn chủ tọa và phóng viên tại một buổi họp báo",
        "scheduled": False,
        "en": {
            "slug": "press-conference-2019-round",
            "title": "Press conference launches the 2019 key industrial products round",
            "summary": (
                "On the morning of 11 July 2019 the Hanoi Department of Industry and Trade "
                "presented the 2019 selection round at a press conference, aiming for 60-70 "
                "products of 35-40 enterprises and inviting foreign-invested firms to take part."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>On the morning of 11 July 2019, at the Hanoi Department of Industry "
                        "and Trade, Deputy Director Đàm Tiến Thắng chaired a press conference "
                        "announcing the 2019 key industrial products selection round. It was the "
                        "second round since the scheme under Decision 496/QĐ-UBND was approved in "
                        "early 2018.</p>"
                    ),
                ),
                ("heading", "Building on the first year"),
                (
                    "paragraph",
                    (
                        "<p>In the first round, in 2018, the city recognised 61 products of 36 "
                        "enterprises. For 2019 the Department aimed to select 60-70 products of "
                        "35-40 enterprises. Registration had been open since April, and by the day "
                        "of the press conference 16 enterprises had signed up.</p>"
                    ),
                ),
                ("heading", "Priority sectors"),
                (
                    "paragraph",
                    (
                        "<p>The programme focuses on five groups: mechanical engineering; "
                        "electrical and electronic goods; chemicals and plastics; textiles, "
                        "garments and footwear; and food processing. It looks for products with "
                        "high technology content and high revenue that meet standards for growth, "
                        "exports and production level.</p>"
                    ),
                ),
                ("heading", "Open to FDI enterprises"),
                (
                    "paragraph",
                    (
                        "<p>The press conference stressed that foreign-invested enterprises "
                        "producing in Hanoi are encouraged to take part. Their participation is "
                        "expected to raise the profile of the list and build links with domestic "
                        "firms.</p>"
                    ),
                ),
                ("heading", "A title valid for three years"),
                (
                    "paragraph",
                    (
                        "<p>According to the press conference, the key industrial product title is "
                        "valid for three years. Some enterprises recognised in 2018 were applying "
                        "again in 2019, a sign that firms value keeping and reconfirming the "
                        "title.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p><strong>Update after the round:</strong> in 2019, 48 products of 37 "
                        "enterprises took part and 30 products of 22 enterprises were recognised. "
                        "Together with 2018, the city had 91 products of 58 enterprises holding "
                        "the key industrial product title.</p>"
                    ),
                ),
            ],
            "image_alt": "Illustration: a presiding table and reporters at a press conference",
        },
    },
    {
        "slug": "ke-hoach-2021-2025-muc-tieu",
        "title": "Giai đoạn 2021-2025: hướng tới 150-180 sản phẩm công nghiệp chủ lực",
        "date": datetime.date(2020, 9, 28),
        "category": "chinh-sach",
        "tags": ["kế hoạch 2021-2025", "Quyết định 4303", "mục tiêu"],
        "summary": (
            "Ngày 24/09/2020, UBND Thành phố ban hành Quyết định 4303/QĐ-UBND phê duyệt kế hoạch "
            "thực hiện Đề án giai đoạn 2021-2025, đặt mục tiêu 100-120 doanh nghiệp tham gia với "
            "khoảng 150-180 sản phẩm được công nhận."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Ngày 24/09/2020, UBND Thành phố Hà Nội ban hành Quyết định 4303/QĐ-UBND "
                    "phê duyệt Kế hoạch thực hiện Đề án phát triển sản phẩm công nghiệp chủ lực "
                    "giai đoạn 2021-2025. Kế hoạch ra đời khi chương trình đã qua hai đợt xét "
                    "chọn: tính đến giữa năm 2020, Thành phố đã công nhận 91 sản phẩm của 58 doanh "
                    "nghiệp.</p>"
                ),
            ),
            ("heading", "Những con số mục tiêu"),
            (
                "figures",
                [
                    ("100-120", "doanh nghiệp tham gia"),
                    ("150-180", "sản phẩm được công nhận"),
                    ("40-50%", "giá trị sản xuất công nghiệp năm 2025"),
                    ("20-25%", "kim ngạch xuất khẩu năm 2025"),
                ],
            ),
            (
                "paragraph",
                (
                    "<p>Theo kế hoạch, đến năm 2025 các doanh nghiệp sản xuất sản phẩm công nghiệp "
                    "chủ lực sẽ đóng góp 40-50% tổng giá trị sản xuất công nghiệp và 20-25% tổng "
                    "kim ngạch xuất khẩu của Thành phố. Mỗi năm có 100-120 lượt doanh nghiệp được "
                    "hỗ trợ, thụ hưởng chính sách. Thành phố cũng kỳ vọng hình thành một số doanh "
                    "nghiệp lớn, đa ngành, đủ sức tham gia chuỗi cung ứng toàn cầu và kéo theo các "
                    "doanh nghiệp nhỏ và vừa cùng lĩnh vực.</p>"
                ),
            ),
            ("heading", "Năm nhóm nhiệm vụ"),
            (
                "paragraph",
                (
                    "<ul><li><strong>Xét chọn và tôn vinh</strong>: tuyên truyền trên báo chí, tổ "
                    "chức hội nghị phổ biến, mời và hướng dẫn doanh nghiệp tham "
                    "gia.</li><li><strong>Xúc tiến thương mại, đầu tư</strong>: hỗ trợ doanh "
                    "nghiệp dự hội chợ xuất khẩu chuyên ngành, tổ chức triển lãm, kết nối với nhà "
                    "nhập khẩu, phân phối quốc tế và duy trì cơ sở dữ liệu doanh "
                    "nghiệp.</li><li><strong>Cải thiện môi trường kinh doanh</strong>: tiếp tục "
                    "cải cách thủ tục hành chính, hoàn thiện hạ tầng các khu, cụm công nghiệp, kết "
                    "nối doanh nghiệp với ngân hàng và tổ chức đối thoại với lãnh đạo Thành "
                    "phố.</li><li><strong>Khoa học công nghệ</strong>: kết nối với đối tác nước "
                    "ngoài, viện nghiên cứu, trường đại học để tiếp cận công nghệ, thiết bị theo "
                    "chuẩn 4.0.</li><li><strong>Nguồn nhân lực</strong>: đào tạo công nhân tay "
                    "nghề cao, tổ chức các khóa tập huấn ngắn hạn về quản trị, thương mại và hội "
                    "nhập.</li></ul>"
                ),
            ),
            ("heading", "Ý nghĩa đối với doanh nghiệp"),
            (
                "paragraph",
                (
                    "<p>Với doanh nghiệp, kế hoạch 2021-2025 cho thấy danh hiệu không dừng ở lễ "
                    "trao giấy chứng nhận. Sản phẩm được công nhận là cửa vào các chương trình hỗ "
                    "trợ của Thành phố về vốn, thị trường, công nghệ và nhân lực trong suốt giai "
                    "đoạn.</p>"
                ),
            ),
        ],
        "source_name": "",
        "source_url": "",
        "image": "meeting",
        "image_alt": "Minh họa: bàn họp với tài liệu kế hoạch và biểu đồ",
        "scheduled": False,
        "en": {
            "slug": "plan-2021-2025-targets",
            "title": "2021-2025: aiming for 150-180 key industrial products",
            "summary": (
                "On 24 September 2020 the Hanoi People's Committee issued Decision 4303/QĐ-UBND "
                "approving the plan for the scheme in 2021-2025, with a target of 100-120 "
                "participating enterprises and some 150-180 recognised products."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>On 24 September 2020 the Hanoi People's Committee issued Decision "
                        "4303/QĐ-UBND approving the plan for implementing the key industrial "
                        "products scheme in 2021-2025. The plan came after two selection rounds: "
                        "by mid-2020 the city had recognised 91 products of 58 enterprises.</p>"
                    ),
                ),
                ("heading", "The targets"),
                (
                    "figures",
                    [
                        ("100-120", "participating enterprises"),
                        ("150-180", "products recognised"),
                        ("40-50%", "of industrial output in 2025"),
                        ("20-25%", "of exports in 2025"),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "<p>Under the plan, by 2025 enterprises making key industrial products "
                        "will account for 40-50% of the city's industrial output and 20-25% of its "
                        "exports. Each year, 100-120 enterprise participations in support "
                        "programmes and policies are planned. The city also hopes to see several "
                        "large, multi-sector enterprises able to join global supply chains and "
                        "pull along small and medium-sized firms in their field.</p>"
                    ),
                ),
                ("heading", "Five groups of tasks"),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Selection and honouring</strong>: media campaigns, "
                        "dissemination conferences, inviting and guiding enterprises to "
                        "apply.</li><li><strong>Trade and investment promotion</strong>: support "
                        "for specialised export fairs, exhibitions, links with international "
                        "importers and distributors, and an up-to-date enterprise "
                        "database.</li><li><strong>Business environment</strong>: further "
                        "administrative reform, completed infrastructure in industrial parks and "
                        "clusters, bank-business connections and dialogues with city "
                        "leaders.</li><li><strong>Science and technology</strong>: links with "
                        "foreign partners, research institutes and universities to access Industry "
                        "4.0 technology and equipment.</li><li><strong>Human resources</strong>: "
                        "training highly skilled workers and short courses on management, trade "
                        "and international integration.</li></ul>"
                    ),
                ),
                ("heading", "What it means for enterprises"),
                (
                    "paragraph",
                    (
                        "<p>For enterprises, the 2021-2025 plan makes clear that the title does "
                        "not end with the certificate. A recognised product opens the door to the "
                        "city's support for finance, markets, technology and skills throughout the "
                        "period.</p>"
                    ),
                ),
            ],
            "image_alt": "Illustration: a meeting table with plan documents and charts",
        },
    },
    {
        "slug": "ke-hoach-truyen-thong-2021",
        "title": "Năm 2021: chương trình SPCNCL được truyền thông ra sao?",
        "date": datetime.date(2021, 3, 15),
        "category": "chinh-sach",
        "tags": ["truyền thông", "kế hoạch 2021", "catalogue"],
        "summary": (
            "Kế hoạch 60/KH-UBND ngày 11/03/2021 đặt chỉ tiêu 3-5 phóng sự truyền hình, 10-12 tin "
            "bài, một cuộc họp báo, hai hội nghị phổ biến, 400 bộ form mời và cuốn catalogue 500 "
            "bản giới thiệu doanh nghiệp sản xuất SPCNCL."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Ngày 11/03/2021, UBND Thành phố ban hành Kế hoạch 60/KH-UBND thực hiện Đề "
                    "án phát triển sản phẩm công nghiệp chủ lực năm 2021. Bên cạnh mục tiêu thu "
                    "hút 20-25 doanh nghiệp với khoảng 25-30 sản phẩm được công nhận, kế hoạch "
                    "dành một phần đáng kể cho công tác thông tin, tuyên truyền, với các chỉ tiêu "
                    "được định lượng rõ ràng.</p>"
                ),
            ),
            ("heading", "Chỉ tiêu truyền thông trong năm"),
            (
                "table",
                [
                    ["Hoạt động", "Chỉ tiêu"],
                    ["Phóng sự truyền hình", "3-5 phóng sự"],
                    ["Tin, bài trên báo in và báo điện tử", "10-12 tin, bài"],
                    ["Họp báo", "1 cuộc"],
                    ["Hội nghị phổ biến chương trình", "2 hội nghị"],
                    ["Bộ form mời tham gia chương trình", "400 bộ"],
                    ["Catalogue doanh nghiệp sản xuất SPCNCL giai đoạn 2019-2021", "500 cuốn"],
                    ["Website chương trình", "Duy trì và cập nhật thường xuyên"],
                ],
            ),
            (
                "paragraph",
                (
                    "<p>Việc tuyên truyền do Sở Công Thương chủ trì, phối hợp với các sở, ngành và "
                    "các cơ quan truyền thông trung ương, Hà Nội. Cổng thông tin "
                    "www.congnghiepchuluc-hanoi.gov.vn được giao duy trì, cập nhật để doanh nghiệp "
                    "và người dân tra cứu thông tin về chương trình.</p>"
                ),
            ),
            ("heading", "Lễ tôn vinh lên sóng trực tiếp"),
            (
                "paragraph",
                (
                    "<p>Kế hoạch dự kiến truyền hình trực tiếp lễ tôn vinh và trao danh hiệu năm "
                    "2021 trên kênh 1 của Đài Phát thanh và Truyền hình Hà Nội. Đi kèm buổi lễ là "
                    "khu trưng bày khoảng 500 m² trong hai ngày, giới thiệu các sản phẩm được công "
                    "nhận giai đoạn 2019-2021.</p>"
                ),
            ),
            ("heading", "Vận động doanh nghiệp từ sớm"),
            (
                "paragraph",
                (
                    "<p>Để có nguồn hồ sơ tốt, kế hoạch giao Sở Công Thương làm việc, hướng dẫn "
                    "trực tiếp 30-40 doanh nghiệp. Các sở, ngành và UBND các quận, huyện, thị xã "
                    "được đề nghị giới thiệu doanh nghiệp đủ điều kiện, gửi văn bản và thông tin "
                    "chi tiết về Sở trước ngày 31/03/2021. Bộ form mời được thiết kế để gửi đến "
                    "các doanh nghiệp này, giúp họ nắm nhanh tiêu chí và các bước đăng ký.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Những chỉ tiêu trên cũng là thước đo để bộ phận truyền thông theo dõi tiến "
                    "độ trong năm: mỗi phóng sự, tin bài hay hội nghị được ghi nhận vào lịch "
                    "truyền thông và đối chiếu với kế hoạch.</p>"
                ),
            ),
        ],
        "source_name": "",
        "source_url": "",
        "image": "press",
        "image_alt": "Minh họa: máy quay truyền hình và ấn phẩm giới thiệu chương trình",
        "scheduled": False,
        "en": None,
    },
    {
        "slug": "tap-huan-quan-tri-doanh-nghiep-2021",
        "title": "Năm lớp tập huấn nâng cao năng lực quản trị cho doanh nghiệp SPCNCL",
        "date": datetime.date(2021, 3, 22),
        "category": "tin-hoat-dong",
        "tags": ["tập huấn", "nguồn nhân lực", "kế hoạch 2021"],
        "summary": (
            "Theo Kế hoạch 60/KH-UBND, năm 2021 Sở Công Thương được giao tổ chức 5 lớp tập huấn "
            "ngắn hạn, mỗi lớp 100 học viên trong 3 ngày, dành cho lãnh đạo và cán bộ quản lý "
            "doanh nghiệp sản xuất công nghiệp."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Phát triển nguồn nhân lực là một trong sáu nhóm nội dung của Kế hoạch "
                    "60/KH-UBND ngày 11/03/2021. Trong năm, Sở Công Thương Hà Nội được giao chủ "
                    "trì tổ chức 5 lớp tập huấn ngắn hạn cho lãnh đạo, cán bộ quản lý của các "
                    "doanh nghiệp sản xuất công nghiệp, trong đó có các doanh nghiệp đã có sản "
                    "phẩm được công nhận là sản phẩm công nghiệp chủ lực.</p>"
                ),
            ),
            (
                "figures",
                [
                    ("5", "lớp tập huấn"),
                    ("100", "học viên mỗi lớp"),
                    ("3", "ngày mỗi lớp"),
                    ("500", "lượt cán bộ quản lý"),
                ],
            ),
            ("heading", "Nội dung tập huấn"),
            (
                "paragraph",
                (
                    "<p>Chương trình học tập trung vào những kỹ năng doanh nghiệp cần để đứng vững "
                    "và mở rộng thị trường:</p><ul><li>kỹ năng quản lý, quản trị doanh "
                    "nghiệp;</li><li>kỹ năng thương mại, phát triển thị trường;</li><li>kiến thức "
                    "và kỹ năng hội nhập kinh tế quốc tế.</li></ul>"
                ),
            ),
            ("heading", "Đơn vị phối hợp"),
            (
                "paragraph",
                (
                    "<p>Theo kế hoạch, các lớp học được tổ chức với sự phối hợp của các trường đại "
                    "học, viện nghiên cứu, hội, hiệp hội và doanh nghiệp. Cách làm này giúp bài "
                    "giảng gắn với thực tiễn sản xuất, đồng thời tạo cơ hội để học viên trao đổi "
                    "kinh nghiệm với chuyên gia và với nhau.</p>"
                ),
            ),
            ("heading", "Vì sao quản trị quan trọng với danh hiệu"),
            (
                "paragraph",
                (
                    "<p>Các tiêu chí xét chọn quan tâm đến tăng trưởng, năng suất lao động và việc "
                    "duy trì chất lượng sản phẩm. Đó đều là kết quả của công tác quản trị. Doanh "
                    "nghiệp quản trị tốt không chỉ dễ đáp ứng tiêu chí mà còn giữ được danh hiệu "
                    "trong suốt ba năm hiệu lực và chuẩn bị tốt hơn cho các lần xét chọn tiếp "
                    "theo.</p>"
                ),
            ),
            ("heading", "Đăng ký tham gia"),
            (
                "paragraph",
                (
                    "<p>Thông tin về thời gian, địa điểm từng lớp được Sở Công Thương thông báo "
                    "trên cổng thông tin và gửi trực tiếp đến doanh nghiệp. Doanh nghiệp quan tâm "
                    "có thể cử cán bộ phù hợp với chủ đề của từng lớp để việc học đạt hiệu quả cao "
                    "nhất.</p>"
                ),
            ),
        ],
        "source_name": "",
        "source_url": "",
        "image": "training",
        "image_alt": "Minh họa: lớp học với học viên và giảng viên trước màn chiếu",
        "scheduled": False,
        "en": None,
    },
    {
        "slug": "ket-qua-xet-chon-2021-46-san-pham",
        "title": "46 sản phẩm được công nhận là sản phẩm công nghiệp chủ lực Hà Nội năm 2021",
        "date": datetime.date(2021, 11, 29),
        "category": "thong-bao",
        "tags": ["kết quả xét chọn", "TOP 10", "Quyết định 5012"],
        "summary": (
            "Theo Quyết định 5012/QĐ-UBND ngày 26/11/2021, 46 sản phẩm của 30 doanh nghiệp được "
            "công nhận sản phẩm công nghiệp chủ lực năm 2021; TOP 10 gồm 10 sản phẩm của 10 doanh "
            "nghiệp."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Ngày 26/11/2021, UBND Thành phố Hà Nội ban hành Quyết định 5012/QĐ-UBND "
                    "công nhận 46 sản phẩm của 30 doanh nghiệp đạt danh hiệu sản phẩm công nghiệp "
                    "chủ lực năm 2021. Đợt xét chọn có 54 sản phẩm của 34 doanh nghiệp gửi hồ sơ "
                    "đăng ký. Kết quả vượt xa mục tiêu 25-30 sản phẩm đặt ra trong kế hoạch đầu "
                    "năm.</p>"
                ),
            ),
            ("heading", "TOP 10 sản phẩm năm 2021"),
            (
                "paragraph",
                (
                    "<p>Mười sản phẩm có điểm bình quân cao nhất, thuộc mười doanh nghiệp khác "
                    "nhau, gồm:</p><ul><li>Đèn LED Rạng Đông;</li><li>Dây và cáp điện "
                    "Cadisun;</li><li>Ống thép inox Sơn Hà;</li><li>Khóa thông minh "
                    "Innoviti-s;</li><li>Phần mềm quản trị doanh nghiệp hợp nhất MISA "
                    "AMIS;</li><li>Đá thạch anh cao cấp Vicostone;</li><li>Bình nước nóng "
                    "ROSSI;</li><li>Dây cáp điện SINO-VANLOCK;</li><li>Cửa nhôm "
                    "Eurowindow;</li><li>Tôn mạ VNSTELL Thăng Long.</li></ul>"
                ),
            ),
            ("heading", "Quy mô của nhóm doanh nghiệp được công nhận"),
            (
                "figures",
                [
                    ("≈40.000 tỷ đồng", "doanh thu của 30 doanh nghiệp"),
                    ("≈1 tỷ USD", "kim ngạch xuất khẩu"),
                    ("13", "doanh nghiệp doanh thu trên 1.000 tỷ đồng"),
                    ("7", "doanh nghiệp thuộc VNR500"),
                ],
            ),
            (
                "paragraph",
                (
                    "<p>Các sản phẩm năm nay trải rộng từ vật liệu xây dựng, thiết bị điện, hệ "
                    "thống xử lý nước thải đến sản phẩm dinh dưỡng và phần mềm quản trị doanh "
                    "nghiệp. Sự hiện diện của phần mềm trong TOP 10 cho thấy chương trình ngày "
                    "càng ghi nhận cả những sản phẩm công nghệ thông tin, bên cạnh các ngành sản "
                    "xuất truyền thống.</p>"
                ),
            ),
            ("heading", "Hội đồng đánh giá dựa trên những gì"),
            (
                "paragraph",
                (
                    "<p>Hội đồng xét chọn chấm điểm theo các chỉ số như mức tăng trưởng giá trị "
                    "sản xuất của sản phẩm, quy mô sản xuất, năng suất lao động, khả năng xuất "
                    "khẩu và việc duy trì chất lượng. Sản phẩm đạt điểm theo yêu cầu được đề xuất "
                    "công nhận; mười sản phẩm dẫn đầu được xếp vào TOP 10.</p>"
                ),
            ),
            ("heading", "Lũy kế sau bốn đợt"),
            (
                "paragraph",
                (
                    "<p>Cộng với các đợt 2018, 2019 và 2020, đến nay Thành phố đã công nhận 163 "
                    "sản phẩm của 107 doanh nghiệp. Các doanh nghiệp có sản phẩm được công nhận sẽ "
                    "nhận giấy chứng nhận, được sử dụng biểu trưng của chương trình và được ưu "
                    "tiên tham gia các chương trình xúc tiến thương mại, khuyến công, hỗ trợ khoa "
                    "học - công nghệ và phát triển nguồn nhân lực của Thành phố.</p>"
                ),
            ),
        ],
        "source_name": "Tạp chí Công Thương",
        "source_url": (
            "https://tapchicongthuong.vn/bai-viet/nam-2021-ha-noi-cong-nhan-46-san-pham-cong-nghiep"
            "-chu-luc-85638.htm"
        ),
        "image": "products",
        "image_alt": "Minh họa: các sản phẩm công nghiệp trưng bày trên kệ",
        "scheduled": False,
        "en": {
            "slug": "2021-results-46-products",
            "title": "46 products recognised as Hanoi key industrial products in 2021",
            "summary": (
                "Under Decision 5012/QĐ-UBND of 26 November 2021, 46 products of 30 enterprises "
                "were recognised as key industrial products for 2021; the TOP 10 are 10 products "
                "of 10 enterprises."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>On 26 November 2021 the Hanoi People's Committee issued Decision "
                        "5012/QĐ-UBND recognising 46 products of 30 enterprises as key industrial "
                        "products for 2021. In this round, 54 products of 34 enterprises applied. "
                        "The result was well above the target of 25-30 products set in the year's "
                        "plan.</p>"
                    ),
                ),
                ("heading", "The 2021 TOP 10"),
                (
                    "paragraph",
                    (
                        "<p>The ten products with the highest average scores, from ten different "
                        "enterprises, are:</p><ul><li>Rạng Đông LED lamps;</li><li>Cadisun "
                        "electric wires and cables;</li><li>Sơn Hà stainless steel "
                        "pipes;</li><li>Innoviti-s smart locks;</li><li>MISA AMIS integrated "
                        "enterprise management software;</li><li>Vicostone premium quartz "
                        "stone;</li><li>ROSSI water heaters;</li><li>SINO-VANLOCK electric "
                        "cables;</li><li>Eurowindow aluminium doors;</li><li>VNSTELL Thăng Long "
                        "coated steel sheets.</li></ul>"
                    ),
                ),
                ("heading", "The scale of the recognised enterprises"),
                (
                    "figures",
                    [
                        ("≈VND 40 trillion", "revenue of the 30 enterprises"),
                        ("≈USD 1 billion", "exports"),
                        ("13", "enterprises with revenue above VND 1 trillion"),
                        ("7", "enterprises in the VNR500"),
                    ],
                ),
                (
                    "paragraph",
                    (
                        "<p>This year's products range from building materials, electrical "
                        "equipment and wastewater treatment systems to nutrition products and "
                        "enterprise software. Software in the TOP 10 shows that the programme "
                        "increasingly recognises information technology products alongside "
                        "traditional manufacturing.</p>"
                    ),
                ),
                ("heading", "What the council looks at"),
                (
                    "paragraph",
                    (
                        "<p>The selection council scores indicators such as growth in the "
                        "product's output value, scale of production, labour productivity, export "
                        "capacity and consistent quality. Products that reach the required score "
                        "are proposed for recognition, and the ten leading products form the TOP "
                        "10.</p>"
                    ),
                ),
                ("heading", "Cumulative results after four rounds"),
                (
                    "paragraph",
                    (
                        "<p>Together with the 2018, 2019 and 2020 rounds, the city has now "
                        "recognised 163 products of 107 enterprises. Enterprises with recognised "
                        "products receive a certificate, may use the programme logo and have "
                        "priority in the city's trade promotion, industrial extension, science and "
                        "technology and workforce programmes.</p>"
                    ),
                ),
            ],
            "image_alt": "Illustration: industrial products displayed on shelves",
        },
    },
    {
        "slug": "top-10-2021-chan-dung-san-pham",
        "title": (
            "Từ bóng đèn LED đến phần mềm quản trị: nhìn lại TOP 10 sản phẩm công nghiệp chủ lực "
            "năm 2021"
        ),
        "date": datetime.date(2022, 1, 10),
        "category": "doanh-nghiep",
        "tags": ["TOP 10", "doanh nghiệp tiêu biểu", "năm 2021"],
        "summary": (
            "Mười sản phẩm dẫn đầu năm 2021 thuộc mười doanh nghiệp khác nhau, trải từ thiết bị "
            "chiếu sáng, dây cáp điện, vật liệu xây dựng đến phần mềm, phản ánh bức tranh đa dạng "
            "của công nghiệp Thủ đô."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Quyết định 5012/QĐ-UBND ngày 26/11/2021 không chỉ công nhận 46 sản phẩm "
                    "công nghiệp chủ lực mà còn xướng tên mười sản phẩm có điểm bình quân cao "
                    "nhất. Điểm đáng chú ý là mười sản phẩm này thuộc mười doanh nghiệp khác nhau, "
                    "không doanh nghiệp nào có hai vị trí trong nhóm dẫn đầu.</p>"
                ),
            ),
            ("heading", "Nhóm thiết bị điện và chiếu sáng"),
            (
                "paragraph",
                (
                    "<p>Bốn trong mười sản phẩm thuộc lĩnh vực điện: <strong>Đèn LED Rạng "
                    "Đông</strong>, <strong>Dây và cáp điện Cadisun</strong>, <strong>Dây cáp điện "
                    "SINO-VANLOCK</strong> và <strong>Bình nước nóng ROSSI</strong>. Đây là những "
                    "mặt hàng có mặt trong hầu hết công trình dân dụng và công nghiệp, đòi hỏi độ "
                    "an toàn cao và chất lượng ổn định qua từng lô sản xuất.</p>"
                ),
            ),
            ("heading", "Nhóm vật liệu và kim loại"),
            (
                "paragraph",
                (
                    "<p><strong>Ống thép inox Sơn Hà</strong>, <strong>Tôn mạ VNSTELL Thăng "
                    "Long</strong>, <strong>Đá thạch anh cao cấp Vicostone</strong> và <strong>Cửa "
                    "nhôm Eurowindow</strong> đại diện cho nhóm vật liệu phục vụ xây dựng và sản "
                    "xuất. Việc những sản phẩm này có mặt trong TOP 10 là sự ghi nhận năng lực "
                    "công nghệ và quy mô sản xuất của doanh nghiệp Hà Nội trong lĩnh vực vật "
                    "liệu.</p>"
                ),
            ),
            ("heading", "Công nghệ số và sản phẩm thông minh"),
            (
                "paragraph",
                (
                    "<p><strong>Khóa thông minh Innoviti-s</strong> và <strong>Phần mềm quản trị "
                    "doanh nghiệp hợp nhất MISA AMIS</strong> cho thấy chương trình đã mở rộng "
                    "vượt ra ngoài các ngành cơ khí, điện truyền thống. Một phần mềm quản trị được "
                    "xếp ngang hàng với thép, cáp điện hay vật liệu xây dựng là dấu hiệu rõ về vai "
                    "trò ngày càng lớn của công nghệ thông tin trong cơ cấu công nghiệp Thủ đô.</p>"
                ),
            ),
            ("heading", "Điểm chung của nhóm dẫn đầu"),
            (
                "paragraph",
                (
                    "<p>Dù khác nhau về ngành nghề, các sản phẩm trong TOP 10 đều được Hội đồng "
                    "đánh giá cao ở những chỉ số như tăng trưởng giá trị sản xuất, quy mô, năng "
                    "suất lao động, khả năng xuất khẩu và sự ổn định về chất lượng. Nhiều cái tên "
                    "trong danh sách là thương hiệu quen thuộc với người tiêu dùng.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Danh mục sản phẩm trên cổng thông tin sẽ tiếp tục được bổ sung thông tin "
                    "chi tiết về từng sản phẩm và doanh nghiệp khi có số liệu chính thức. Doanh "
                    "nghiệp muốn cập nhật thông tin về sản phẩm của mình có thể liên hệ bộ phận "
                    "truyền thông của chương trình.</p>"
                ),
            ),
        ],
        "source_name": "Tạp chí Công Thương",
        "source_url": (
            "https://tapchicongthuong.vn/bai-viet/nam-2021-ha-noi-cong-nhan-46-san-pham-cong-nghiep"
            "-chu-luc-85638.htm"
        ),
        "image": "products",
        "image_alt": "Minh họa: bóng đèn, cuộn dây cáp và tấm vật liệu xếp cạnh nhau",
        "scheduled": False,
        "en": None,
    },
    {
        "slug": "khai-mac-hoi-cho-quoc-te-spcncl-2022",
        "title": "Khai mạc Hội chợ quốc tế sản phẩm công nghiệp chủ lực thành phố Hà Nội 2022",
        "date": datetime.date(2022, 10, 27),
        "category": "hoi-cho-trien-lam",
        "tags": ["hội chợ", "xúc tiến thương mại", "5 năm Đề án"],
        "summary": (
            "Từ ngày 27 đến 29/10/2022, khoảng 250 gian hàng của doanh nghiệp Hà Nội và 11 tỉnh, "
            "thành phố có mặt tại Cung triển lãm Kiến trúc, Quy hoạch, Xây dựng Quốc gia, với một "
            "khu trưng bày riêng đánh dấu 5 năm thực hiện Đề án."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Sáng 27/10/2022, Sở Công Thương Hà Nội khai mạc Hội chợ quốc tế sản phẩm "
                    "công nghiệp chủ lực thành phố Hà Nội 2022 tại Cung triển lãm Kiến trúc, Quy "
                    "hoạch, Xây dựng Quốc gia (quận Nam Từ Liêm). Hội chợ kéo dài ba ngày, đến hết "
                    "29/10/2022.</p>"
                ),
            ),
            (
                "figures",
                [
                    ("≈250", "gian hàng"),
                    ("11", "tỉnh, thành phố cùng Hà Nội tham gia"),
                    ("3", "ngày trưng bày"),
                    ("5 năm", "thực hiện Đề án"),
                ],
            ),
            ("heading", "Nơi hội tụ sản phẩm chủ lực"),
            (
                "paragraph",
                (
                    "<p>Khoảng 250 gian hàng được bố trí cho doanh nghiệp của Hà Nội và 11 tỉnh, "
                    "thành phố khác. Doanh nghiệp tham gia hoạt động trong nhiều lĩnh vực: điện, "
                    "điện tử, cơ khí chế tạo, cơ khí chính xác, công nghệ cao, thực phẩm, nhựa, "
                    "dệt may, da giày và thủ công mỹ nghệ. Khách tham quan có dịp gặp gỡ nhà sản "
                    "xuất và tìm hiểu sản phẩm ngay tại gian hàng. Đây cũng là dịp để người tiêu "
                    "dùng tìm hiểu thêm những thương hiệu đã được Thành phố công nhận.</p>"
                ),
            ),
            ("heading", "Khu trưng bày kỷ niệm 5 năm Đề án"),
            (
                "paragraph",
                (
                    "<p>Điểm nhấn của hội chợ là khu trưng bày riêng đánh dấu 5 năm triển khai Đề "
                    "án phát triển sản phẩm công nghiệp chủ lực theo Quyết định 496/QĐ-UBND. Khu "
                    "vực này giúp khách tham quan nhìn lại chặng đường của chương trình kể từ đợt "
                    "xét chọn đầu tiên năm 2018.</p>"
                ),
            ),
            ("heading", "Kết nối giao thương"),
            (
                "paragraph",
                (
                    "<p>Hội chợ là một trong các hoạt động xúc tiến thương mại mà kế hoạch giai "
                    "đoạn 2021-2025 dành cho doanh nghiệp sản xuất sản phẩm công nghiệp chủ lực. "
                    "Bên cạnh việc bán hàng, doanh nghiệp có cơ hội gặp gỡ nhà phân phối, đối tác "
                    "trong và ngoài nước, tìm kiếm đơn hàng và nhà cung ứng linh kiện, nguyên "
                    "liệu.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Sự tham gia của 11 địa phương ngoài Hà Nội cho thấy hội chợ không chỉ là "
                    "nơi quảng bá sản phẩm của Thủ đô mà còn là cầu nối liên kết sản xuất trong "
                    "vùng. Các doanh nghiệp có thể tận dụng dịp này để tìm hiểu nhu cầu của thị "
                    "trường các tỉnh và mở rộng mạng lưới bán hàng.</p>"
                ),
            ),
        ],
        "source_name": "Báo Đầu tư",
        "source_url": (
            "https://amp.baodautu.vn/khai-mac-hoi-cho-quoc-te-san-pham-cong-nghiep-chu-luc-ha-noi-2"
            "022-d176472.html"
        ),
        "image": "exhibition",
        "image_alt": "Minh họa: dãy gian hàng trong một nhà triển lãm lớn",
        "scheduled": False,
        "en": {
            "slug": "international-fair-2022-opens",
            "title": "Hanoi International Fair of Key Industrial Products 2022 opens",
            "summary": (
                "From 27 to 29 October 2022 some 250 booths of enterprises from Hanoi and 11 other "
                "provinces and cities filled the National Exhibition Palace of Architecture, "
                "Planning and Construction, with a dedicated zone marking five years of the scheme."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>On the morning of 27 October 2022 the Hanoi Department of Industry and "
                        "Trade opened the Hanoi International Fair of Key Industrial Products 2022 "
                        "at the National Exhibition Palace of Architecture, Planning and "
                        "Construction in Nam Tu Liem district. The fair ran for three days, until "
                        "29 October 2022.</p>"
                    ),
                ),
                (
                    "figures",
                    [
                        ("≈250", "booths"),
                        ("11", "provinces and cities alongside Hanoi"),
                        ("3", "days"),
                        ("5 years", "of the scheme"),
                    ],
                ),
                ("heading", "A showcase of key products"),
                (
                    "paragraph",
                    (
                        "<p>About 250 booths were set aside for enterprises from Hanoi and 11 "
                        "other provinces and cities. Exhibitors came from many fields: electrical "
                        "and electronic goods, engineering, precision engineering, high "
                        "technology, food, plastics, textiles and garments, footwear and "
                        "handicrafts. Visitors could meet the makers and learn about their "
                        "products at the booths. It was also a chance for consumers to learn more "
                        "about the brands the city has recognised.</p>"
                    ),
                ),
                ("heading", "A zone marking five years of the scheme"),
                (
                    "paragraph",
                    (
                        "<p>The highlight was a dedicated display marking five years of the key "
                        "industrial products scheme under Decision 496/QĐ-UBND. It invited "
                        "visitors to look back on the programme since the first selection round in "
                        "2018.</p>"
                    ),
                ),
                ("heading", "Business matchmaking"),
                (
                    "paragraph",
                    (
                        "<p>The fair is one of the trade promotion activities that the 2021-2025 "
                        "plan provides for enterprises making key industrial products. Besides "
                        "selling, exhibitors could meet distributors and partners from Viet Nam "
                        "and abroad, look for orders and find suppliers of components and "
                        "materials.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The participation of 11 localities besides Hanoi shows that the fair "
                        "is not only a showcase for the capital's products but also a bridge for "
                        "production links across the region. Enterprises could use it to "
                        "understand demand in the provinces and widen their sales networks.</p>"
                    ),
                ),
            ],
            "image_alt": "Illustration: rows of booths in a large exhibition hall",
        },
    },
    {
        "slug": "ton-vinh-33-san-pham-2022",
        "title": "Tôn vinh 33 sản phẩm công nghiệp chủ lực thành phố Hà Nội năm 2022",
        "date": datetime.date(2022, 12, 14),
        "category": "tin-hoat-dong",
        "tags": ["lễ tôn vinh", "TOP 10", "năm 2022"],
        "summary": (
            "Tối 13/12/2022, Hà Nội tôn vinh 33 sản phẩm của 25 doanh nghiệp được công nhận sản "
            "phẩm công nghiệp chủ lực năm 2022, thuộc 8 nhóm ngành; 11 doanh nghiệp lần đầu có sản "
            "phẩm được công nhận."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Tối 13/12/2022, lễ tôn vinh và trao danh hiệu sản phẩm công nghiệp chủ lực "
                    "thành phố Hà Nội năm 2022 diễn ra với sự tham dự của Phó Chủ tịch UBND Thành "
                    "phố Nguyễn Mạnh Quyền. Năm nay, 33 sản phẩm của 25 doanh nghiệp được công "
                    "nhận, trong đó 10 sản phẩm của 10 doanh nghiệp được xếp vào TOP 10.</p>"
                ),
            ),
            ("heading", "Đợt xét chọn năm 2022"),
            (
                "paragraph",
                (
                    "<p>Hội đồng đánh giá, xét chọn năm 2022 được thành lập theo Quyết định "
                    "4074/QĐ-UBND ngày 27/10/2022. Hội đồng đã xem xét hồ sơ của 42 sản phẩm thuộc "
                    "29 doanh nghiệp. Trong số 25 doanh nghiệp được công nhận có 11 doanh nghiệp "
                    "lần đầu tham gia, mang đến 15 sản phẩm mới.</p>"
                ),
            ),
            ("heading", "Cơ cấu theo nhóm ngành"),
            (
                "table",
                [
                    ["Nhóm ngành", "Số sản phẩm"],
                    ["Công nghiệp dệt may, da giày", "8"],
                    ["Công nghiệp cơ khí, chế tạo", "6"],
                    ["Công nghệ thông tin", "5"],
                    ["Công nghiệp điện, điện tử", "4"],
                    ["Công nghiệp chế biến nông sản, thực phẩm", "4"],
                    ["Công nghiệp hóa chất, cao su, nhựa, dược phẩm", "3"],
                    ["Công nghiệp vật liệu xây dựng", "2"],
                    ["Thủ công mỹ nghệ", "1"],
                    ["Cộng", "33"],
                ],
            ),
            (
                "paragraph",
                (
                    "<p>Dệt may, da giày là nhóm đông nhất với 8 sản phẩm, tiếp theo là cơ khí, "
                    "chế tạo với 6 sản phẩm. Công nghệ thông tin có 5 sản phẩm, khẳng định xu "
                    "hướng đã thấy từ năm 2021.</p>"
                ),
            ),
            ("heading", "Quy mô kinh tế"),
            (
                "paragraph",
                (
                    "<p>Năm 2021, doanh thu của 33 sản phẩm đạt khoảng 76.800 tỷ đồng; kim ngạch "
                    "xuất khẩu khoảng 550 triệu USD. Trong số doanh nghiệp được công nhận có những "
                    "thành viên của bảng xếp hạng 500 doanh nghiệp lớn nhất Việt Nam (VNR500), như "
                    "Công ty cổ phần Dây và Cáp điện Thượng Đình và Tổng Công ty May 10.</p>"
                ),
            ),
            ("heading", "Chặng đường năm năm"),
            (
                "paragraph",
                (
                    "<p>Với kết quả năm 2022, tổng số sản phẩm được công nhận kể từ khi Đề án được "
                    "phê duyệt năm 2018 đã lên 196. Các doanh nghiệp được tôn vinh nhận giấy chứng "
                    "nhận, được quảng bá trên các phương tiện thông tin của Thành phố và được ưu "
                    "tiên trong các chương trình hỗ trợ.</p>"
                ),
            ),
        ],
        "source_name": "Hànộimới",
        "source_url": (
            "http://www.hanoimoi.com.vn/tin-tuc/Kinh-te/1050190/them-33-san-pham-dat-danh-hieu-san-"
            "pham-cong-nghiep-chu-luc-nam-2022"
        ),
        "image": "ceremony",
        "image_alt": "Minh họa: sân khấu lễ tôn vinh với đại biểu nhận giấy chứng nhận",
        "scheduled": False,
        "en": {
            "slug": "33-products-honoured-2022",
            "title": "Hanoi honours 33 key industrial products for 2022",
            "summary": (
                "On the evening of 13 December 2022 Hanoi honoured 33 products of 25 enterprises "
                "recognised as key industrial products for 2022, across 8 sector groups; 11 "
                "enterprises had products recognised for the first time."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>On the evening of 13 December 2022 the ceremony honouring Hanoi's key "
                        "industrial products for 2022 took place in the presence of Vice Chairman "
                        "of the Hanoi People's Committee Nguyễn Mạnh Quyền. This year 33 products "
                        "of 25 enterprises were recognised, and 10 products of 10 enterprises were "
                        "named in the TOP 10.</p>"
                    ),
                ),
                ("heading", "The 2022 round"),
                (
                    "paragraph",
                    (
                        "<p>The 2022 evaluation and selection council was set up by Decision "
                        "4074/QĐ-UBND of 27 October 2022. It reviewed dossiers for 42 products of "
                        "29 enterprises. Of the 25 enterprises recognised, 11 were taking part for "
                        "the first time, with 15 new products.</p>"
                    ),
                ),
                ("heading", "Breakdown by sector"),
                (
                    "table",
                    [
                        ["Sector group", "Products"],
                        ["Textiles, garments and footwear", "8"],
                        ["Mechanical engineering and manufacturing", "6"],
                        ["Information technology", "5"],
                        ["Electrical and electronic products", "4"],
                        ["Agricultural and food processing", "4"],
                        ["Chemicals, rubber, plastics and pharmaceuticals", "3"],
                        ["Building materials", "2"],
                        ["Handicrafts", "1"],
                        ["Total", "33"],
                    ],
                ),
                (
                    "paragraph",
                    (
                        "<p>Textiles, garments and footwear was the largest group with 8 products, "
                        "followed by mechanical engineering with 6. Information technology had 5 "
                        "products, confirming a trend already visible in 2021.</p>"
                    ),
                ),
                ("heading", "Economic weight"),
                (
                    "paragraph",
                    (
                        "<p>In 2021 the 33 products generated revenue of about VND 76.8 trillion "
                        "and exports of about USD 550 million. The recognised enterprises include "
                        "members of the VNR500 list of Viet Nam's 500 largest companies, such as "
                        "Thuong Dinh Electric Wire and Cable JSC and Garment 10 Corporation (May "
                        "10).</p>"
                    ),
                ),
                ("heading", "Five years on"),
                (
                    "paragraph",
                    (
                        "<p>With the 2022 results, the number of products recognised since the "
                        "scheme was approved in 2018 has reached 196. The honoured enterprises "
                        "receive certificates, are promoted through the city's media and have "
                        "priority in its support programmes.</p>"
                    ),
                ),
            ],
            "image_alt": (
                "Illustration: an award ceremony stage with delegates receiving certificates"
            ),
        },
    },
    {
        "slug": "cong-khai-ket-qua-xet-chon-2023",
        "title": (
            "Công khai kết quả xét chọn sản phẩm công nghiệp chủ lực năm 2023, nhận góp ý đến "
            "24/11/2023"
        ),
        "date": datetime.date(2023, 11, 14),
        "category": "thong-bao",
        "tags": ["kết quả xét chọn", "lấy ý kiến", "TOP 10"],
        "summary": (
            "Sở Công Thương Hà Nội công bố danh sách dự kiến 33 sản phẩm của 24 doanh nghiệp đủ "
            "điều kiện công nhận năm 2023, trong đó TOP 10 thuộc 7 doanh nghiệp; ý kiến góp ý gửi "
            "về Sở đến hết ngày 24/11/2023."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Căn cứ Quyết định 496/QĐ-UBND ngày 26/01/2018 phê duyệt Đề án, Quyết định "
                    "2022/QĐ-UBND ngày 07/04/2023 sửa đổi, bổ sung Đề án và Quyết định "
                    "2023/QĐ-UBND ngày 07/04/2023 về quy chế hoạt động của Hội đồng, Sở Công "
                    "Thương Hà Nội công khai kết quả xét chọn sản phẩm công nghiệp chủ lực thành "
                    "phố năm 2023 để lấy ý kiến rộng rãi.</p>"
                ),
            ),
            ("heading", "Kết quả chấm điểm"),
            (
                "paragraph",
                (
                    "<p>Năm nay, khoảng 200 doanh nghiệp đã tìm hiểu chương trình; 37 sản phẩm của "
                    "26 doanh nghiệp đáp ứng điều kiện để đưa ra Hội đồng. Tại phiên họp ngày "
                    "07/11/2023, Hội đồng đánh giá, xét chọn đã chấm điểm và thống nhất danh sách "
                    "<strong>33 sản phẩm của 24 doanh nghiệp</strong> đủ điều kiện đề nghị công "
                    "nhận.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Mười sản phẩm có điểm bình quân cao nhất được đề nghị công nhận TOP 10 sản "
                    "phẩm công nghiệp chủ lực năm 2023. Mười sản phẩm này thuộc <strong>7 doanh "
                    "nghiệp</strong>, nghĩa là có doanh nghiệp góp hơn một sản phẩm vào nhóm dẫn "
                    "đầu.</p>"
                ),
            ),
            ("heading", "Cách gửi góp ý"),
            (
                "paragraph",
                (
                    "<p>Danh sách chi tiết được đăng kèm thông báo gốc ngày 14/11/2023. Cơ quan, "
                    "tổ chức, cá nhân có ý kiến về sản phẩm hoặc doanh nghiệp trong danh sách gửi "
                    "văn bản về Sở Công Thương Hà Nội trước hết ngày <strong>24/11/2023</strong>, "
                    "theo một trong hai cách:</p><ul><li>gửi qua đường bưu điện, thời hạn tính "
                    "theo dấu bưu điện;</li><li>nộp trực tiếp tại Sở Công Thương Hà Nội, số 331 "
                    "Cầu Giấy, Hà Nội.</li></ul><p>Văn bản góp ý nên nêu rõ tên sản phẩm, doanh "
                    "nghiệp liên quan, nội dung góp ý và thông tin liên hệ của người gửi để Sở có "
                    "thể xác minh khi cần.</p>"
                ),
            ),
            ("heading", "Các bước tiếp theo"),
            (
                "paragraph",
                (
                    "<p>Sau khi hết thời hạn nhận ý kiến, Sở Công Thương tổng hợp, xem xét các góp "
                    "ý và báo cáo UBND Thành phố ban hành quyết định công nhận. Lễ tôn vinh và "
                    "trao danh hiệu dự kiến được tổ chức vào tháng 12/2023.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Việc công khai kết quả trước khi công nhận giúp bảo đảm tính minh bạch của "
                    "chương trình và tạo điều kiện để cộng đồng cùng giám sát chất lượng của những "
                    "sản phẩm mang danh hiệu chủ lực Thủ đô.</p>"
                ),
            ),
        ],
        "source_name": "Cổng thông tin SPCNCL Hà Nội",
        "source_url": (
            "https://congnghiepchuluc-hanoi.gov.vn/2023/11/14/spcncl-ha-noi-cong-khai-ket-qua-xet-c"
            "hon-san-pham-cong-nghiep-chu-luc-nam-2023/"
        ),
        "image": "meeting",
        "image_alt": "Minh họa: hội đồng ngồi quanh bàn họp với các tập hồ sơ",
        "scheduled": False,
        "en": {
            "slug": "2023-results-public-comment",
            "title": "2023 selection results published; comments accepted until 24 November 2023",
            "summary": (
                "The Hanoi Department of Industry and Trade has published the draft list of 33 "
                "products of 24 enterprises qualifying for recognition in 2023, with a TOP 10 held "
                "by 7 enterprises; comments can be sent to the Department until 24 November 2023."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Under Decision 496/QĐ-UBND of 26 January 2018 approving the scheme, "
                        "Decision 2022/QĐ-UBND of 7 April 2023 amending it and Decision "
                        "2023/QĐ-UBND of 7 April 2023 on the council's operating rules, the Hanoi "
                        "Department of Industry and Trade is publishing the results of the 2023 "
                        "key industrial products round for public comment.</p>"
                    ),
                ),
                ("heading", "Scoring results"),
                (
                    "paragraph",
                    (
                        "<p>This year about 200 enterprises enquired about the programme, and 37 "
                        "products of 26 enterprises met the conditions to go before the council. "
                        "At its meeting on 7 November 2023 the evaluation and selection council "
                        "scored the products and agreed on <strong>33 products of 24 "
                        "enterprises</strong> eligible for recognition.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>The ten products with the highest average scores are proposed as the "
                        "2023 TOP 10. They belong to <strong>7 enterprises</strong>, so some "
                        "enterprises have more than one product among the leaders.</p>"
                    ),
                ),
                ("heading", "How to comment"),
                (
                    "paragraph",
                    (
                        "<p>The detailed list was attached to the original notice of 14 November "
                        "2023. Agencies, organisations and individuals with comments on a listed "
                        "product or enterprise should send them in writing to the Hanoi Department "
                        "of Industry and Trade by <strong>24 November 2023</strong>, in either of "
                        "two ways:</p><ul><li>by post, with the postmark date counting;</li><li>by "
                        "hand at the Department of Industry and Trade, 331 Cau Giay, "
                        "Hanoi.</li></ul><p>Comments should name the product and enterprise "
                        "concerned, state the point raised and give the sender's contact details "
                        "so that the Department can verify them if needed.</p>"
                    ),
                ),
                ("heading", "Next steps"),
                (
                    "paragraph",
                    (
                        "<p>When the comment period closes, the Department will review the "
                        "comments and report to the People's Committee for the recognition "
                        "decision. The honouring and award ceremony is expected in December "
                        "2023.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Publishing the results before recognition keeps the programme "
                        "transparent and lets the public help check the quality of the products "
                        "that carry the capital's key product title.</p>"
                    ),
                ),
            ],
            "image_alt": "Illustration: a council seated around a meeting table with files",
        },
    },
    {
        "slug": "trao-danh-hieu-33-san-pham-2023",
        "title": "Hà Nội trao danh hiệu cho 33 sản phẩm công nghiệp chủ lực năm 2023",
        "date": datetime.date(2023, 12, 15),
        "category": "tin-hoat-dong",
        "tags": ["lễ tôn vinh", "TOP 10", "năm 2023"],
        "summary": (
            "Tối 14/12/2023, Sở Công Thương Hà Nội tổ chức lễ tôn vinh 33 sản phẩm của 24 doanh "
            "nghiệp; năm 2022 các sản phẩm này đạt doanh thu trên 62.000 tỷ đồng, nâng tổng số sản "
            "phẩm được công nhận sau năm năm lên 229."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Tối 14/12/2023, Sở Công Thương Hà Nội tổ chức lễ tôn vinh và trao danh "
                    "hiệu sản phẩm công nghiệp chủ lực thành phố Hà Nội năm 2023. Danh hiệu được "
                    "trao cho 33 sản phẩm của 24 doanh nghiệp, trong đó 10 sản phẩm được công nhận "
                    "TOP 10.</p>"
                ),
            ),
            ("heading", "Từ lấy ý kiến đến vinh danh"),
            (
                "paragraph",
                (
                    "<p>Trước buổi lễ, danh sách dự kiến đã được đăng công khai trên cổng thông "
                    "tin từ ngày 14/11/2023 và nhận góp ý đến ngày 24/11/2023. Sau khi tổng hợp ý "
                    "kiến, Sở Công Thương báo cáo để UBND Thành phố công nhận chính thức kết quả. "
                    "Quy trình này được thực hiện theo Đề án sửa đổi và quy chế Hội đồng ban hành "
                    "ngày 07/04/2023.</p>"
                ),
            ),
            ("heading", "Những con số nổi bật"),
            (
                "figures",
                [
                    ("33", "sản phẩm được công nhận"),
                    ("24", "doanh nghiệp"),
                    (">62.000 tỷ đồng", "doanh thu năm 2022 của 33 sản phẩm"),
                    (">3,6 tỷ USD", "kim ngạch xuất khẩu"),
                ],
            ),
            (
                "paragraph",
                (
                    "<p>Riêng nhóm cơ khí, chế tạo chiếm 10 trong số 33 sản phẩm được công nhận. "
                    "Mười sản phẩm TOP 10 thuộc 7 doanh nghiệp, phản ánh năng lực của một số doanh "
                    "nghiệp có nhiều dòng sản phẩm mạnh.</p>"
                ),
            ),
            ("heading", "Năm năm, 229 sản phẩm"),
            (
                "paragraph",
                (
                    "<p>Cộng với các đợt trước, sau năm năm thực hiện Đề án, UBND Thành phố đã "
                    "công nhận tổng cộng 229 sản phẩm công nghiệp chủ lực. Phát biểu tại lễ, lãnh "
                    "đạo Sở Công Thương nhấn mạnh việc tôn vinh góp phần nâng giá trị thương hiệu, "
                    "thúc đẩy sản xuất kinh doanh và thể hiện sự đồng hành của chính quyền với "
                    "doanh nghiệp Thủ đô.</p>"
                ),
            ),
            ("heading", "Hỗ trợ sau công nhận"),
            (
                "paragraph",
                (
                    "<p>Các doanh nghiệp có sản phẩm được công nhận sẽ được ưu tiên tham gia "
                    "chương trình xúc tiến thương mại, khuyến công, kết nối ngân hàng - doanh "
                    "nghiệp và các hội nghị kết nối với đối tác Nhật Bản, Hàn Quốc, châu Âu. Danh "
                    "hiệu có giá trị ba năm, là cơ sở để doanh nghiệp tiếp tục đầu tư đổi mới công "
                    "nghệ và mở rộng thị trường.</p>"
                ),
            ),
        ],
        "source_name": "VOV5",
        "source_url": (
            "http://vovworld.vn/vi-VN/xa-hoi-doi-song/ha-noi-ton-vinh-33-san-pham-cong-nghiep-chu-l"
            "uc-nam-2023-1256202.vov"
        ),
        "image": "ceremony",
        "image_alt": "Minh họa: sân khấu trao danh hiệu với màn hình lớn phía sau",
        "scheduled": False,
        "en": None,
    },
    {
        "slug": "ton-vinh-36-san-pham-2024",
        "title": (
            "36 sản phẩm của 25 doanh nghiệp được tôn vinh là sản phẩm công nghiệp chủ lực năm 2024"
        ),
        "date": datetime.date(2024, 12, 20),
        "category": "tin-hoat-dong",
        "tags": ["lễ tôn vinh", "TOP 10", "năm 2024", "chuyển đổi số"],
        "summary": (
            "Năm 2024, Hà Nội công nhận 36 sản phẩm của 25 doanh nghiệp là sản phẩm công nghiệp "
            "chủ lực; tổng doanh thu của các sản phẩm gần 50.000 tỷ đồng, xuất khẩu xấp xỉ 1 tỷ "
            "USD."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Đợt xét chọn năm 2024 kết thúc với 36 sản phẩm của 25 doanh nghiệp được "
                    "công nhận là sản phẩm công nghiệp chủ lực thành phố Hà Nội. Mười sản phẩm có "
                    "điểm cao nhất được vinh danh trong TOP 10 sản phẩm công nghiệp chủ lực năm "
                    "2024.</p>"
                ),
            ),
            ("heading", "Kế hoạch được ban hành sớm"),
            (
                "paragraph",
                (
                    "<p>Phát biểu tại lễ tôn vinh, Quyền Giám đốc Sở Công Thương Hà Nội Nguyễn "
                    "Kiều Oanh cho biết kế hoạch thực hiện chương trình năm 2024 đã được Thành phố "
                    "ban hành từ ngày 15/12/2023. Theo kế hoạch này, Sở Công Thương chủ trì, phối "
                    "hợp với các đơn vị liên quan đánh giá và đề nghị công nhận sản phẩm, bám sát "
                    "định hướng phát triển sản phẩm công nghiệp chủ lực của Thành phố đến năm "
                    "2025.</p>"
                ),
            ),
            ("heading", "Quy mô của nhóm sản phẩm được công nhận"),
            (
                "figures",
                [
                    ("≈50.000 tỷ đồng", "doanh thu của 36 sản phẩm"),
                    ("≈1 tỷ USD", "kim ngạch xuất khẩu"),
                    ("8", "doanh nghiệp doanh thu trên 1.000 tỷ đồng"),
                    ("10", "doanh nghiệp thuộc VNR500 năm 2024"),
                ],
            ),
            (
                "paragraph",
                (
                    "<p>Trong số 25 doanh nghiệp, 8 doanh nghiệp có doanh thu trên 1.000 tỷ đồng "
                    "và 10 doanh nghiệp nằm trong bảng xếp hạng 500 doanh nghiệp lớn nhất Việt Nam "
                    "năm 2024.</p>"
                ),
            ),
            ("heading", "Công nghệ là lợi thế"),
            (
                "paragraph",
                (
                    "<p>Điểm chung của nhiều doanh nghiệp được tôn vinh là mạnh dạn ứng dụng tiến "
                    "bộ khoa học công nghệ: tự động hóa dây chuyền, chuyển đổi số trong quản trị "
                    "và xây dựng mô hình nhà máy thông minh. Nhờ vậy, sản phẩm có sức cạnh tranh "
                    "cao, trở thành chuẩn mực cho các sản phẩm cùng loại và giúp doanh nghiệp củng "
                    "cố uy tín trên thị trường trong nước lẫn quốc tế.</p>"
                ),
            ),
            ("heading", "Vai trò dẫn dắt"),
            (
                "paragraph",
                (
                    "<p>Các doanh nghiệp sản xuất sản phẩm công nghiệp chủ lực tiếp tục khẳng định "
                    "vai trò tiên phong trong phát triển công nghiệp Thủ đô, đóng góp tỷ trọng "
                    "đáng kể vào giá trị sản xuất công nghiệp của Thành phố. Cộng thêm 36 sản phẩm "
                    "năm 2024, tổng số sản phẩm được công nhận kể từ năm 2018 theo số liệu từng "
                    "đợt là 265.</p>"
                ),
            ),
        ],
        "source_name": "Việt Nam News",
        "source_url": (
            "https://vietnamnews.vn/economy/1688975/ha-noi-honours-36-key-industrial-products.html"
        ),
        "image": "factory",
        "image_alt": "Minh họa: cánh tay robot trong một nhà máy tự động hóa",
        "scheduled": False,
        "en": None,
    },
    {
        "slug": "trao-danh-hieu-35-san-pham-2025",
        "title": "35 sản phẩm công nghiệp chủ lực năm 2025 đạt doanh thu gần 42.000 tỷ đồng",
        "date": datetime.date(2025, 11, 17),
        "category": "tin-hoat-dong",
        "tags": ["lễ tôn vinh", "TOP 10", "năm 2025"],
        "summary": (
            "Ngày 15/11/2025, Sở Công Thương Hà Nội tôn vinh 35 sản phẩm của 28 doanh nghiệp được "
            "công nhận sản phẩm công nghiệp chủ lực năm 2025 và công bố TOP 10; năm 2024 các sản "
            "phẩm này đạt doanh thu gần 42.000 tỷ đồng."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Ngày 15/11/2025, Sở Công Thương Hà Nội tổ chức lễ tôn vinh và trao danh "
                    "hiệu sản phẩm công nghiệp chủ lực thành phố Hà Nội năm 2025, đồng thời vinh "
                    "danh TOP 10 của năm. Dự buổi lễ có Phó Chủ tịch UBND Thành phố Nguyễn Mạnh "
                    "Quyền và Phó Chủ tịch HĐND Thành phố Phạm Quý Tiên.</p>"
                ),
            ),
            ("heading", "Kết quả đợt xét chọn"),
            (
                "paragraph",
                (
                    "<p>Qua kiểm tra, thẩm định, 35 sản phẩm của 28 doanh nghiệp đã được UBND "
                    "Thành phố công nhận. Giám đốc Sở Công Thương Võ Nguyên Phong cho biết Đề án "
                    "hướng tới những sản phẩm có sức cạnh tranh cao, tăng trưởng lớn và ổn định, "
                    "phù hợp xu hướng thị trường, gắn với yêu cầu phát triển bền vững và bảo vệ "
                    "môi trường.</p>"
                ),
            ),
            (
                "figures",
                [
                    ("35", "sản phẩm được công nhận"),
                    ("28", "doanh nghiệp"),
                    ("≈42.000 tỷ đồng", "doanh thu năm 2024 của 35 sản phẩm"),
                    ("≈190 triệu USD", "kim ngạch xuất khẩu"),
                ],
            ),
            ("heading", "Doanh nghiệp lớn, doanh nghiệp tư nhân"),
            (
                "paragraph",
                (
                    "<p>Trong 28 doanh nghiệp có sản phẩm được công nhận, 11 doanh nghiệp đạt "
                    "doanh thu trên 1.000 tỷ đồng và 6 doanh nghiệp có tên trong bảng xếp hạng 500 "
                    "doanh nghiệp tư nhân lớn nhất Việt Nam năm 2024. Con số này cho thấy sự hiện "
                    "diện rõ nét của khu vực kinh tế tư nhân trong nhóm sản phẩm chủ lực của Thủ "
                    "đô.</p>"
                ),
            ),
            ("heading", "Khép lại giai đoạn 2021-2025"),
            (
                "paragraph",
                (
                    "<p>Đợt năm 2025 là đợt cuối của kế hoạch giai đoạn 2021-2025 theo Quyết định "
                    "4303/QĐ-UBND. Cộng số liệu các năm, từ 2018 đến 2025 Thành phố đã công nhận "
                    "300 sản phẩm; riêng giai đoạn 2021-2025 là 183 sản phẩm, vượt khung mục tiêu "
                    "150-180 sản phẩm.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Kết quả này là nền tảng để Hà Nội tiếp tục phát triển công nghiệp theo "
                    "chiều sâu, tập trung vào sản phẩm có giá trị gia tăng cao, thân thiện môi "
                    "trường và có khả năng tham gia chuỗi cung ứng toàn cầu.</p>"
                ),
            ),
        ],
        "source_name": "VnEconomy",
        "source_url": (
            "https://vneconomy.vn/35-san-pham-cong-nghiep-chu-luc-cua-ha-noi-dat-doanh-thu-gan-4200"
            "0-ty-dong.htm"
        ),
        "image": "ceremony",
        "image_alt": "Minh họa: các doanh nghiệp đứng trên sân khấu nhận danh hiệu",
        "scheduled": False,
        "en": {
            "slug": "35-products-honoured-2025",
            "title": "35 key industrial products of 2025 earned nearly VND 42 trillion",
            "summary": (
                "On 15 November 2025 the Hanoi Department of Industry and Trade honoured 35 "
                "products of 28 enterprises recognised as key industrial products for 2025 and "
                "announced the TOP 10; in 2024 these products earned nearly VND 42 trillion."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>On 15 November 2025 the Hanoi Department of Industry and Trade held "
                        "the ceremony honouring the city's key industrial products for 2025 and "
                        "named the year's TOP 10. The ceremony was attended by Vice Chairman of "
                        "the Hanoi People's Committee Nguyễn Mạnh Quyền and Vice Chairman of the "
                        "Hanoi People's Council Phạm Quý Tiên.</p>"
                    ),
                ),
                ("heading", "Results of the round"),
                (
                    "paragraph",
                    (
                        "<p>After checks and appraisal, 35 products of 28 enterprises were "
                        "recognised by the People's Committee. Department Director Võ Nguyên Phong "
                        "said the scheme targets highly competitive products with strong and "
                        "stable growth that follow market trends and meet the demands of "
                        "sustainable development and environmental protection.</p>"
                    ),
                ),
                (
                    "figures",
                    [
                        ("35", "products recognised"),
                        ("28", "enterprises"),
                        ("≈VND 42 trillion", "2024 revenue of the 35 products"),
                        ("≈USD 190 million", "exports"),
                    ],
                ),
                ("heading", "Large firms, private firms"),
                (
                    "paragraph",
                    (
                        "<p>Of the 28 enterprises, 11 had revenue above VND 1 trillion and 6 were "
                        "in the 2024 ranking of Viet Nam's 500 largest private companies. The "
                        "figures show a strong presence of private enterprise among the capital's "
                        "key products.</p>"
                    ),
                ),
                ("heading", "Closing the 2021-2025 period"),
                (
                    "paragraph",
                    (
                        "<p>The 2025 round was the last under the 2021-2025 plan of Decision "
                        "4303/QĐ-UBND. Adding up the yearly figures, the city recognised 300 "
                        "products from 2018 to 2025, of which 183 in 2021-2025, above the target "
                        "range of 150-180 products.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>These results give Hanoi a base for deepening its industrial "
                        "development, focusing on high value-added, environmentally friendly "
                        "products able to join global supply chains.</p>"
                    ),
                ),
            ],
            "image_alt": "Illustration: enterprises on stage receiving their titles",
        },
    },
    {
        "slug": "moi-dang-ky-xet-chon-2026",
        "title": (
            "Mời doanh nghiệp đăng ký tham gia xét chọn sản phẩm công nghiệp chủ lực Hà Nội năm "
            "2026"
        ),
        "date": datetime.date(2026, 3, 16),
        "category": "thong-bao",
        "tags": ["xét chọn 2026", "đăng ký", "hồ sơ"],
        "summary": (
            "Sở Công Thương Hà Nội mời các doanh nghiệp sản xuất có sản phẩm đáp ứng tiêu chí tìm "
            "hiểu và đăng ký tham gia đợt xét chọn năm 2026; thời hạn nộp hồ sơ được nêu trong "
            "hướng dẫn của đợt."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Nhằm tiếp tục phát hiện, ghi nhận và hỗ trợ những sản phẩm công nghiệp "
                    "tiêu biểu của Thủ đô, Sở Công Thương Hà Nội trân trọng mời các doanh nghiệp "
                    "sản xuất trên địa bàn Thành phố tìm hiểu và đăng ký tham gia xét chọn sản "
                    "phẩm công nghiệp chủ lực thành phố Hà Nội năm 2026.</p>"
                ),
            ),
            ("heading", "Đối tượng tham gia"),
            (
                "paragraph",
                (
                    "<p>Đợt xét chọn dành cho doanh nghiệp thuộc mọi thành phần kinh tế, kể cả "
                    "doanh nghiệp có vốn đầu tư nước ngoài, có trụ sở chính hoặc nhà máy sản xuất "
                    "tại Hà Nội và có sản phẩm đáp ứng tiêu chí của chương trình. Doanh nghiệp có "
                    "sản phẩm đã hết thời hạn ba năm của danh hiệu được khuyến khích đăng ký "
                    "lại.</p>"
                ),
            ),
            ("heading", "Tài liệu và thời hạn"),
            (
                "paragraph",
                (
                    "<p>Hướng dẫn xét chọn năm 2026, bộ mẫu hồ sơ và <strong>thời hạn nộp hồ "
                    "sơ</strong> sẽ được công bố trong văn bản hướng dẫn của đợt và đăng tải trên "
                    "cổng thông tin này. Doanh nghiệp vui lòng theo dõi mục Thông báo và chỉ sử "
                    "dụng mẫu biểu của năm 2026 khi lập hồ sơ.</p>"
                ),
            ),
            ("heading", "Doanh nghiệp nên chuẩn bị ngay"),
            (
                "paragraph",
                (
                    "<ul><li>Xác định sản phẩm dự kiến đăng ký và nhóm ngành của sản "
                    "phẩm.</li><li>Tập hợp số liệu doanh thu, xuất khẩu, sản lượng của sản phẩm "
                    "trong các năm gần nhất, bảo đảm khớp với báo cáo tài chính.</li><li>Rà soát "
                    "các giấy tờ về chất lượng sản phẩm, bảo vệ môi trường và sở hữu trí tuệ để "
                    "làm căn cứ cho bản cam kết tuân thủ pháp luật.</li><li>Cử đầu mối liên hệ để "
                    "nhận hướng dẫn và nhắc việc từ Sở Công Thương.</li></ul>"
                ),
            ),
            ("heading", "Hỗ trợ doanh nghiệp"),
            (
                "paragraph",
                (
                    "<p>Cán bộ của Sở Công Thương sẵn sàng làm việc trực tiếp với doanh nghiệp để "
                    "giải thích tiêu chí và hướng dẫn lập hồ sơ. Doanh nghiệp có thể gửi câu hỏi "
                    "qua mục Liên hệ trên cổng thông tin hoặc đến trực tiếp Sở Công Thương Hà Nội, "
                    "số 331 Cầu Giấy, Hà Nội, trong giờ hành chính.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Doanh nghiệp muốn nhận nhắc việc về các mốc của đợt xét chọn qua Zalo hoặc "
                    "Telegram có thể đăng ký trên cổng thông tin. Việc gửi tin chỉ thực hiện khi "
                    "doanh nghiệp đồng ý và có thể hủy đăng ký bất cứ lúc nào.</p>"
                ),
            ),
        ],
        "source_name": "",
        "source_url": "",
        "image": "meeting",
        "image_alt": "Minh họa: cán bộ hướng dẫn doanh nghiệp điền hồ sơ tại bàn làm việc",
        "scheduled": True,
        "en": {
            "slug": "call-for-applications-2026",
            "title": (
                "Enterprises invited to apply for the 2026 Hanoi key industrial products round"
            ),
            "summary": (
                "The Hanoi Department of Industry and Trade invites manufacturers whose products "
                "meet the criteria to learn about and apply for the 2026 round; the submission "
                "deadline will be set in the round's guidance."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>To keep finding, recognising and supporting the capital's outstanding "
                        "industrial products, the Hanoi Department of Industry and Trade invites "
                        "manufacturers in the city to learn about and apply for the 2026 Hanoi key "
                        "industrial products round.</p>"
                    ),
                ),
                ("heading", "Who can apply"),
                (
                    "paragraph",
                    (
                        "<p>The round is open to enterprises of all ownership types, including "
                        "foreign-invested ones, whose head office or factory is in Hanoi and whose "
                        "products meet the programme criteria. Enterprises whose three-year title "
                        "has expired are encouraged to apply again.</p>"
                    ),
                ),
                ("heading", "Documents and deadline"),
                (
                    "paragraph",
                    (
                        "<p>The 2026 selection guidance, the dossier forms and the "
                        "<strong>submission deadline</strong> will be set out in the round's "
                        "guidance and posted on this portal. Please follow the Announcements "
                        "section and use only the 2026 forms when preparing your dossier.</p>"
                    ),
                ),
                ("heading", "What to prepare now"),
                (
                    "paragraph",
                    (
                        "<ul><li>Choose the product you plan to enter and identify its "
                        "sector.</li><li>Gather the product's revenue, export and output figures "
                        "for recent years, consistent with your financial "
                        "statements.</li><li>Review your papers on product quality, environmental "
                        "protection and intellectual property, which support the compliance "
                        "commitment.</li><li>Name a contact person to receive guidance and "
                        "reminders from the Department.</li></ul>"
                    ),
                ),
                ("heading", "Support for enterprises"),
                (
                    "paragraph",
                    (
                        "<p>Department staff are ready to meet enterprises to explain the criteria "
                        "and help with the dossier. Questions can be sent through the Contact page "
                        "of the portal, or you can visit the Hanoi Department of Industry and "
                        "Trade at 331 Cau Giay, Hanoi, during office hours.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Enterprises that want reminders of the round's key dates on Zalo or "
                        "Telegram can sign up on the portal. Messages are sent only with the "
                        "enterprise's consent, which can be withdrawn at any time.</p>"
                    ),
                ),
            ],
            "image_alt": (
                "Illustration: an officer helping an enterprise fill in a dossier at a desk"
            ),
        },
    },
]

# Legal documents. body_paragraphs are typeset into a locally generated PDF labelled
# "Bản tóm tắt phục vụ trình diễn": a demo summary, never the legal text.
LEGAL_DOCUMENTS = [
    {
        "doc_type": "quyet-dinh",
        "number": "496/QĐ-UBND",
        "title": (
            "Phê duyệt Đề án phát triển sản phẩm công nghiệp chủ lực thành phố Hà Nội đến năm "
            "2020, định hướng tới năm 2025"
        ),
        "title_en": (
            "Approving the scheme for developing Hanoi's key industrial products to 2020, with an "
            "orientation to 2025"
        ),
        "issuer": "UBND Thành phố Hà Nội",
        "issuer_en": "Hanoi People's Committee",
        "issue_date": datetime.date(2018, 1, 26),
        "effective_date": datetime.date(2018, 1, 26),
        "status": "partly",
        "summary": (
            "Quyết định phê duyệt Đề án làm nền tảng cho chương trình sản phẩm công nghiệp chủ lực "
            "hiện nay, được xây dựng trên cơ sở tờ trình của Sở Công Thương năm 2017. Đề án đặt ra "
            "mục tiêu, tiêu chí và cách thức xét chọn, tôn vinh, hỗ trợ các sản phẩm. Một số nội "
            "dung đã được sửa đổi, bổ sung bởi Quyết định 2022/QĐ-UBND ngày 07/04/2023."
        ),
        "summary_en": (
            "The decision approves the scheme underlying today's key industrial products "
            "programme, drafted on the basis of a 2017 proposal by the Department of Industry and "
            "Trade. The scheme sets the goals, criteria and methods for selecting, honouring and "
            "supporting products. Parts of it were amended and supplemented by Decision "
            "2022/QĐ-UBND of 7 April 2023."
        ),
        "body_paragraphs": [
            "Văn bản: Quyết định 496/QĐ-UBND ngày 26/01/2018 của UBND Thành phố Hà Nội.",
            (
                "Nội dung chính: phê duyệt Đề án phát triển sản phẩm công nghiệp chủ lực thành phố "
                "Hà Nội đến năm 2020, định hướng tới năm 2025, kế tiếp chương trình xét chọn giai "
                "đoạn 2005-2017 vốn áp dụng bộ quy định khác."
            ),
            (
                "Đề án xác định mục tiêu phát triển những sản phẩm công nghiệp có sức cạnh tranh, "
                "tăng trưởng ổn định và đóng góp lớn cho giá trị sản xuất, xuất khẩu của Thành "
                "phố; các tiêu chí và phương pháp đánh giá được quy định tại phụ lục kèm theo."
            ),
            (
                "Sở Công Thương là cơ quan thường trực, chủ trì tổ chức xét chọn hằng năm và tham "
                "mưu UBND Thành phố công nhận sản phẩm."
            ),
            (
                "Tình trạng: một số nội dung đã được sửa đổi, bổ sung bởi Quyết định 2022/QĐ-UBND "
                "ngày 07/04/2023."
            ),
        ],
    },
    {
        "doc_type": "quyet-dinh",
        "number": "4303/QĐ-UBND",
        "title": (
            "Phê duyệt Kế hoạch thực hiện Đề án phát triển sản phẩm công nghiệp chủ lực giai đoạn "
            "2021-2025 trên địa bàn thành phố Hà Nội"
        ),
        "title_en": (
            "Approving the plan for implementing the key industrial products scheme in Hanoi for "
            "2021-2025"
        ),
        "issuer": "UBND Thành phố Hà Nội",
        "issuer_en": "Hanoi People's Committee",
        "issue_date": datetime.date(2020, 9, 24),
        "effective_date": datetime.date(2020, 9, 24),
        "status": "expired",
        "summary": (
            "Quyết định phê duyệt kế hoạch năm năm 2021-2025, đặt mục tiêu 100-120 doanh nghiệp "
            "tham gia với khoảng 150-180 sản phẩm được công nhận. Đến năm 2025, doanh nghiệp sản "
            "xuất sản phẩm công nghiệp chủ lực phấn đấu đóng góp 40-50% giá trị sản xuất công "
            "nghiệp và 20-25% kim ngạch xuất khẩu của Thành phố. Kỳ kế hoạch đã kết thúc vào cuối "
            "năm 2025."
        ),
        "summary_en": (
            "The decision approves the five-year plan for 2021-2025, targeting 100-120 "
            "participating enterprises and some 150-180 recognised products. By 2025, enterprises "
            "making key industrial products were to account for 40-50% of the city's industrial "
            "output and 20-25% of its exports. The plan period ended in late 2025."
        ),
        "body_paragraphs": [
            "Văn bản: Quyết định 4303/QĐ-UBND ngày 24/09/2020 của UBND Thành phố Hà Nội.",
            (
                "Mục tiêu: 100-120 doanh nghiệp tham gia, khoảng 150-180 sản phẩm được công nhận "
                "trong giai đoạn 2021-2025; mỗi năm 100-120 lượt doanh nghiệp được hỗ trợ, thụ "
                "hưởng chính sách."
            ),
            (
                "Đến năm 2025: doanh nghiệp sản xuất sản phẩm công nghiệp chủ lực đóng góp 40-50% "
                "tổng giá trị sản xuất công nghiệp và 20-25% tổng kim ngạch xuất khẩu của Thành "
                "phố."
            ),
            (
                "Nhóm nhiệm vụ: xét chọn và tôn vinh; xúc tiến thương mại, đầu tư; cải thiện môi "
                "trường kinh doanh; hỗ trợ khoa học công nghệ; phát triển nguồn nhân lực."
            ),
            "Tình trạng: kỳ kế hoạch 2021-2025 đã kết thúc.",
        ],
    },
    {
        "doc_type": "ke-hoach",
        "number": "60/KH-UBND",
        "title": (
            "Thực hiện Đề án phát triển sản phẩm công nghiệp chủ lực thành phố Hà Nội năm 2021"
        ),
        "title_en": "Plan for implementing the Hanoi key industrial products scheme in 2021",
        "issuer": "UBND Thành phố Hà Nội",
        "issuer_en": "Hanoi People's Committee",
        "issue_date": datetime.date(2021, 3, 11),
        "effective_date": datetime.date(2021, 3, 11),
        "status": "expired",
        "summary": (
            "Kế hoạch năm 2021 đặt mục tiêu 20-25 doanh nghiệp với khoảng 25-30 sản phẩm được công "
            "nhận và giao Sở Công Thương làm việc, hướng dẫn 30-40 doanh nghiệp. Kế hoạch quy định "
            "chỉ tiêu truyền thông, 5 lớp tập huấn ngắn hạn, hội nghị đối thoại và lễ tôn vinh "
            "truyền hình trực tiếp. Kế hoạch áp dụng cho năm 2021."
        ),
        "summary_en": (
            "The 2021 plan targeted 20-25 enterprises with some 25-30 recognised products and "
            "asked the Department of Industry and Trade to work with and guide 30-40 enterprises. "
            "It set communication targets, five short training courses, a dialogue conference and "
            "a live-broadcast award ceremony. It applied to 2021."
        ),
        "body_paragraphs": [
            "Văn bản: Kế hoạch 60/KH-UBND ngày 11/03/2021 của UBND Thành phố Hà Nội.",
            (
                "Mục tiêu năm 2021: 20-25 doanh nghiệp với khoảng 25-30 sản phẩm được công nhận; "
                "giá trị sản xuất của doanh nghiệp có sản phẩm được công nhận tăng 10-12% so với "
                "năm 2020."
            ),
            (
                "Xét chọn: Sở Công Thương làm việc, hướng dẫn 30-40 doanh nghiệp; các sở, ngành và "
                "UBND quận, huyện, thị xã gửi văn bản giới thiệu doanh nghiệp trước ngày "
                "31/03/2021."
            ),
            (
                "Truyền thông: 3-5 phóng sự truyền hình, 10-12 tin bài, 1 họp báo, 2 hội nghị phổ "
                "biến, 400 bộ form mời, 500 cuốn catalogue giai đoạn 2019-2021; duy trì website "
                "chương trình."
            ),
            (
                "Hoạt động khác: 5 lớp tập huấn (100 học viên, 3 ngày mỗi lớp); hội nghị đối "
                "thoại; khu trưng bày khoảng 500 m² gắn với lễ tôn vinh truyền hình trực tiếp trên "
                "kênh 1 Đài Phát thanh và Truyền hình Hà Nội."
            ),
        ],
    },
    {
        "doc_type": "quyet-dinh",
        "number": "5012/QĐ-UBND",
        "title": (
            "Công nhận sản phẩm công nghiệp chủ lực thành phố Hà Nội và TOP 10 sản phẩm công "
            "nghiệp chủ lực thành phố Hà Nội năm 2021"
        ),
        "title_en": (
            "Recognising Hanoi key industrial products and the TOP 10 key industrial products for "
            "2021"
        ),
        "issuer": "UBND Thành phố Hà Nội",
        "issuer_en": "Hanoi People's Committee",
        "issue_date": datetime.date(2021, 11, 26),
        "effective_date": datetime.date(2021, 11, 26),
        "status": "expired",
        "summary": (
            "Quyết định công nhận 46 sản phẩm của 30 doanh nghiệp là sản phẩm công nghiệp chủ lực "
            "năm 2021, trong đó 10 sản phẩm của 10 doanh nghiệp thuộc TOP 10. Danh hiệu có giá trị "
            "ba năm nên các công nhận theo quyết định này đã hết thời hạn."
        ),
        "summary_en": (
            "The decision recognises 46 products of 30 enterprises as key industrial products for "
            "2021, with 10 products of 10 enterprises in the TOP 10. As the title is valid for "
            "three years, recognitions under this decision have lapsed."
        ),
        "body_paragraphs": [
            "Văn bản: Quyết định 5012/QĐ-UBND ngày 26/11/2021 của UBND Thành phố Hà Nội.",
            (
                "Nội dung: công nhận 46 sản phẩm của 30 doanh nghiệp đạt danh hiệu sản phẩm công "
                "nghiệp chủ lực thành phố Hà Nội năm 2021, trên tổng số 54 sản phẩm của 34 doanh "
                "nghiệp đăng ký."
            ),
            (
                "TOP 10: Đèn LED Rạng Đông; Dây và cáp điện Cadisun; Ống thép inox Sơn Hà; Khóa "
                "thông minh Innoviti-s; Phần mềm MISA AMIS; Đá thạch anh Vicostone; Bình nước nóng "
                "ROSSI; Dây cáp điện SINO-VANLOCK; Cửa nhôm Eurowindow; Tôn mạ VNSTELL Thăng Long."
            ),
            (
                "Quyền lợi: giấy chứng nhận, giấy chứng nhận TOP 10, được quảng bá trên các phương "
                "tiện thông tin của Thành phố và sử dụng logo của chương trình."
            ),
        ],
    },
    {
        "doc_type": "quyet-dinh",
        "number": "4074/QĐ-UBND",
        "title": (
            "Thành lập Hội đồng đánh giá, xét chọn sản phẩm công nghiệp chủ lực thành phố Hà Nội "
            "năm 2022"
        ),
        "title_en": (
            "Establishing the council for evaluating and selecting Hanoi key industrial products "
            "in 2022"
        ),
        "issuer": "UBND Thành phố Hà Nội",
        "issuer_en": "Hanoi People's Committee",
        "issue_date": datetime.date(2022, 10, 27),
        "effective_date": datetime.date(2022, 10, 27),
        "status": "expired",
        "summary": (
            "Quyết định thành lập Hội đồng đánh giá, xét chọn cho đợt năm 2022. Hội đồng đã xem "
            "xét hồ sơ của 42 sản phẩm thuộc 29 doanh nghiệp, làm cơ sở để Thành phố công nhận 33 "
            "sản phẩm của 25 doanh nghiệp. Nhiệm vụ của Hội đồng kết thúc cùng đợt xét chọn."
        ),
        "summary_en": (
            "The decision set up the evaluation and selection council for the 2022 round. The "
            "council reviewed dossiers for 42 products of 29 enterprises, leading to the "
            "recognition of 33 products of 25 enterprises. Its mandate ended with the round."
        ),
        "body_paragraphs": [
            "Văn bản: Quyết định 4074/QĐ-UBND ngày 27/10/2022 của UBND Thành phố Hà Nội.",
            (
                "Nội dung: thành lập Hội đồng đánh giá, xét chọn sản phẩm công nghiệp chủ lực "
                "thành phố Hà Nội cho đợt xét chọn năm 2022."
            ),
            (
                "Kết quả đợt: 42 sản phẩm của 29 doanh nghiệp tham gia; 33 sản phẩm của 25 doanh "
                "nghiệp được công nhận, thuộc 8 nhóm ngành."
            ),
            "Tình trạng: Hội đồng hoàn thành nhiệm vụ khi đợt xét chọn năm 2022 kết thúc.",
        ],
    },
    {
        "doc_type": "quyet-dinh",
        "number": "2022/QĐ-UBND",
        "title": (
            "Sửa đổi, bổ sung một số nội dung Đề án phát triển sản phẩm công nghiệp chủ lực thành "
            "phố Hà Nội ban hành kèm theo Quyết định 496/QĐ-UBND ngày 26/01/2018"
        ),
        "title_en": (
            "Amending and supplementing parts of the Hanoi key industrial products scheme approved "
            "by Decision 496/QĐ-UBND of 26 January 2018"
        ),
        "issuer": "UBND Thành phố Hà Nội",
        "issuer_en": "Hanoi People's Committee",
        "issue_date": datetime.date(2023, 4, 7),
        "effective_date": datetime.date(2023, 4, 7),
        "status": "in_force",
        "summary": (
            "Quyết định sửa đổi, bổ sung một số nội dung của Đề án năm 2018 sau năm năm thực hiện. "
            "Cùng với Quyết định 496/QĐ-UBND và Quyết định 2023/QĐ-UBND, văn bản này được viện dẫn "
            "làm căn cứ khi công bố kết quả xét chọn năm 2023."
        ),
        "summary_en": (
            "The decision amends and supplements parts of the 2018 scheme after five years of "
            "implementation. Together with Decision 496/QĐ-UBND and Decision 2023/QĐ-UBND, it was "
            "cited as a legal basis when the 2023 selection results were published."
        ),
        "body_paragraphs": [
            "Văn bản: Quyết định 2022/QĐ-UBND ngày 07/04/2023 của UBND Thành phố Hà Nội.",
            (
                "Nội dung: sửa đổi, bổ sung một số nội dung của Đề án phát triển sản phẩm công "
                "nghiệp chủ lực ban hành kèm Quyết định 496/QĐ-UBND ngày 26/01/2018."
            ),
            (
                "Áp dụng: là một trong các căn cứ được viện dẫn khi công khai kết quả xét chọn năm "
                "2023."
            ),
            (
                "Doanh nghiệp cần đối chiếu tiêu chí và thang điểm hiện hành theo văn bản này và "
                "hướng dẫn của từng đợt."
            ),
        ],
    },
    {
        "doc_type": "quyet-dinh",
        "number": "2023/QĐ-UBND",
        "title": (
            "Ban hành Quy chế hoạt động của Hội đồng đánh giá, xét chọn sản phẩm công nghiệp chủ "
            "lực thành phố Hà Nội và Phân công chấm điểm các tiêu chí"
        ),
        "title_en": (
            "Issuing the operating rules of the Hanoi key industrial products evaluation and "
            "selection council and the assignment of criteria scoring"
        ),
        "issuer": "UBND Thành phố Hà Nội",
        "issuer_en": "Hanoi People's Committee",
        "issue_date": datetime.date(2023, 4, 7),
        "effective_date": datetime.date(2023, 4, 7),
        "status": "in_force",
        "summary": (
            "Quyết định quy định cách thức làm việc của Hội đồng đánh giá, xét chọn và phân công "
            "cơ quan thành viên chấm điểm từng tiêu chí. Văn bản được xây dựng trên cơ sở đề xuất "
            "của Sở Công Thương năm 2022 và đầu năm 2023."
        ),
        "summary_en": (
            "The decision sets out how the evaluation and selection council works and which member "
            "agencies score each criterion. It was drafted on the basis of proposals by the "
            "Department of Industry and Trade in 2022 and early 2023."
        ),
        "body_paragraphs": [
            "Văn bản: Quyết định 2023/QĐ-UBND ngày 07/04/2023 của UBND Thành phố Hà Nội.",
            (
                "Nội dung thứ nhất: Quy chế hoạt động của Hội đồng đánh giá, xét chọn sản phẩm "
                "công nghiệp chủ lực thành phố Hà Nội."
            ),
            "Nội dung thứ hai: phân công cơ quan thành viên chấm điểm đối với từng tiêu chí.",
            (
                "Cơ sở xây dựng: Tờ trình 2156/TTr-SCT ngày 26/05/2022 và văn bản 127/SCT-QLCN "
                "ngày 11/01/2023 của Sở Công Thương."
            ),
            "TOP 10 của mỗi đợt là 10 sản phẩm có điểm bình quân cao nhất của Hội đồng.",
        ],
    },
    {
        "doc_type": "huong-dan",
        "number": "1520/HD-SCT",
        "title": "Hướng dẫn xét chọn sản phẩm công nghiệp chủ lực thành phố Hà Nội năm 2019",
        "title_en": "Guidance on the 2019 Hanoi key industrial products selection",
        "issuer": "Sở Công Thương Hà Nội",
        "issuer_en": "Hanoi Department of Industry and Trade",
        "issue_date": datetime.date(2019, 4, 10),
        "effective_date": None,
        "status": "expired",
        "summary": (
            "Hướng dẫn của Sở Công Thương cho đợt xét chọn năm 2019, được báo chí đưa tin ngày "
            "10/04/2019; ngày ký chính xác chưa được xác minh. Văn bản nêu điều kiện về địa điểm "
            "sản xuất, ngưỡng doanh thu 10 tỷ đồng với sản phẩm công nghệ cao và 100 tỷ đồng với "
            "sản phẩm khác, ngưỡng xuất khẩu 1 triệu USD với hàng thủ công mỹ nghệ và cách đánh "
            "giá riêng cho sản phẩm khởi nghiệp."
        ),
        "summary_en": (
            "Guidance of the Department of Industry and Trade for the 2019 round, reported in the "
            "press on 10 April 2019; the exact signing date has not been verified. It sets the "
            "location condition, revenue thresholds of VND 10 billion for high-tech products and "
            "VND 100 billion for other products, an export threshold of USD 1 million for "
            "handicrafts and a separate assessment for start-up products."
        ),
        "body_paragraphs": [
            (
                "Văn bản: Hướng dẫn 1520/HD-SCT của Sở Công Thương Hà Nội, được báo chí đưa tin "
                "ngày 10/04/2019."
            ),
            (
                "Điều kiện chung: doanh nghiệp có trụ sở chính hoặc nhà máy sản xuất tại Hà Nội; "
                "báo cáo, cam kết tuân thủ quy định về môi trường, chất lượng sản phẩm, sở hữu trí "
                "tuệ và pháp luật khác."
            ),
            (
                "Ngưỡng quy mô: sản phẩm công nghệ cao thuộc danh mục khuyến khích (Quyết định "
                "66/2014/QĐ-TTg, Quyết định 13/2017/QĐ-TTg) có doanh thu từ 10 tỷ đồng/năm; sản "
                "phẩm khác từ 100 tỷ đồng/năm."
            ),
            (
                "Trường hợp riêng: hàng thủ công mỹ nghệ có kim ngạch xuất khẩu từ 1 triệu "
                "USD/năm; sản phẩm khởi nghiệp được đánh giá theo ý tưởng sáng tạo, xu hướng tăng "
                "trưởng, khả năng hội nhập và giá trị xã hội."
            ),
        ],
    },
]

# Events in Asia/Ho_Chi_Minh local time (naive). Relative to 22/11/2026, those marked
# "dự kiến" are planned; exact times of past events beyond morning/evening are placeholders.
EVENTS = [
    {
        "slug": "hop-bao-xet-chon-2019",
        "title": "Họp báo công bố chương trình xét chọn sản phẩm công nghiệp chủ lực năm 2019",
        "kind": "press_conference",
        "start": datetime.datetime(2019, 7, 11, 9, 0),
        "end": datetime.datetime(2019, 7, 11, 11, 0),
        "location_name": "Sở Công Thương Hà Nội",
        "address": "331 Cầu Giấy, Hà Nội",
        "organiser": "Sở Công Thương Hà Nội",
        "summary": (
            "Buổi họp báo sáng 11/07/2019 giới thiệu đợt xét chọn năm 2019 với mục tiêu 60-70 sản "
            "phẩm của 35-40 doanh nghiệp và lời mời dành cho cả doanh nghiệp có vốn đầu tư nước "
            "ngoài."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Buổi họp báo do Phó Giám đốc Sở Công Thương Hà Nội Đàm Tiến Thắng chủ trì, "
                    "nhằm thông tin tới các cơ quan báo chí về đợt xét chọn sản phẩm công nghiệp "
                    "chủ lực năm 2019, đợt thứ hai theo Đề án phê duyệt tại Quyết định "
                    "496/QĐ-UBND.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Nội dung chính:</p><ul><li>kết quả đợt đầu năm 2018: 61 sản phẩm của 36 "
                    "doanh nghiệp;</li><li>mục tiêu năm 2019: 60-70 sản phẩm của 35-40 doanh "
                    "nghiệp; đến ngày họp báo đã có 16 doanh nghiệp đăng ký;</li><li>năm nhóm "
                    "ngành được chú trọng: cơ khí; điện - điện tử; hóa nhựa; dệt may - da giầy; "
                    "chế biến lương thực, thực phẩm;</li><li>danh hiệu có giá trị ba năm; khuyến "
                    "khích doanh nghiệp FDI tham gia.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Kết thúc đợt xét chọn, 30 sản phẩm của 22 doanh nghiệp đã được công nhận, "
                    "trên tổng số 48 sản phẩm của 37 doanh nghiệp tham gia.</p>"
                ),
            ),
        ],
        "image": "press",
        "en": {
            "slug": "press-conference-2019",
            "title": "Press conference announcing the 2019 key industrial products round",
            "location_name": "Hanoi Department of Industry and Trade",
            "address": "331 Cau Giay, Hanoi",
            "organiser": "Hanoi Department of Industry and Trade",
            "summary": (
                "The press conference on the morning of 11 July 2019 presented the 2019 round, "
                "aiming for 60-70 products of 35-40 enterprises and inviting foreign-invested "
                "enterprises to take part."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Chaired by Deputy Director of the Hanoi Department of Industry and "
                        "Trade Đàm Tiến Thắng, the press conference briefed the media on the 2019 "
                        "key industrial products round, the second under the scheme approved by "
                        "Decision 496/QĐ-UBND.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Main points:</p><ul><li>results of the first round in 2018: 61 "
                        "products of 36 enterprises;</li><li>2019 target: 60-70 products of 35-40 "
                        "enterprises; 16 enterprises had registered by the day of the press "
                        "conference;</li><li>five priority groups: mechanical engineering; "
                        "electrical and electronic goods; chemicals and plastics; textiles, "
                        "garments and footwear; food processing;</li><li>the title is valid for "
                        "three years; FDI enterprises are encouraged to apply.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>At the end of the round, 30 products of 22 enterprises were recognised "
                        "out of 48 products of 37 enterprises that took part.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "hoi-cho-quoc-te-spcncl-2022",
        "title": "Hội chợ quốc tế sản phẩm công nghiệp chủ lực thành phố Hà Nội 2022",
        "kind": "exhibition",
        "start": datetime.datetime(2022, 10, 27, 8, 30),
        "end": datetime.datetime(2022, 10, 29, 17, 0),
        "location_name": "Cung triển lãm Kiến trúc, Quy hoạch, Xây dựng Quốc gia",
        "address": "Nam Từ Liêm, Hà Nội",
        "organiser": "Sở Công Thương Hà Nội",
        "summary": (
            "Ba ngày hội chợ từ 27 đến 29/10/2022 với khoảng 250 gian hàng của doanh nghiệp Hà Nội "
            "và 11 tỉnh, thành phố, kèm khu trưng bày đánh dấu 5 năm thực hiện Đề án."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Hội chợ là hoạt động xúc tiến thương mại quy mô lớn dành cho sản phẩm công "
                    "nghiệp chủ lực của Thủ đô, với khoảng 250 gian hàng của doanh nghiệp Hà Nội "
                    "và 11 tỉnh, thành phố.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<ul><li>Trưng bày, giới thiệu và bán sản phẩm của doanh nghiệp tham "
                    "gia.</li><li>Khu trưng bày riêng đánh dấu 5 năm thực hiện Đề án phát triển "
                    "sản phẩm công nghiệp chủ lực (2018-2022).</li><li>Gặp gỡ, kết nối giữa doanh "
                    "nghiệp với nhà phân phối và đối tác.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Doanh nghiệp tham gia thuộc các lĩnh vực điện, điện tử, cơ khí chế tạo, cơ "
                    "khí chính xác, công nghệ cao, thực phẩm, nhựa, dệt may, da giày và thủ công "
                    "mỹ nghệ.</p>"
                ),
            ),
        ],
        "image": "exhibition",
        "en": {
            "slug": "international-fair-2022",
            "title": "Hanoi International Fair of Key Industrial Products 2022",
            "location_name": (
                "National Exhibition Palace of Architecture, Planning and Construction"
            ),
            "address": "Nam Tu Liem, Hanoi",
            "organiser": "Hanoi Department of Industry and Trade",
            "summary": (
                "A three-day fair from 27 to 29 October 2022 with about 250 booths of enterprises "
                "from Hanoi and 11 other provinces and cities, and a display marking five years of "
                "the scheme."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The fair was a large trade promotion event for the capital's key "
                        "industrial products, with about 250 booths of enterprises from Hanoi and "
                        "11 other provinces and cities.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<ul><li>Display, presentation and sale of exhibitors' products.</li><li>A "
                        "dedicated zone marking five years of the key industrial products scheme "
                        "(2018-2022).</li><li>Meetings between enterprises, distributors and "
                        "partners.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Exhibitors worked in electrical and electronic goods, engineering, "
                        "precision engineering, high technology, food, plastics, textiles and "
                        "garments, footwear and handicrafts.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "le-ton-vinh-spcncl-2022",
        "title": (
            "Lễ tôn vinh và trao danh hiệu sản phẩm công nghiệp chủ lực thành phố Hà Nội năm 2022"
        ),
        "kind": "ceremony",
        "start": datetime.datetime(2022, 12, 13, 19, 30),
        "end": datetime.datetime(2022, 12, 13, 21, 30),
        "location_name": "Hà Nội",
        "address": "",
        "organiser": "Sở Công Thương Hà Nội",
        "summary": (
            "Buổi lễ tối 13/12/2022 tôn vinh 33 sản phẩm của 25 doanh nghiệp được công nhận năm "
            "2022 và TOP 10 sản phẩm, với sự tham dự của Phó Chủ tịch UBND Thành phố Nguyễn Mạnh "
            "Quyền."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Lễ tôn vinh và trao danh hiệu sản phẩm công nghiệp chủ lực và TOP 10 sản "
                    "phẩm công nghiệp chủ lực thành phố Hà Nội năm 2022 được tổ chức vào buổi "
                    "tối.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<ul><li>Trao giấy chứng nhận cho 33 sản phẩm của 25 doanh nghiệp thuộc 8 nhóm "
                    "ngành.</li><li>Vinh danh TOP 10: 10 sản phẩm của 10 doanh nghiệp.</li><li>Ghi "
                    "nhận 11 doanh nghiệp lần đầu tham gia với 15 sản phẩm mới.</li></ul>"
                ),
            ),
        ],
        "image": "ceremony",
        "en": None,
    },
    {
        "slug": "le-ton-vinh-spcncl-2023",
        "title": (
            "Lễ tôn vinh và trao danh hiệu sản phẩm công nghiệp chủ lực thành phố Hà Nội năm 2023"
        ),
        "kind": "ceremony",
        "start": datetime.datetime(2023, 12, 14, 19, 30),
        "end": datetime.datetime(2023, 12, 14, 21, 30),
        "location_name": "Hà Nội",
        "address": "",
        "organiser": "Sở Công Thương Hà Nội",
        "summary": (
            "Buổi lễ tối 14/12/2023 trao danh hiệu cho 33 sản phẩm của 24 doanh nghiệp, trong đó "
            "10 sản phẩm thuộc 7 doanh nghiệp được công nhận TOP 10."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Buổi lễ khép lại đợt xét chọn năm 2023, sau khi kết quả được công khai lấy "
                    "ý kiến từ ngày 14/11 đến 24/11/2023.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<ul><li>Trao danh hiệu cho 33 sản phẩm của 24 doanh nghiệp; năm 2022 các sản "
                    "phẩm này đạt doanh thu trên 62.000 tỷ đồng.</li><li>Vinh danh TOP 10 sản phẩm "
                    "thuộc 7 doanh nghiệp.</li><li>Điểm lại kết quả năm năm thực hiện Đề án: 229 "
                    "sản phẩm được công nhận.</li></ul>"
                ),
            ),
        ],
        "image": "ceremony",
        "en": {
            "slug": "award-ceremony-2023",
            "title": "Ceremony honouring Hanoi's key industrial products of 2023",
            "location_name": "Hanoi",
            "address": "",
            "organiser": "Hanoi Department of Industry and Trade",
            "summary": (
                "The evening ceremony on 14 December 2023 awarded the title to 33 products of 24 "
                "enterprises, 10 of them, from 7 enterprises, in the TOP 10."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The ceremony closed the 2023 round, after the results had been open "
                        "for public comment from 14 to 24 November 2023.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<ul><li>Titles awarded to 33 products of 24 enterprises, whose 2022 "
                        "revenue exceeded VND 62 trillion.</li><li>TOP 10 products from 7 "
                        "enterprises honoured.</li><li>A look back at five years of the scheme: "
                        "229 products recognised.</li></ul>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "le-ton-vinh-spcncl-2025",
        "title": (
            "Lễ tôn vinh và trao danh hiệu sản phẩm công nghiệp chủ lực thành phố Hà Nội năm 2025"
        ),
        "kind": "ceremony",
        "start": datetime.datetime(2025, 11, 15, 8, 30),
        "end": datetime.datetime(2025, 11, 15, 11, 30),
        "location_name": "Hà Nội",
        "address": "",
        "organiser": "Sở Công Thương Hà Nội",
        "summary": (
            "Ngày 15/11/2025, 35 sản phẩm của 28 doanh nghiệp được tôn vinh là sản phẩm công "
            "nghiệp chủ lực năm 2025; TOP 10 của năm được công bố tại buổi lễ."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Buổi lễ có sự tham dự của Phó Chủ tịch UBND Thành phố Nguyễn Mạnh Quyền, "
                    "Phó Chủ tịch HĐND Thành phố Phạm Quý Tiên và Giám đốc Sở Công Thương Võ "
                    "Nguyên Phong.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<ul><li>Trao danh hiệu cho 35 sản phẩm của 28 doanh nghiệp; năm 2024 các sản "
                    "phẩm này đạt doanh thu gần 42.000 tỷ đồng và xuất khẩu xấp xỉ 190 triệu "
                    "USD.</li><li>Công bố TOP 10 sản phẩm công nghiệp chủ lực năm "
                    "2025.</li><li>Khép lại giai đoạn 2021-2025 của kế hoạch thực hiện Đề "
                    "án.</li></ul>"
                ),
            ),
        ],
        "image": "ceremony",
        "en": {
            "slug": "award-ceremony-2025",
            "title": "Ceremony honouring Hanoi's key industrial products of 2025",
            "location_name": "Hanoi",
            "address": "",
            "organiser": "Hanoi Department of Industry and Trade",
            "summary": (
                "On 15 November 2025, 35 products of 28 enterprises were honoured as key "
                "industrial products for 2025, and the year's TOP 10 were announced."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The ceremony was attended by Vice Chairman of the Hanoi People's "
                        "Committee Nguyễn Mạnh Quyền, Vice Chairman of the Hanoi People's Council "
                        "Phạm Quý Tiên and Director of the Department of Industry and Trade Võ "
                        "Nguyên Phong.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<ul><li>Titles awarded to 35 products of 28 enterprises; in 2024 these "
                        "products earned nearly VND 42 trillion and exported about USD 190 "
                        "million.</li><li>The 2025 TOP 10 announced.</li><li>The close of the "
                        "2021-2025 implementation plan.</li></ul>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "hoi-nghi-doi-thoai-doanh-nghiep-spcncl-2026",
        "title": (
            "Hội nghị đối thoại giữa lãnh đạo Thành phố và doanh nghiệp sản xuất sản phẩm công "
            "nghiệp chủ lực (dự kiến)"
        ),
        "kind": "conference",
        "start": datetime.datetime(2026, 12, 10, 8, 30),
        "end": datetime.datetime(2026, 12, 10, 11, 30),
        "location_name": "Hà Nội (địa điểm cụ thể sẽ thông báo sau)",
        "address": "",
        "organiser": "Sở Công Thương Hà Nội",
        "summary": (
            "Hội nghị dự kiến tổ chức tháng 12/2026 để lãnh đạo Thành phố, các sở, ngành lắng nghe "
            "và tháo gỡ khó khăn, vướng mắc trong sản xuất kinh doanh của doanh nghiệp sản xuất "
            "SPCNCL."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Đối thoại giữa lãnh đạo Thành phố với doanh nghiệp sản xuất sản phẩm công "
                    "nghiệp chủ lực là hoạt động thường niên trong các kế hoạch thực hiện Đề án. "
                    "Hội nghị năm nay dự kiến diễn ra vào buổi sáng; thời gian, địa điểm chính "
                    "thức sẽ được thông báo trên cổng thông tin và gửi tới doanh nghiệp.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Nội dung dự kiến:</p><ul><li>Sở Công Thương báo cáo tình hình doanh nghiệp "
                    "sản xuất SPCNCL trong năm;</li><li>doanh nghiệp nêu khó khăn về mặt bằng sản "
                    "xuất, thủ tục hành chính, tiếp cận vốn, thị trường;</li><li>các sở, ngành trả "
                    "lời, đề xuất giải pháp tháo gỡ.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Doanh nghiệp có thể gửi trước câu hỏi, kiến nghị qua mục Liên hệ để Ban tổ "
                    "chức tổng hợp, chuyển tới cơ quan có thẩm quyền.</p>"
                ),
            ),
        ],
        "image": "meeting",
        "en": {
            "slug": "dialogue-conference-2026",
            "title": (
                "Dialogue between city leaders and key industrial product manufacturers (planned)"
            ),
            "location_name": "Hanoi (venue to be announced)",
            "address": "",
            "organiser": "Hanoi Department of Industry and Trade",
            "summary": (
                "A conference planned for December 2026 where city leaders and departments hear "
                "and help resolve the business difficulties of enterprises making key industrial "
                "products."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>A dialogue between city leaders and manufacturers of key industrial "
                        "products is a yearly activity in the plans implementing the scheme. This "
                        "year's conference is planned for a morning session; the official date and "
                        "venue will be announced on the portal and sent to enterprises.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Planned agenda:</p><ul><li>the Department of Industry and Trade "
                        "reports on key industrial product manufacturers during the "
                        "year;</li><li>enterprises raise difficulties with production space, "
                        "administrative procedures, access to finance and markets;</li><li>city "
                        "departments respond and propose solutions.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Enterprises can send questions and proposals in advance through the "
                        "Contact page so the organisers can compile them and pass them to the "
                        "competent agencies.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "lop-tap-huan-quan-tri-khoa-1-2027",
        "title": (
            "Lớp tập huấn kỹ năng quản trị cho doanh nghiệp sản xuất SPCNCL, khóa 1 năm 2027 (dự "
            "kiến)"
        ),
        "kind": "training",
        "start": datetime.datetime(2027, 1, 20, 8, 0),
        "end": datetime.datetime(2027, 1, 22, 17, 0),
        "location_name": "Sở Công Thương Hà Nội (dự kiến)",
        "address": "331 Cầu Giấy, Hà Nội",
        "organiser": "Sở Công Thương Hà Nội",
        "summary": (
            "Khóa tập huấn ba ngày dự kiến dành cho lãnh đạo, cán bộ quản lý doanh nghiệp sản xuất "
            "công nghiệp, tập trung vào quản trị doanh nghiệp và quản trị sản xuất."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Lớp tập huấn ngắn hạn kéo dài ba ngày, dự kiến tiếp nhận khoảng 100 học "
                    "viên là lãnh đạo, cán bộ quản lý của doanh nghiệp sản xuất công nghiệp và "
                    "doanh nghiệp có sản phẩm công nghiệp chủ lực.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Chủ đề dự kiến:</p><ul><li>quản trị doanh nghiệp và quản trị sản "
                    "xuất;</li><li>nâng cao năng suất lao động, quản lý chất lượng;</li><li>chuẩn "
                    "bị số liệu và hồ sơ tham gia xét chọn sản phẩm công nghiệp chủ lực.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Thông tin đăng ký, danh sách giảng viên và chương trình chi tiết sẽ được "
                    "đăng trên cổng thông tin trước khi khai giảng.</p>"
                ),
            ),
        ],
        "image": "training",
        "en": None,
    },
    {
        "slug": "lop-tap-huan-thuong-mai-hoi-nhap-khoa-2-2027",
        "title": (
            "Lớp tập huấn kỹ năng thương mại và hội nhập quốc tế cho doanh nghiệp SPCNCL, khóa 2 "
            "năm 2027 (dự kiến)"
        ),
        "kind": "training",
        "start": datetime.datetime(2027, 3, 3, 8, 0),
        "end": datetime.datetime(2027, 3, 5, 17, 0),
        "location_name": "Sở Công Thương Hà Nội (dự kiến)",
        "address": "331 Cầu Giấy, Hà Nội",
        "organiser": "Sở Công Thương Hà Nội",
        "summary": (
            "Khóa tập huấn ba ngày dự kiến về kỹ năng thương mại, phát triển thị trường và hội "
            "nhập kinh tế quốc tế cho doanh nghiệp sản xuất sản phẩm công nghiệp chủ lực."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Khóa 2 dự kiến tập trung vào kỹ năng giúp doanh nghiệp mở rộng thị trường "
                    "trong nước và xuất khẩu, với quy mô khoảng 100 học viên trong ba ngày.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Chủ đề dự kiến:</p><ul><li>kỹ năng thương mại, xây dựng và bảo vệ thương "
                    "hiệu;</li><li>tìm hiểu thị trường, tham gia hội chợ và chuỗi cung "
                    "ứng;</li><li>hội nhập kinh tế quốc tế và yêu cầu của đối tác nước "
                    "ngoài.</li></ul>"
                ),
            ),
            (
                "paragraph",
                "<p>Doanh nghiệp quan tâm theo dõi thông báo tuyển sinh trên cổng thông tin.</p>",
            ),
        ],
        "image": "training",
        "en": {
            "slug": "training-trade-integration-2027",
            "title": (
                "Training course on trade and international integration for key industrial product "
                "manufacturers, course 2 of 2027 (planned)"
            ),
            "location_name": "Hanoi Department of Industry and Trade (planned)",
            "address": "331 Cau Giay, Hanoi",
            "organiser": "Hanoi Department of Industry and Trade",
            "summary": (
                "A planned three-day course on trade skills, market development and international "
                "economic integration for enterprises making key industrial products."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Course 2 is planned to focus on skills that help enterprises grow in "
                        "domestic and export markets, for about 100 trainees over three days.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Planned topics:</p><ul><li>trade skills, building and protecting a "
                        "brand;</li><li>market research, trade fairs and supply "
                        "chains;</li><li>international economic integration and the requirements "
                        "of foreign partners.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Interested enterprises should watch the portal for the enrolment "
                        "notice.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "hop-bao-khoi-dong-xet-chon-2027",
        "title": (
            "Họp báo khởi động đợt xét chọn sản phẩm công nghiệp chủ lực Hà Nội năm 2027 (dự kiến)"
        ),
        "kind": "press_conference",
        "start": datetime.datetime(2027, 3, 18, 9, 0),
        "end": datetime.datetime(2027, 3, 18, 10, 30),
        "location_name": "Sở Công Thương Hà Nội (dự kiến)",
        "address": "331 Cầu Giấy, Hà Nội",
        "organiser": "Sở Công Thương Hà Nội",
        "summary": (
            "Buổi họp báo dự kiến thông tin về kế hoạch, tiêu chí và lịch của đợt xét chọn năm "
            "2027 tới các cơ quan báo chí và doanh nghiệp."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Sở Công Thương Hà Nội dự kiến tổ chức họp báo để công bố đợt xét chọn sản "
                    "phẩm công nghiệp chủ lực năm 2027, mở đầu chuỗi hoạt động tuyên truyền của "
                    "năm.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Nội dung dự kiến:</p><ul><li>kết quả các đợt xét chọn gần nhất;</li><li>kế "
                    "hoạch, tiêu chí và các mốc thời gian của đợt năm 2027;</li><li>cách thức đăng "
                    "ký, nộp hồ sơ và kênh hỗ trợ doanh nghiệp.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Các cơ quan báo chí có nhu cầu tham dự vui lòng liên hệ bộ phận truyền "
                    "thông của chương trình. Thời gian chính thức sẽ được xác nhận trong giấy "
                    "mời.</p>"
                ),
            ),
        ],
        "image": "press",
        "en": {
            "slug": "press-conference-2027-round",
            "title": (
                "Press conference launching the 2027 Hanoi key industrial products round (planned)"
            ),
            "location_name": "Hanoi Department of Industry and Trade (planned)",
            "address": "331 Cau Giay, Hanoi",
            "organiser": "Hanoi Department of Industry and Trade",
            "summary": (
                "A planned press conference to brief the media and enterprises on the plan, "
                "criteria and timetable of the 2027 round."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The Hanoi Department of Industry and Trade plans a press conference to "
                        "announce the 2027 key industrial products round, opening the year's "
                        "communication activities.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Planned agenda:</p><ul><li>results of the latest rounds;</li><li>the "
                        "plan, criteria and key dates of the 2027 round;</li><li>how to register "
                        "and submit a dossier, and where enterprises can get help.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Media wishing to attend should contact the programme's communications "
                        "team. The official time will be confirmed in the invitation.</p>"
                    ),
                ),
            ],
        },
    },
]

# Home page.
HOME = {
    "hero_title": "Sản phẩm công nghiệp chủ lực thành phố Hà Nội",
    "hero_text": (
        "Cổng thông tin của chương trình xét chọn, tôn vinh và hỗ trợ những sản phẩm công nghiệp "
        "tiêu biểu của Thủ đô. Tra cứu danh mục sản phẩm, tìm hiểu tiêu chí, chuẩn bị hồ sơ và "
        "theo dõi lịch của từng đợt xét chọn."
    ),
    "hero_link_label": "Tìm hiểu tiêu chí xét chọn",
    "figures_title": "Chương trình qua các năm",
    "figures": [
        ("300", "sản phẩm được công nhận giai đoạn 2018-2025"),
        ("8", "nhóm ngành sản phẩm"),
        ("35", "sản phẩm được công nhận năm 2025"),
        ("28", "doanh nghiệp có sản phẩm được công nhận năm 2025"),
        ("≈42.000 tỷ đồng", "doanh thu năm 2024 của 35 sản phẩm năm 2025"),
        ("3 năm", "thời hạn hiệu lực của danh hiệu"),
    ],
    "intro_body": [
        ("heading", "Chương trình dành cho ai"),
        (
            "paragraph",
            (
                "<p>Từ năm 2018, theo Đề án phê duyệt tại Quyết định 496/QĐ-UBND, UBND Thành phố "
                "Hà Nội mỗi năm xét chọn và công nhận những sản phẩm công nghiệp tiêu biểu của các "
                "doanh nghiệp sản xuất trên địa bàn. Sở Công Thương Hà Nội là cơ quan thường trực "
                "của chương trình.</p>"
            ),
        ),
        (
            "paragraph",
            (
                "<ul><li><strong>Người tiêu dùng, nhà phân phối, đối tác nước ngoài</strong>: tra "
                "cứu danh mục sản phẩm theo ngành, năm công nhận và thông tin liên hệ của doanh "
                "nghiệp.</li><li><strong>Doanh nghiệp sản xuất</strong>: tìm hiểu tiêu chí, tải "
                "mẫu hồ sơ, đăng ký tham gia và nhận nhắc việc về các mốc của đợt xét "
                "chọn.</li><li><strong>Cơ quan báo chí</strong>: theo dõi tin tức, thông báo và "
                "lịch sự kiện của chương trình.</li></ul>"
            ),
        ),
        ("heading", "Quyền lợi khi được công nhận"),
        (
            "paragraph",
            (
                "<p>Doanh nghiệp có sản phẩm được công nhận nhận giấy chứng nhận, được sử dụng "
                "biểu trưng của chương trình, được quảng bá trên các kênh thông tin của Thành phố "
                "và được ưu tiên tham gia các chương trình xúc tiến thương mại, khuyến công, hỗ "
                "trợ khoa học - công nghệ và đào tạo nhân lực. Danh hiệu có giá trị trong ba "
                "năm.</p>"
            ),
        ),
    ],
    "en": {
        "hero_title": "Hanoi Key Industrial Products",
        "hero_text": (
            "The portal of the programme that selects, honours and supports the capital's "
            "outstanding industrial products. Browse the product catalogue, learn the criteria, "
            "prepare your dossier and follow the timetable of each selection round."
        ),
        "hero_link_label": "See the selection criteria",
        "figures_title": "The programme in figures",
        "figures": [
            ("300", "products recognised in 2018-2025"),
            ("8", "sector groups"),
            ("35", "products recognised in 2025"),
            ("28", "enterprises with products recognised in 2025"),
            ("≈VND 42 trillion", "2024 revenue of the 35 products of 2025"),
            ("3 years", "validity of the title"),
        ],
        "intro_body": [
            ("heading", "Who the programme is for"),
            (
                "paragraph",
                (
                    "<p>Since 2018, under the scheme approved by Decision 496/QĐ-UBND, the Hanoi "
                    "People's Committee has each year selected and recognised outstanding "
                    "industrial products of manufacturers in the city. The Hanoi Department of "
                    "Industry and Trade is the programme's standing agency.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<ul><li><strong>Consumers, distributors and foreign partners</strong>: browse "
                    "the catalogue by sector and year of recognition and find enterprise "
                    "contacts.</li><li><strong>Manufacturers</strong>: learn the criteria, "
                    "download the forms, apply and get reminders of each round's key "
                    "dates.</li><li><strong>Media</strong>: follow the programme's news, "
                    "announcements and events.</li></ul>"
                ),
            ),
            ("heading", "What recognition brings"),
            (
                "paragraph",
                (
                    "<p>Enterprises with recognised products receive a certificate, may use the "
                    "programme logo, are promoted through the city's information channels and have "
                    "priority in trade promotion, industrial extension, science and technology and "
                    "training programmes. The title is valid for three years.</p>"
                ),
            ),
        ],
    },
}

# Contact page. Officials are roles, not people; phone numbers and e-mails are demo values.
CONTACT = {
    "title": "Liên hệ",
    "intro": (
        "Bạn có câu hỏi về tiêu chí, hồ sơ, lịch xét chọn hay danh mục sản phẩm công nghiệp chủ "
        "lực? Hãy gửi cho chúng tôi qua biểu mẫu dưới đây hoặc liên hệ trực tiếp các bộ phận phụ "
        "trách. Thông tin bạn cung cấp chỉ được dùng để trả lời câu hỏi và không được công khai."
    ),
    "thank_you_text": (
        "Cảm ơn bạn đã gửi câu hỏi. Bộ phận phụ trách sẽ phản hồi qua thư điện tử trong thời gian "
        "sớm nhất."
    ),
    "officials": [
        {
            "name": "Phòng Quản lý Công nghiệp",
            "position": "Đầu mối chuyên môn của chương trình SPCNCL",
            "responsibility": (
                "Hướng dẫn tiêu chí, tiếp nhận hồ sơ và giải đáp về quy trình xét chọn"
            ),
            "phone": "024 3xxx xxxx (số minh họa)",
            "email": "demo.quanlycongnghiep@congnghiepchuluc-hanoi.gov.vn",
        },
        {
            "name": "Bộ phận Truyền thông chương trình",
            "position": "Đầu mối thông tin, báo chí",
            "responsibility": (
                "Đầu mối tiếp nhận yêu cầu cung cấp thông tin và làm việc với cơ quan báo chí"
            ),
            "phone": "024 3xxx xxxx (số minh họa)",
            "email": "demo.truyenthong@congnghiepchuluc-hanoi.gov.vn",
        },
        {
            "name": "Văn phòng Sở Công Thương",
            "position": "Bộ phận tiếp nhận văn bản",
            "responsibility": (
                "Tiếp nhận văn bản, góp ý về kết quả xét chọn gửi qua bưu điện hoặc nộp trực tiếp"
            ),
            "phone": "024 3xxx xxxx (số minh họa)",
            "email": "demo.vanphong@congnghiepchuluc-hanoi.gov.vn",
        },
    ],
    "form_fields": [
        {
            "label": "Họ và tên",
            "field_type": "singleline",
            "required": True,
            "choices": "",
            "help_text": "",
        },
        {
            "label": "Tên doanh nghiệp hoặc tổ chức",
            "field_type": "singleline",
            "required": False,
            "choices": "",
            "help_text": "Bỏ trống nếu bạn gửi với tư cách cá nhân.",
        },
        {
            "label": "Thư điện tử",
            "field_type": "email",
            "required": True,
            "choices": "",
            "help_text": "Chúng tôi chỉ dùng địa chỉ này để trả lời câu hỏi của bạn.",
        },
        {
            "label": "Số điện thoại",
            "field_type": "singleline",
            "required": False,
            "choices": "",
            "help_text": "Không bắt buộc; chỉ dùng khi cần trao đổi thêm về câu hỏi.",
        },
        {
            "label": "Chủ đề",
            "field_type": "dropdown",
            "required": True,
            "choices": (
                "Tiêu chí và hồ sơ xét chọn\nQuy trình và lịch xét chọn\nDanh mục sản phẩm\nBáo "
                "chí, truyền thông\nNội dung khác"
            ),
            "help_text": "",
        },
        {
            "label": "Nội dung câu hỏi",
            "field_type": "multiline",
            "required": True,
            "choices": "",
            "help_text": (
                "Xin đừng ghi số tài khoản, số căn cước hay thông tin cá nhân không cần thiết."
            ),
        },
        {
            "label": "Đồng ý xử lý dữ liệu cá nhân",
            "field_type": "dropdown",
            "required": True,
            "choices": (
                "Tôi đồng ý để Sở Công Thương Hà Nội dùng thông tin trên chỉ để trả lời câu hỏi này"
            ),
            "help_text": (
                "Thông tin không dùng cho mục đích khác và không được công khai. Bạn có thể yêu "
                "cầu xóa bất cứ lúc nào qua thư điện tử liên hệ."
            ),
        },
    ],
    "en": {
        "title": "Contact",
        "intro": (
            "Do you have a question about the criteria, the dossier, the selection timetable or "
            "the key industrial products catalogue? Send it to us with the form below or contact "
            "the responsible teams directly. The information you give is used only to answer your "
            "question and is never published."
        ),
        "thank_you_text": (
            "Thank you for your question. The responsible team will reply by e-mail as soon as "
            "possible."
        ),
        "officials": [
            {
                "name": "Industry Management Division",
                "position": "Lead team of the key industrial products programme",
                "responsibility": (
                    "Explains the criteria, receives dossiers and answers questions on the "
                    "selection process"
                ),
                "phone": "024 3xxx xxxx (demo number)",
                "email": "demo.quanlycongnghiep@congnghiepchuluc-hanoi.gov.vn",
            },
            {
                "name": "Programme communications team",
                "position": "Information and press contact",
                "responsibility": "Focal point for information requests and for the media",
                "phone": "024 3xxx xxxx (demo number)",
                "email": "demo.truyenthong@congnghiepchuluc-hanoi.gov.vn",
            },
            {
                "name": "Department office",
                "position": "Document reception",
                "responsibility": (
                    "Receives letters and comments on selection results sent by post or delivered "
                    "by hand"
                ),
                "phone": "024 3xxx xxxx (demo number)",
                "email": "demo.vanphong@congnghiepchuluc-hanoi.gov.vn",
            },
        ],
        "form_fields": [
            {
                "label": "Full name",
                "field_type": "singleline",
                "required": True,
                "choices": "",
                "help_text": "",
            },
            {
                "label": "Enterprise or organisation",
                "field_type": "singleline",
                "required": False,
                "choices": "",
                "help_text": "Leave blank if you are writing as an individual.",
            },
            {
                "label": "E-mail",
                "field_type": "email",
                "required": True,
                "choices": "",
                "help_text": "We use this address only to answer your question.",
            },
            {
                "label": "Phone number",
                "field_type": "singleline",
                "required": False,
                "choices": "",
                "help_text": "Optional; used only if we need to discuss your question.",
            },
            {
                "label": "Topic",
                "field_type": "dropdown",
                "required": True,
                "choices": (
                    "Selection criteria and dossier\nSelection process and timetable\nProduct "
                    "catalogue\nPress and media\nOther"
                ),
                "help_text": "",
            },
            {
                "label": "Your question",
                "field_type": "multiline",
                "required": True,
                "choices": "",
                "help_text": (
                    "Please do not include bank account numbers, ID numbers or other personal data "
                    "we do not need."
                ),
            },
            {
                "label": "Consent to personal data processing",
                "field_type": "dropdown",
                "required": True,
                "choices": (
                    "I agree that the Hanoi Department of Industry and Trade uses this information "
                    "only to answer this question"
                ),
                "help_text": (
                    "The information is not used for any other purpose and is never published. You "
                    "can ask for it to be deleted at any time by e-mail."
                ),
            },
        ],
    },
}

# Site settings (demo values where marked).
SITE_SETTINGS = {
    "agency_name": "Sở Công Thương Hà Nội",
    "agency_name_en": "Hanoi Department of Industry and Trade",
    "parent_agency": "UBND Thành phố Hà Nội",
    "parent_agency_en": "Hanoi People's Committee",
    "programme_name": "Chương trình phát triển sản phẩm công nghiệp chủ lực thành phố Hà Nội",
    "programme_name_en": "Hanoi Key Industrial Products Programme",
    "address": "331 Cầu Giấy, Hà Nội",
    "address_en": "331 Cau Giay, Hanoi, Viet Nam",
    "hotline": "1800 xxxx (số minh họa)",
    "phone": "024 3xxx xxxx (số minh họa)",
    "email": "demo.lienhe@congnghiepchuluc-hanoi.gov.vn",
    "working_hours": (
        "Thứ Hai đến Thứ Sáu: sáng 8:00-12:00, chiều 13:00-17:00 (trừ ngày nghỉ lễ, Tết)"
    ),
    "working_hours_en": "Monday to Friday, 8:00-12:00 and 13:00-17:00 (closed on public holidays)",
    "person_responsible": "Lãnh đạo Sở Công Thương Hà Nội",
    "person_responsible_en": "Leadership of the Hanoi Department of Industry and Trade",
    "person_responsible_title": "Chịu trách nhiệm nội dung Cổng thông tin",
    "person_responsible_title_en": "Responsible for the portal's content",
}
