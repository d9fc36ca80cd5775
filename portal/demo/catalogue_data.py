"""Demo catalogue data for the SPCNCL portal: every recognition round from 2018 to 2025.

The per-round counts (products, enterprises, TOP 10) and the few product and enterprise names
below that are real come from public sources (`shared/data/spcncl-facts.md` and
`spcncl-products.csv`); real enterprises carry only the recognitions those sources give and
no invented details. Everything else is illustrative: the enterprises marked
`"illustrative": True`, their products, specifications, tax codes, addresses and contacts are
invented for the demo so that the catalogue can be browsed by sector, year and district.

Plain data without Django, so that the demo builder, tests and scripts can all read it.
Run `python -m portal.demo.catalogue_data` to print the per-round counts.
"""

from __future__ import annotations

SECTORS = [
    {
        "key": "co-khi",
        "name": "Công nghiệp cơ khí, chế tạo",
        "name_en": "Mechanical engineering and manufacturing",
        "short_name": "Cơ khí, chế tạo",
        "short_name_en": "Engineering",
    },
    {
        "key": "dien-dien-tu",
        "name": "Công nghiệp điện, điện tử",
        "name_en": "Electrical and electronics industry",
        "short_name": "Điện, điện tử",
        "short_name_en": "Electrical and electronics",
    },
    {
        "key": "cntt",
        "name": "Công nghệ thông tin",
        "name_en": "Information technology",
        "short_name": "CNTT",
        "short_name_en": "IT",
    },
    {
        "key": "det-may",
        "name": "Công nghiệp dệt may, da giày",
        "name_en": "Textiles, garments, leather and footwear",
        "short_name": "Dệt may, da giày",
        "short_name_en": "Textiles and footwear",
    },
    {
        "key": "che-bien",
        "name": "Công nghiệp chế biến nông sản, thực phẩm",
        "name_en": "Agricultural and food processing",
        "short_name": "Chế biến nông sản, thực phẩm",
        "short_name_en": "Food processing",
    },
    {
        "key": "hoa-chat",
        "name": "Công nghiệp hóa chất, cao su, nhựa, dược phẩm",
        "name_en": "Chemicals, rubber, plastics and pharmaceuticals",
        "short_name": "Hóa chất, cao su, nhựa, dược",
        "short_name_en": "Chemicals, plastics and pharma",
    },
    {
        "key": "vat-lieu",
        "name": "Công nghiệp vật liệu xây dựng",
        "name_en": "Building materials industry",
        "short_name": "Vật liệu xây dựng",
        "short_name_en": "Building materials",
    },
    {
        "key": "thu-cong",
        "name": "Thủ công mỹ nghệ",
        "name_en": "Handicrafts",
        "short_name": "Thủ công mỹ nghệ",
        "short_name_en": "Handicrafts",
    },
]

# Decision numbers and dates only where a public source gives them; "" / None otherwise.
ROUNDS = {
    2018: {
        "decision_number": "",
        "decision_date": None,
        "council": "",
        "council_en": "",
        "ceremony_date": None,
        "summary": (
            "Đợt xét chọn đầu tiên theo Đề án phát triển sản phẩm công nghiệp chủ lực phê duyệt "
            "tại Quyết định 496/QĐ-UBND ngày 26/01/2018. Thành phố công nhận 61 sản phẩm của 36 "
            "doanh nghiệp, mở đầu danh mục của giai đoạn mới."
        ),
        "summary_en": (
            "The first round under the key industrial products scheme approved by Decision "
            "496/QĐ-UBND of 26 January 2018. The city recognised 61 products from 36 enterprises, "
            "opening the catalogue of the new period."
        ),
    },
    2019: {
        "decision_number": "",
        "decision_date": None,
        "council": "",
        "council_en": "",
        "ceremony_date": None,
        "summary": (
            "Có 48 sản phẩm của 37 doanh nghiệp đăng ký; hội đồng chọn được 30 sản phẩm của 22 "
            "doanh nghiệp. Cộng với năm 2018, Hà Nội đã có 91 sản phẩm của 58 doanh nghiệp mang "
            "danh hiệu."
        ),
        "summary_en": (
            "48 products from 37 enterprises applied and the council selected 30 products from "
            "22 enterprises. Together with 2018, Hà Nội now counted 91 recognised products from "
            "58 enterprises."
        ),
    },
    2020: {
        "decision_number": "",
        "decision_date": None,
        "council": "",
        "council_en": "",
        "ceremony_date": None,
        "summary": (
            "50 doanh nghiệp đăng ký tham gia; 26 sản phẩm của 19 doanh nghiệp được công nhận, "
            "trong đó 10 sản phẩm của 6 doanh nghiệp vào TOP 10. Sau ba năm, tổng số lên 117 sản "
            "phẩm của 77 doanh nghiệp."
        ),
        "summary_en": (
            "50 enterprises registered; 26 products from 19 enterprises were recognised, "
            "and 10 products from 6 of them formed the TOP 10. After three rounds the total "
            "reached 117 products from 77 enterprises."
        ),
    },
    2021: {
        "decision_number": "5012/QĐ-UBND",
        "decision_date": "2021-11-26",
        "council": "",
        "council_en": "",
        "ceremony_date": None,
        "summary": (
            "Trong 54 sản phẩm của 34 doanh nghiệp đăng ký, 46 sản phẩm của 30 doanh nghiệp được "
            "công nhận, vượt xa chỉ tiêu năm. TOP 10 gồm 10 sản phẩm của 10 doanh nghiệp khác "
            "nhau."
        ),
        "summary_en": (
            "Of 54 products from 34 enterprises that applied, 46 products from 30 enterprises "
            "were recognised, well above the year's target. The TOP 10 are ten products from ten "
            "different enterprises."
        ),
    },
    2022: {
        "decision_number": "",
        "decision_date": None,
        "council": (
            "Hội đồng đánh giá, xét chọn sản phẩm công nghiệp chủ lực thành phố Hà Nội năm 2022 "
            "(thành lập theo Quyết định 4074/QĐ-UBND ngày 27/10/2022)"
        ),
        "council_en": (
            "Hà Nội key industrial products evaluation council for 2022 (set up by Decision "
            "4074/QĐ-UBND of 27 October 2022)"
        ),
        "ceremony_date": "2022-12-13",
        "summary": (
            "Hội đồng xem xét 42 sản phẩm của 29 doanh nghiệp và công nhận 33 sản phẩm của 25 "
            "doanh nghiệp, trong đó 11 doanh nghiệp lần đầu góp mặt với 15 sản phẩm mới. TOP 10 "
            "thuộc về 10 doanh nghiệp."
        ),
        "summary_en": (
            "The council reviewed 42 products from 29 enterprises and recognised 33 products from "
            "25 of them, including 15 new products from 11 first-time enterprises. The TOP 10 "
            "went to ten enterprises."
        ),
    },
    2023: {
        "decision_number": "",
        "decision_date": None,
        "council": "",
        "council_en": "",
        "ceremony_date": "2023-12-14",
        "summary": (
            "Khoảng 200 doanh nghiệp tìm hiểu chương trình, 37 sản phẩm của 26 doanh nghiệp đủ "
            "điều kiện và 33 sản phẩm của 24 doanh nghiệp được công nhận; riêng cơ khí, chế tạo "
            "chiếm 10 sản phẩm. TOP 10 gồm 10 sản phẩm của 7 doanh nghiệp."
        ),
        "summary_en": (
            "About 200 enterprises enquired, 37 products from 26 enterprises qualified and 33 "
            "products from 24 enterprises were recognised, 10 of them in mechanical engineering. "
            "The TOP 10 are ten products from seven enterprises."
        ),
    },
    2024: {
        "decision_number": "",
        "decision_date": None,
        "council": "",
        "council_en": "",
        "ceremony_date": None,
        "summary": (
            "Thành phố công nhận 36 sản phẩm của 25 doanh nghiệp. 10 sản phẩm có điểm bình quân "
            "cao nhất được xếp vào TOP 10."
        ),
        "summary_en": (
            "The city recognised 36 products from 25 enterprises. The ten products with the "
            "highest average scores make up the TOP 10."
        ),
    },
    2025: {
        "decision_number": "",
        "decision_date": None,
        "council": "",
        "council_en": "",
        "ceremony_date": "2025-11-15",
        "summary": (
            "Đợt cuối của giai đoạn định hướng đến năm 2025 công nhận 35 sản phẩm của 28 doanh "
            "nghiệp và công bố TOP 10 tại lễ tôn vinh ngày 15/11/2025."
        ),
        "summary_en": (
            "The last round of the period to 2025 recognised 35 products from 28 enterprises and "
            "announced the TOP 10 at the ceremony on 15 November 2025."
        ),
    },
}

# Real enterprises first (illustrative False, only what public sources say, unknown fields left
# empty, no specifications); then invented ones. Invented tax codes pass the check digit of
# cms/catalogue/taxcode.py; their websites and e-mail addresses use example.vn sub-domains.
ENTERPRISES = [
    # Real enterprises and products, as public sources name them (see the module docstring).
    {
        "key": "rang-dong",
        "name": "Công ty Cổ phần Bóng đèn Phích nước Rạng Đông",
        "name_en": "Rang Dong Light Source and Vacuum Flask JSC",
        "short_name": "Rạng Đông",
        "illustrative": False,
        "fdi": False,
        "tax_code": "",
        "former_district": "Thanh Xuân",
        "ward": "",
        "ward_kind": "",
        "address": "",
        "website": "",
        "phone": "",
        "email": "",
        "description": (
            "Doanh nghiệp có sản phẩm được công nhận là sản phẩm công nghiệp chủ lực Hà Nội năm "
            "2021, thuộc TOP 10."
        ),
        "description_en": (
            "An enterprise with a product recognised as a Hà Nội key industrial product in 2021, "
            "in the TOP 10."
        ),
        "products": [
            {
                "key": "den-led-rang-dong",
                "name": "Đèn LED Rạng Đông",
                "name_en": "Rạng Đông LED lamps",
                "sector": "dien-dien-tu",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm "
                    "2021 và xếp trong TOP 10."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2021, in the TOP 10."
                ),
                "specs": [],
                "rounds": [2021],
                "top10": [2021],
            },
        ],
    },
    {
        "key": "day-cap-dien-thuong-dinh",
        "name": "Công ty Cổ phần Dây và Cáp điện Thượng Đình",
        "name_en": "Thuong Dinh Electric Wire and Cable JSC",
        "short_name": "CADI-SUN",
        "illustrative": False,
        "fdi": False,
        "tax_code": "",
        "former_district": "Thanh Xuân",
        "ward": "",
        "ward_kind": "",
        "address": "",
        "website": "",
        "phone": "",
        "email": "",
        "description": (
            "Doanh nghiệp có sản phẩm được công nhận là sản phẩm công nghiệp chủ lực Hà Nội năm "
            "2021 (TOP 10) và năm 2022."
        ),
        "description_en": (
            "An enterprise with products recognised as Hà Nội key industrial products in 2021 "
            "(TOP 10) and in 2022."
        ),
        "products": [
            {
                "key": "day-va-cap-dien-cadisun",
                "name": "Dây và cáp điện Cadisun",
                "name_en": "Cadisun electric wires and cables",
                "sector": "dien-dien-tu",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm "
                    "2021 và xếp trong TOP 10."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2021, in the TOP 10."
                ),
                "specs": [],
                "rounds": [2021],
                "top10": [2021],
            },
            {
                "key": "day-va-cap-dien-thuong-dinh",
                "name": "Dây và cáp điện Thượng Đình",
                "name_en": "Thượng Đình electric wires and cables",
                "sector": "dien-dien-tu",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm 2022."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2022."
                ),
                "specs": [],
                "rounds": [2022],
                "top10": [],
            },
        ],
    },
    {
        "key": "son-ha",
        "name": "Công ty Cổ phần Quốc tế Sơn Hà",
        "name_en": "Son Ha International Corporation",
        "short_name": "Sơn Hà",
        "illustrative": False,
        "fdi": False,
        "tax_code": "",
        "former_district": "",
        "ward": "",
        "ward_kind": "",
        "address": "",
        "website": "",
        "phone": "",
        "email": "",
        "description": (
            "Doanh nghiệp có sản phẩm được công nhận là sản phẩm công nghiệp chủ lực Hà Nội năm "
            "2021, thuộc TOP 10."
        ),
        "description_en": (
            "An enterprise with a product recognised as a Hà Nội key industrial product in 2021, "
            "in the TOP 10."
        ),
        "products": [
            {
                "key": "ong-thep-inox-son-ha",
                "name": "Ống thép inox Sơn Hà",
                "name_en": "Sơn Hà stainless steel pipes",
                "sector": "co-khi",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm "
                    "2021 và xếp trong TOP 10."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2021, in the TOP 10."
                ),
                "specs": [],
                "rounds": [2021],
                "top10": [2021],
            },
        ],
    },
    {
        "key": "innoviti-s",
        "name": "Innoviti-s",
        "name_en": "Innoviti-s",
        "short_name": "Innoviti-s",
        "illustrative": False,
        "fdi": False,
        "tax_code": "",
        "former_district": "",
        "ward": "",
        "ward_kind": "",
        "address": "",
        "website": "",
        "phone": "",
        "email": "",
        "description": (
            "Doanh nghiệp có sản phẩm được công nhận là sản phẩm công nghiệp chủ lực Hà Nội năm "
            "2021, thuộc TOP 10."
        ),
        "description_en": (
            "An enterprise with a product recognised as a Hà Nội key industrial product in 2021, "
            "in the TOP 10."
        ),
        "products": [
            {
                "key": "khoa-thong-minh-innoviti-s",
                "name": "Khóa thông minh Innoviti-s",
                "name_en": "Innoviti-s smart locks",
                "sector": "dien-dien-tu",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm "
                    "2021 và xếp trong TOP 10."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2021, in the TOP 10."
                ),
                "specs": [],
                "rounds": [2021],
                "top10": [2021],
            },
        ],
    },
    {
        "key": "misa",
        "name": "Công ty Cổ phần MISA",
        "name_en": "MISA JSC",
        "short_name": "MISA",
        "illustrative": False,
        "fdi": False,
        "tax_code": "",
        "former_district": "Cầu Giấy",
        "ward": "",
        "ward_kind": "",
        "address": "",
        "website": "",
        "phone": "",
        "email": "",
        "description": (
            "Doanh nghiệp có sản phẩm được công nhận là sản phẩm công nghiệp chủ lực Hà Nội năm "
            "2021, thuộc TOP 10."
        ),
        "description_en": (
            "An enterprise with a product recognised as a Hà Nội key industrial product in 2021, "
            "in the TOP 10."
        ),
        "products": [
            {
                "key": "phan-mem-quan-tri-doanh-nghiep-hop-nhat-misa-amis",
                "name": "Phần mềm quản trị doanh nghiệp hợp nhất MISA AMIS",
                "name_en": "MISA AMIS integrated enterprise management software",
                "sector": "cntt",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm "
                    "2021 và xếp trong TOP 10."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2021, in the TOP 10."
                ),
                "specs": [],
                "rounds": [2021],
                "top10": [2021],
            },
        ],
    },
    {
        "key": "vicostone",
        "name": "Công ty Cổ phần Vicostone",
        "name_en": "Vicostone JSC",
        "short_name": "Vicostone",
        "illustrative": False,
        "fdi": False,
        "tax_code": "",
        "former_district": "Thạch Thất",
        "ward": "",
        "ward_kind": "",
        "address": "",
        "website": "",
        "phone": "",
        "email": "",
        "description": (
            "Doanh nghiệp có sản phẩm được công nhận là sản phẩm công nghiệp chủ lực Hà Nội năm "
            "2021, thuộc TOP 10."
        ),
        "description_en": (
            "An enterprise with a product recognised as a Hà Nội key industrial product in 2021, "
            "in the TOP 10."
        ),
        "products": [
            {
                "key": "da-thach-anh-cao-cap-vicostone",
                "name": "Đá thạch anh cao cấp Vicostone",
                "name_en": "Vicostone premium quartz stone",
                "sector": "vat-lieu",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm "
                    "2021 và xếp trong TOP 10."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2021, in the TOP 10."
                ),
                "specs": [],
                "rounds": [2021],
                "top10": [2021],
            },
        ],
    },
    {
        "key": "tan-a-dai-thanh",
        "name": "Tập đoàn Tân Á Đại Thành",
        "name_en": "Tan A Dai Thanh Group",
        "short_name": "Tân Á Đại Thành",
        "illustrative": False,
        "fdi": False,
        "tax_code": "",
        "former_district": "",
        "ward": "",
        "ward_kind": "",
        "address": "",
        "website": "",
        "phone": "",
        "email": "",
        "description": (
            "Doanh nghiệp có sản phẩm được công nhận là sản phẩm công nghiệp chủ lực Hà Nội năm "
            "2021, thuộc TOP 10."
        ),
        "description_en": (
            "An enterprise with a product recognised as a Hà Nội key industrial product in 2021, "
            "in the TOP 10."
        ),
        "products": [
            {
                "key": "binh-nuoc-nong-rossi",
                "name": "Bình nước nóng ROSSI",
                "name_en": "ROSSI water heaters",
                "sector": "dien-dien-tu",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm "
                    "2021 và xếp trong TOP 10."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2021, in the TOP 10."
                ),
                "specs": [],
                "rounds": [2021],
                "top10": [2021],
            },
        ],
    },
    {
        "key": "sino-vanlock",
        "name": "SINO-VANLOCK",
        "name_en": "SINO-VANLOCK",
        "short_name": "SINO-VANLOCK",
        "illustrative": False,
        "fdi": False,
        "tax_code": "",
        "former_district": "",
        "ward": "",
        "ward_kind": "",
        "address": "",
        "website": "",
        "phone": "",
        "email": "",
        "description": (
            "Doanh nghiệp có sản phẩm được công nhận là sản phẩm công nghiệp chủ lực Hà Nội năm "
            "2021, thuộc TOP 10."
        ),
        "description_en": (
            "An enterprise with a product recognised as a Hà Nội key industrial product in 2021, "
            "in the TOP 10."
        ),
        "products": [
            {
                "key": "day-cap-dien-sino-vanlock",
                "name": "Dây cáp điện SINO-VANLOCK",
                "name_en": "SINO-VANLOCK electric cables",
                "sector": "dien-dien-tu",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm "
                    "2021 và xếp trong TOP 10."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2021, in the TOP 10."
                ),
                "specs": [],
                "rounds": [2021],
                "top10": [2021],
            },
        ],
    },
    {
        "key": "eurowindow",
        "name": "Công ty Cổ phần Eurowindow",
        "name_en": "Eurowindow JSC",
        "short_name": "Eurowindow",
        "illustrative": False,
        "fdi": False,
        "tax_code": "",
        "former_district": "",
        "ward": "",
        "ward_kind": "",
        "address": "",
        "website": "",
        "phone": "",
        "email": "",
        "description": (
            "Doanh nghiệp có sản phẩm được công nhận là sản phẩm công nghiệp chủ lực Hà Nội năm "
            "2021, thuộc TOP 10."
        ),
        "description_en": (
            "An enterprise with a product recognised as a Hà Nội key industrial product in 2021, "
            "in the TOP 10."
        ),
        "products": [
            {
                "key": "cua-nhom-eurowindow",
                "name": "Cửa nhôm Eurowindow",
                "name_en": "Eurowindow aluminium doors",
                "sector": "vat-lieu",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm "
                    "2021 và xếp trong TOP 10."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2021, in the TOP 10."
                ),
                "specs": [],
                "rounds": [2021],
                "top10": [2021],
            },
        ],
    },
    {
        "key": "ton-ma-vnsteel-thang-long",
        "name": "Công ty Cổ phần Tôn mạ VNSTEEL Thăng Long",
        "name_en": "VNSTEEL Thang Long Coated Sheets JSC",
        "short_name": "VNSTEEL Thăng Long",
        "illustrative": False,
        "fdi": False,
        "tax_code": "",
        "former_district": "",
        "ward": "",
        "ward_kind": "",
        "address": "",
        "website": "",
        "phone": "",
        "email": "",
        "description": (
            "Doanh nghiệp có sản phẩm được công nhận là sản phẩm công nghiệp chủ lực Hà Nội năm "
            "2021, thuộc TOP 10."
        ),
        "description_en": (
            "An enterprise with a product recognised as a Hà Nội key industrial product in 2021, "
            "in the TOP 10."
        ),
        "products": [
            {
                "key": "ton-ma-vnstell-thang-long",
                "name": "Tôn mạ VNSTELL Thăng Long",
                "name_en": "VNSTELL Thăng Long coated steel sheets",
                "sector": "co-khi",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm "
                    "2021 và xếp trong TOP 10."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2021, in the TOP 10."
                ),
                "specs": [],
                "rounds": [2021],
                "top10": [2021],
            },
        ],
    },
    {
        "key": "tpa",
        "name": "TPA",
        "name_en": "TPA",
        "short_name": "TPA",
        "illustrative": False,
        "fdi": False,
        "tax_code": "",
        "former_district": "",
        "ward": "",
        "ward_kind": "",
        "address": "",
        "website": "https://tanphatetek.com",
        "phone": "",
        "email": "",
        "description": (
            "Doanh nghiệp có sản phẩm được công nhận là sản phẩm công nghiệp chủ lực Hà Nội năm "
            "2019."
        ),
        "description_en": (
            "An enterprise with a product recognised as a Hà Nội key industrial product in 2019."
        ),
        "products": [
            {
                "key": "may-va-day-chuyen-tu-dong-hoa",
                "name": "Máy và dây chuyền tự động hoá",
                "name_en": "Automation machines and production lines",
                "sector": "co-khi",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm 2019."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2019."
                ),
                "specs": [],
                "rounds": [2019],
                "top10": [],
            },
            {
                "key": "may-ban-hang-tu-dong",
                "name": "Máy bán hàng tự động",
                "name_en": "Vending machines",
                "sector": "co-khi",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm 2019."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2019."
                ),
                "specs": [],
                "rounds": [2019],
                "top10": [],
            },
        ],
    },
    {
        "key": "may-10",
        "name": "Tổng Công ty May 10 – Công ty Cổ phần",
        "name_en": "Garment 10 Corporation JSC",
        "short_name": "May 10",
        "illustrative": False,
        "fdi": False,
        "tax_code": "",
        "former_district": "Long Biên",
        "ward": "",
        "ward_kind": "",
        "address": "",
        "website": "",
        "phone": "",
        "email": "",
        "description": (
            "Doanh nghiệp có sản phẩm được công nhận là sản phẩm công nghiệp chủ lực Hà Nội năm "
            "2022."
        ),
        "description_en": (
            "An enterprise with a product recognised as a Hà Nội key industrial product in 2022."
        ),
        "products": [
            {
                "key": "san-pham-may-mac-may-10",
                "name": "Sản phẩm may mặc May 10",
                "name_en": "May 10 garments",
                "sector": "det-may",
                "description": (
                    "Được UBND Thành phố Hà Nội công nhận là sản phẩm công nghiệp chủ lực năm 2022."
                ),
                "description_en": (
                    "Recognised by the Hà Nội People's Committee as a key industrial product in "
                    "2022."
                ),
                "specs": [],
                "rounds": [2022],
                "top10": [],
            },
        ],
    },
    # Illustrative (invented) enterprises: names, addresses, codes and figures are demo data.
    {
        "key": "co-khi-an-phat",
        "name": "Công ty Cổ phần Cơ khí Chính xác An Phát",
        "name_en": "An Phat Precision Engineering JSC",
        "short_name": "An Phát",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0104650080",
        "former_district": "Thạch Thất",
        "ward": "Thạch Thất",
        "ward_kind": "xã",
        "address": "Lô 7, cụm công nghiệp Bình Phú, xã Thạch Thất, Hà Nội",
        "website": "https://co-khi-an-phat.example",
        "phone": "024 3479 4020",
        "email": "lienhe@co-khi-an-phat.example",
        "description": (
            "Xưởng gia công chi tiết máy lớn lên từ làng nghề cơ khí Thạch Thất, nay vận hành "
            "hơn 60 máy CNC và nhận đơn hàng của các hãng lắp ráp trong và ngoài nước."
        ),
        "description_en": (
            "A machining shop that grew out of the Thạch Thất metalworking villages; it now runs "
            "more than 60 CNC machines and supplies domestic and foreign assemblers."
        ),
        "products": [
            {
                "key": "banh-rang-truyen-dong-chinh-xac-an-phat",
                "name": "Bánh răng truyền động chính xác An Phát",
                "name_en": "An Phat precision drive gears",
                "sector": "co-khi",
                "description": (
                    "Bánh răng trụ và bánh răng côn được cắt, mài và nhiệt luyện tại chỗ, dùng "
                    "cho hộp giảm tốc và máy công cụ."
                ),
                "description_en": (
                    "Spur and bevel gears cut, ground and heat-treated in house for gearboxes "
                    "and machine tools."
                ),
                "specs": [
                    ["Vật liệu", "Material", "SCM440, 20CrMnTi"],
                    ["Cấp chính xác (ISO 1328)", "Accuracy grade (ISO 1328)", "6"],
                    ["Độ cứng", "Hardness", "58–62 HRC"],
                    ["Đường kính", "Diameter", "20–600 mm"],
                ],
                "rounds": [2018, 2021, 2024],
                "top10": [2024],
            },
            {
                "key": "khuon-dap-kim-loai-tam-an-phat",
                "name": "Khuôn dập kim loại tấm An Phát",
                "name_en": "An Phat sheet-metal stamping dies",
                "sector": "co-khi",
                "description": (
                    "Bộ khuôn dập liên hoàn cho vỏ thiết bị điện và chi tiết xe máy, được mô "
                    "phỏng trên máy tính trước khi gia công thép khuôn."
                ),
                "description_en": (
                    "Progressive dies for appliance casings and motorbike parts, simulated on "
                    "screen before the tool steel is cut."
                ),
                "specs": [
                    ["Vật liệu", "Material", "SKD11, SKD61"],
                    ["Dung sai", "Tolerance", "±10 µm"],
                    ["Tuổi thọ khuôn (lần dập)", "Die life (strokes)", "500 000"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "do-ga-cnc-nhieu-truc-an-phat",
                "name": "Đồ gá CNC nhiều trục An Phát",
                "name_en": "An Phat multi-axis CNC fixtures",
                "sector": "co-khi",
                "description": (
                    "Đồ gá kẹp thủy lực thay nhanh cho trung tâm gia công, giúp khách hàng rút "
                    "ngắn thời gian chuyển đổi mã hàng."
                ),
                "description_en": (
                    "Quick-change hydraulic fixtures for machining centres that shorten "
                    "customers' changeovers."
                ),
                "specs": [
                    ["Áp suất làm việc", "Working pressure", "70 bar"],
                    ["Dung sai", "Tolerance", "±5 µm"],
                    ["Khối lượng", "Weight", "35–180 kg"],
                ],
                "rounds": [2023],
                "top10": [],
            },
            {
                "key": "hop-giam-toc-banh-rang-an-phat",
                "name": "Hộp giảm tốc bánh răng An Phát",
                "name_en": "An Phat gear reducers",
                "sector": "co-khi",
                "description": (
                    "Hộp giảm tốc trục song song và trục vuông góc cho băng tải, máy trộn và "
                    "thiết bị nâng, vỏ gang đúc kín dầu."
                ),
                "description_en": (
                    "Parallel- and right-angle-shaft reducers for conveyors, mixers and hoists, "
                    "in oil-tight cast-iron housings."
                ),
                "specs": [
                    ["Tỷ số truyền", "Ratio", "5–200"],
                    ["Mô-men xoắn đầu ra", "Output torque", "100–20 000 N·m"],
                ],
                "rounds": [2021],
                "top10": [],
            },
        ],
    },
    {
        "key": "may-nong-nghiep-dong-luc",
        "name": "Công ty TNHH Máy Nông nghiệp Đồng Lực",
        "name_en": "Dong Luc Agricultural Machinery Co., Ltd.",
        "short_name": "Đồng Lực",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0102960802",
        "former_district": "Hà Đông",
        "ward": "Yên Nghĩa",
        "ward_kind": "phường",
        "address": "Lô CN4, cụm công nghiệp Yên Nghĩa, phường Yên Nghĩa, Hà Nội",
        "website": "https://may-nong-nghiep-dong-luc.example",
        "phone": "024 3344 2348",
        "email": "lienhe@may-nong-nghiep-dong-luc.example",
        "description": (
            "Nhà sản xuất máy nông nghiệp cỡ vừa và nhỏ cho đồng ruộng miền Bắc, có mạng lưới "
            "sửa chữa lưu động theo mùa vụ."
        ),
        "description_en": (
            "A maker of small and mid-sized farm machines for northern paddy fields, with mobile "
            "repair teams that follow the harvest."
        ),
        "products": [
            {
                "key": "may-gat-dap-lien-hop-co-nho-dl-120",
                "name": "Máy gặt đập liên hợp cỡ nhỏ ĐL-120",
                "name_en": "DL-120 compact combine harvester",
                "sector": "co-khi",
                "description": (
                    "Máy gặt đập bánh xích gọn nhẹ, đi được trên ruộng lầy và ô thửa nhỏ, cắt, "
                    "tuốt và làm sạch lúa trong một lần chạy."
                ),
                "description_en": (
                    "A light tracked combine that copes with soft ground and small plots, "
                    "cutting, threshing and cleaning rice in one pass."
                ),
                "specs": [
                    ["Động cơ diesel", "Diesel engine", "45 HP"],
                    ["Bề rộng cắt", "Cutting width", "1200 mm"],
                    ["Năng suất", "Output", "3000–5000 m²/h"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "may-say-nong-san-tang-soi-dong-luc",
                "name": "Máy sấy nông sản tầng sôi Đồng Lực",
                "name_en": "Dong Luc fluid-bed crop dryer",
                "sector": "co-khi",
                "description": (
                    "Máy sấy lúa, ngô và hạt giống bằng dòng khí nóng, giữ hạt không nứt và đồng "
                    "đều độ ẩm."
                ),
                "description_en": (
                    "Dries rice, maize and seed with a hot air stream, keeping grain whole and "
                    "evenly dried."
                ),
                "specs": [
                    ["Mẻ sấy", "Batch size", "4–10 t"],
                    ["Độ ẩm", "Moisture", "13–14%"],
                    ["Nhiệt độ làm việc", "Operating temperature", "40–60 °C"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "ket-cau-thep-bac-thang",
        "name": "Công ty Cổ phần Kết cấu Thép Bắc Thăng",
        "name_en": "Bac Thang Steel Structure JSC",
        "short_name": "Bắc Thăng",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0101019279",
        "former_district": "Đông Anh",
        "ward": "Thư Lâm",
        "ward_kind": "xã",
        "address": "Thôn Đông, đường 23B, xã Thư Lâm, Hà Nội",
        "website": "https://ket-cau-thep-bac-thang.example",
        "phone": "024 3771 9468",
        "email": "lienhe@ket-cau-thep-bac-thang.example",
        "description": (
            "Doanh nghiệp thiết kế, chế tạo và dựng lắp nhà thép cho nhà xưởng, kho lạnh và "
            "trung tâm logistics ở các tỉnh phía Bắc."
        ),
        "description_en": (
            "Designs, fabricates and erects steel buildings for factories, cold stores and "
            "logistics hubs across northern Việt Nam."
        ),
        "products": [
            {
                "key": "khung-nha-thep-tien-che-bac-thang",
                "name": "Khung nhà thép tiền chế Bắc Thăng",
                "name_en": "Bac Thang pre-engineered steel building frames",
                "sector": "co-khi",
                "description": (
                    "Khung kèo tổ hợp hàn tự động, sơn chống gỉ hai lớp, giao kèm bản vẽ dựng "
                    "lắp để rút ngắn tiến độ công trường."
                ),
                "description_en": (
                    "Automatically welded built-up frames with two rust-proof coats, shipped "
                    "with erection drawings to shorten site work."
                ),
                "specs": [
                    ["Khẩu độ", "Span", "12–60 m"],
                    ["Vật liệu", "Material", "SS400, Q345B"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "AISC 360, TCVN 5575"],
                ],
                "rounds": [2018, 2021, 2024],
                "top10": [],
            },
            {
                "key": "dam-cau-thep-to-hop-bac-thang",
                "name": "Dầm cầu thép tổ hợp Bắc Thăng",
                "name_en": "Bac Thang built-up steel bridge girders",
                "sector": "co-khi",
                "description": (
                    "Dầm chữ I tổ hợp cho cầu đường bộ và cầu vượt, hàn tự động và kiểm tra siêu "
                    "âm từng mối hàn."
                ),
                "description_en": (
                    "Built-up I-girders for road bridges and flyovers, welded automatically and "
                    "ultrasonically tested seam by seam."
                ),
                "specs": [
                    ["Chiều dài nhịp", "Span length", "18–42 m"],
                    ["Vật liệu", "Material", "SM490, A709 Gr.50"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "TCVN 11823"],
                ],
                "rounds": [2021],
                "top10": [],
            },
        ],
    },
    {
        "key": "van-thuy-luc-hong-lam",
        "name": "Công ty Cổ phần Van và Thiết bị Thủy lực Hồng Lam",
        "name_en": "Hong Lam Valves and Hydraulics JSC",
        "short_name": "Hồng Lam",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0102954157",
        "former_district": "Hoàng Mai",
        "ward": "Lĩnh Nam",
        "ward_kind": "phường",
        "address": "Số 218 đường Lĩnh Nam, phường Lĩnh Nam, Hà Nội",
        "website": "https://van-thuy-luc-hong-lam.example",
        "phone": "024 3655 9128",
        "email": "lienhe@van-thuy-luc-hong-lam.example",
        "description": (
            "Xưởng đúc và gia công van cho ngành cấp thoát nước, phòng cháy chữa cháy; sản phẩm "
            "được thử áp từng chiếc trước khi xuất xưởng."
        ),
        "description_en": (
            "A foundry and machine shop making valves for water supply, drainage and fire "
            "protection; every unit is pressure-tested before it leaves."
        ),
        "products": [
            {
                "key": "van-cong-gang-cau-hong-lam",
                "name": "Van cổng gang cầu Hồng Lam",
                "name_en": "Hong Lam ductile-iron gate valves",
                "sector": "co-khi",
                "description": (
                    "Van cổng ty chìm, đệm kín cao su EPDM, phủ sơn epoxy bên trong và bên "
                    "ngoài, dùng cho mạng lưới nước sạch."
                ),
                "description_en": (
                    "Non-rising-stem gate valves with EPDM seats and epoxy coating inside and "
                    "out, for drinking-water networks."
                ),
                "specs": [
                    ["Đường kính", "Diameter", "DN50–DN600"],
                    ["Áp lực danh nghĩa", "Pressure rating", "PN10, PN16"],
                    ["Vật liệu", "Material", "GGG50"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "van-buom-dieu-khien-dien-hong-lam",
                "name": "Van bướm điều khiển điện Hồng Lam",
                "name_en": "Hong Lam motorised butterfly valves",
                "sector": "co-khi",
                "description": (
                    "Van bướm lắp bộ truyền động điện, đóng mở từ xa qua tủ điều khiển của trạm "
                    "bơm."
                ),
                "description_en": (
                    "Butterfly valves with electric actuators, opened and closed remotely from "
                    "the pumping station's control panel."
                ),
                "specs": [
                    ["Đường kính", "Diameter", "DN100–DN1200"],
                    ["Điện áp định mức", "Rated voltage", "220 V / 380 V"],
                    ["Thời gian đóng", "Closing time", "30–90 s"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "tru-cuu-hoa-ngoai-troi-hong-lam",
                "name": "Trụ cứu hỏa ngoài trời Hồng Lam",
                "name_en": "Hong Lam outdoor fire hydrants",
                "sector": "co-khi",
                "description": (
                    "Trụ nổi hai cửa lấy nước, thân gang sơn đỏ, thiết kế chống va đập cho vỉa "
                    "hè đô thị."
                ),
                "description_en": (
                    "Two-outlet pillar hydrants with a red-painted iron body, built to survive "
                    "knocks on city pavements."
                ),
                "specs": [
                    ["Đường kính", "Diameter", "DN100, DN125"],
                    ["Áp suất làm việc", "Working pressure", "16 bar"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "TCVN 6379"],
                ],
                "rounds": [2022],
                "top10": [],
            },
        ],
    },
    {
        "key": "fujinoki-viet-nam",
        "name": "Công ty TNHH Phụ tùng Chính xác Fujinoki Việt Nam",
        "name_en": "Fujinoki Precision Parts Vietnam Co., Ltd.",
        "short_name": "Fujinoki",
        "illustrative": True,
        "fdi": True,
        "tax_code": "0104383660",
        "former_district": "Đông Anh",
        "ward": "Đông Anh",
        "ward_kind": "xã",
        "address": "Lô 5, cụm công nghiệp Đông Anh, xã Đông Anh, Hà Nội",
        "website": "https://fujinoki-viet-nam.example",
        "phone": "024 3577 7916",
        "email": "lienhe@fujinoki-viet-nam.example",
        "description": (
            "Doanh nghiệp 100% vốn Nhật Bản sản xuất phụ tùng xe máy cho các nhà lắp ráp tại "
            "Việt Nam và xuất khẩu sang Đông Nam Á."
        ),
        "description_en": (
            "A wholly Japanese-owned maker of motorbike parts for assemblers in Việt Nam and for "
            "export across South-East Asia."
        ),
        "products": [
            {
                "key": "bo-ly-hop-xe-may-fujinoki",
                "name": "Bộ ly hợp xe máy Fujinoki",
                "name_en": "Fujinoki motorbike clutch assemblies",
                "sector": "co-khi",
                "description": (
                    "Cụm ly hợp nhiều đĩa cho xe số và xe côn tay, lắp ráp trên dây chuyền có "
                    "kiểm tra mô-men tự động."
                ),
                "description_en": (
                    "Multi-plate clutch packs for step-through and manual bikes, assembled on a "
                    "line with automatic torque checks."
                ),
                "specs": [
                    ["Dung tích xi lanh phù hợp", "Engine size", "100–150 cc"],
                    ["Số đĩa ma sát", "Friction plates", "4–6"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "truc-cam-xe-may-fujinoki",
                "name": "Trục cam xe máy Fujinoki",
                "name_en": "Fujinoki motorbike camshafts",
                "sector": "co-khi",
                "description": (
                    "Trục cam rèn, tôi cao tần và mài biên dạng trên máy CNC, đạt dung sai của "
                    "nhà lắp ráp Nhật Bản."
                ),
                "description_en": (
                    "Forged camshafts, induction-hardened and profile-ground on CNC machines to "
                    "Japanese assemblers' tolerances."
                ),
                "specs": [
                    ["Vật liệu", "Material", "S45C"],
                    ["Dung sai", "Tolerance", "±8 µm"],
                    ["Độ cứng", "Hardness", "55 HRC"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "giam-xoc-sau-xe-may-fujinoki",
                "name": "Giảm xóc sau xe máy Fujinoki",
                "name_en": "Fujinoki rear shock absorbers",
                "sector": "co-khi",
                "description": (
                    "Giảm xóc thủy lực lò xo trụ, chạy thử 200 000 chu kỳ trên băng thử độ bền."
                ),
                "description_en": (
                    "Hydraulic coil-over rear shocks, run through 200 000 cycles on the "
                    "endurance rig."
                ),
                "specs": [
                    ["Hành trình", "Stroke", "70–90 mm"],
                    ["Chiều dài lắp", "Installed length", "320–350 mm"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "khuon-mau-kitaura",
        "name": "Công ty TNHH Khuôn mẫu Chính xác Kitaura Việt Nam",
        "name_en": "Kitaura Precision Mould Vietnam Co., Ltd.",
        "short_name": "Kitaura",
        "illustrative": True,
        "fdi": True,
        "tax_code": "0101743724",
        "former_district": "Sóc Sơn",
        "ward": "Nội Bài",
        "ward_kind": "xã",
        "address": "Lô 21, khu công nghiệp Nội Bài, xã Nội Bài, Hà Nội",
        "website": "https://khuon-mau-kitaura.example",
        "phone": "024 3589 4788",
        "email": "lienhe@khuon-mau-kitaura.example",
        "description": (
            "Nhà máy vốn Nhật Bản chuyên khuôn ép nhựa và gia công tia lửa điện, cung ứng cho "
            "ngành điện tử và ô tô."
        ),
        "description_en": (
            "A Japanese-invested plant specialising in injection moulds and spark erosion for "
            "the electronics and car industries."
        ),
        "products": [
            {
                "key": "khuon-ep-nhua-chinh-xac-kitaura",
                "name": "Khuôn ép nhựa chính xác Kitaura",
                "name_en": "Kitaura precision injection moulds",
                "sector": "co-khi",
                "description": (
                    "Khuôn nhiều lòng, kênh dẫn nóng, dùng cho vỏ máy in, linh kiện ô tô và đầu "
                    "nối điện tử."
                ),
                "description_en": (
                    "Multi-cavity hot-runner moulds for printer housings, car components and "
                    "electronic connectors."
                ),
                "specs": [
                    ["Số lòng khuôn", "Cavities", "1–32"],
                    ["Khối lượng", "Weight", "50–8000 kg"],
                    ["Dung sai", "Tolerance", "±5 µm"],
                ],
                "rounds": [2018, 2021],
                "top10": [],
            },
            {
                "key": "chi-tiet-gia-cong-cat-day-edm-kitaura",
                "name": "Chi tiết gia công cắt dây EDM Kitaura",
                "name_en": "Kitaura wire-EDM machined parts",
                "sector": "co-khi",
                "description": (
                    "Chi tiết chày, cối và lõi khuôn cắt dây, dùng thay thế nhanh trong các dây "
                    "chuyền dập."
                ),
                "description_en": (
                    "Wire-cut punches, dies and cores used as quick replacements on stamping lines."
                ),
                "specs": [
                    ["Dung sai", "Tolerance", "±2 µm"],
                    ["Vật liệu", "Material", "SKD11, SKH51"],
                ],
                "rounds": [2018, 2021],
                "top10": [],
            },
        ],
    },
    {
        "key": "moi-truong-thanh-ha",
        "name": "Công ty Cổ phần Môi trường và Thiết bị Lọc Thanh Hà",
        "name_en": "Thanh Ha Environment and Filtration JSC",
        "short_name": "Thanh Hà Envi",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0109588076",
        "former_district": "Hà Đông",
        "ward": "Kiến Hưng",
        "ward_kind": "phường",
        "address": "Số 12 phố Phúc La, phường Kiến Hưng, Hà Nội",
        "website": "https://moi-truong-thanh-ha.example",
        "phone": "024 3357 9497",
        "email": "lienhe@moi-truong-thanh-ha.example",
        "description": (
            "Đơn vị chế tạo và lắp đặt hệ thống xử lý nước thải cho khu dân cư, bệnh viện và cụm "
            "công nghiệp."
        ),
        "description_en": (
            "Builds and installs wastewater treatment systems for housing estates, hospitals and "
            "industrial clusters."
        ),
        "products": [
            {
                "key": "he-thong-xu-ly-nuoc-thai-hop-khoi-th-bio",
                "name": "Hệ thống xử lý nước thải hợp khối TH-Bio",
                "name_en": "TH-Bio packaged wastewater treatment plant",
                "sector": "co-khi",
                "description": (
                    "Bể composite hợp khối tích hợp xử lý sinh học và màng lọc, lắp đặt gọn "
                    "trong vài ngày mà không cần xây bể bê tông."
                ),
                "description_en": (
                    "A composite packaged unit combining biological treatment and membranes, "
                    "installed in days without concrete tanks."
                ),
                "specs": [
                    ["Công suất xử lý (m³/ngày)", "Treatment capacity (m³/day)", "5–300"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "QCVN 14:2008/BTNMT"],
                ],
                "rounds": [2021, 2024],
                "top10": [],
            },
            {
                "key": "may-ep-bun-bang-tai-thanh-ha",
                "name": "Máy ép bùn băng tải Thanh Hà",
                "name_en": "Thanh Ha belt filter press",
                "sector": "co-khi",
                "description": (
                    "Máy tách nước bùn thải bằng hai băng lọc chạy liên tục, khung thép không gỉ "
                    "chịu ăn mòn."
                ),
                "description_en": (
                    "Dewaters sludge between two continuously running filter belts on a "
                    "corrosion-proof stainless frame."
                ),
                "specs": [
                    ["Khổ rộng", "Width", "1000–2500 mm"],
                    ["Năng suất", "Output", "3–15 m³/h"],
                    ["Vật liệu", "Material", "SUS 304"],
                ],
                "rounds": [2025],
                "top10": [],
            },
            {
                "key": "thiet-bi-loc-nuoc-sach-nong-thon-thanh-ha",
                "name": "Thiết bị lọc nước sạch nông thôn Thanh Hà",
                "name_en": "Thanh Ha rural water purification units",
                "sector": "co-khi",
                "description": (
                    "Trạm lọc nước mặt hợp khối gồm keo tụ, lắng, lọc và khử trùng, cấp nước cho "
                    "cụm dân cư vài trăm hộ."
                ),
                "description_en": (
                    "Packaged surface-water plants that coagulate, settle, filter and disinfect, "
                    "supplying a few hundred households."
                ),
                "specs": [
                    ["Công suất (m³/h)", "Capacity (m³/h)", "5–50"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "QCVN 01-1:2018/BYT"],
                ],
                "rounds": [2021, 2024],
                "top10": [],
            },
        ],
    },
    {
        "key": "gia-dung-kim-thanh",
        "name": "Công ty Cổ phần Đồ gia dụng Kim Thành",
        "name_en": "Kim Thanh Housewares JSC",
        "short_name": "Kim Thành",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0108174410",
        "former_district": "Thanh Trì",
        "ward": "Ngọc Hồi",
        "ward_kind": "xã",
        "address": "Lô B6, khu công nghiệp Ngọc Hồi, xã Ngọc Hồi, Hà Nội",
        "website": "https://gia-dung-kim-thanh.example",
        "phone": "024 3401 9793",
        "email": "lienhe@gia-dung-kim-thanh.example",
        "description": (
            "Nhà sản xuất nồi, chảo và dụng cụ nhà bếp bằng thép không gỉ và nhôm, bán qua siêu "
            "thị trong nước và xuất khẩu sang Nhật Bản, Hàn Quốc."
        ),
        "description_en": (
            "Makes stainless-steel and aluminium pots, pans and kitchenware, sold through "
            "domestic supermarkets and exported to Japan and Korea."
        ),
        "products": [
            {
                "key": "noi-inox-ba-day-kim-thanh",
                "name": "Nồi inox ba đáy Kim Thành",
                "name_en": "Kim Thanh triple-base stainless pots",
                "sector": "co-khi",
                "description": (
                    "Bộ nồi đáy ba lớp thép không gỉ kẹp nhôm, dẫn nhiệt đều và dùng được trên "
                    "bếp từ."
                ),
                "description_en": (
                    "Pot sets with a three-layer steel–aluminium–steel base that spreads heat "
                    "evenly and works on induction hobs."
                ),
                "specs": [
                    ["Vật liệu", "Material", "SUS 304, SUS 430"],
                    ["Đường kính", "Diameter", "16–24 cm"],
                    ["Độ dày đáy", "Base thickness", "5 mm"],
                ],
                "rounds": [2020, 2023],
                "top10": [2020, 2023],
            },
            {
                "key": "chao-chong-dinh-phu-ceramic-kim-thanh",
                "name": "Chảo chống dính phủ ceramic Kim Thành",
                "name_en": "Kim Thanh ceramic-coated non-stick pans",
                "sector": "co-khi",
                "description": (
                    "Chảo nhôm đúc phủ lớp chống dính gốc ceramic không chứa PFOA, tay cầm cách "
                    "nhiệt."
                ),
                "description_en": (
                    "Cast-aluminium pans with a PFOA-free ceramic non-stick coating and a "
                    "heat-proof handle."
                ),
                "specs": [
                    ["Đường kính", "Diameter", "20–30 cm"],
                    ["Độ dày", "Thickness", "4 mm"],
                    ["Khối lượng", "Weight", "900–1600 g"],
                ],
                "rounds": [2020, 2023],
                "top10": [2020, 2023],
            },
            {
                "key": "noi-ap-suat-co-kim-thanh",
                "name": "Nồi áp suất cơ Kim Thành",
                "name_en": "Kim Thanh stovetop pressure cookers",
                "sector": "co-khi",
                "description": (
                    "Nồi áp suất thân inox với ba cơ cấu an toàn độc lập, van xả có thể tháo rời "
                    "để vệ sinh."
                ),
                "description_en": (
                    "Stainless pressure cookers with three independent safety devices and a "
                    "removable valve for cleaning."
                ),
                "specs": [
                    ["Dung tích", "Capacity", "5 L, 7 L"],
                    ["Áp suất làm việc", "Working pressure", "80 kPa"],
                    ["Vật liệu", "Material", "SUS 304"],
                ],
                "rounds": [2020],
                "top10": [],
            },
        ],
    },
    {
        "key": "o-to-hung-thinh-phat",
        "name": "Công ty Cổ phần Cơ khí Ô tô Hưng Thịnh Phát",
        "name_en": "Hung Thinh Phat Automotive Engineering JSC",
        "short_name": "Hưng Thịnh Phát",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0102923688",
        "former_district": "Đông Anh",
        "ward": "Vĩnh Thanh",
        "ward_kind": "xã",
        "address": "Số 36 đường Hải Bối, xã Vĩnh Thanh, Hà Nội",
        "website": "https://o-to-hung-thinh-phat.example",
        "phone": "024 3850 7827",
        "email": "lienhe@o-to-hung-thinh-phat.example",
        "description": (
            "Doanh nghiệp đóng thùng xe tải chuyên dụng, từ thùng kín, thùng lạnh đến sơ mi "
            "rơ-moóc, cho các hãng vận tải và chuỗi phân phối thực phẩm."
        ),
        "description_en": (
            "Builds special truck bodies, from box and refrigerated bodies to semi-trailers, for "
            "hauliers and food distribution chains."
        ),
        "products": [
            {
                "key": "thung-xe-tai-dong-lanh-hung-thinh-phat",
                "name": "Thùng xe tải đông lạnh Hưng Thịnh Phát",
                "name_en": "Hung Thinh Phat refrigerated truck bodies",
                "sector": "co-khi",
                "description": (
                    "Thùng bảo ôn tấm composite kẹp xốp PU, cửa kín khí, giữ hàng đông lạnh suốt "
                    "hành trình dài."
                ),
                "description_en": (
                    "Insulated bodies of composite panels with a PU core and airtight doors that "
                    "keep frozen loads cold on long hauls."
                ),
                "specs": [
                    ["Nhiệt độ thùng", "Body temperature", "-18 °C – +5 °C"],
                    ["Độ dày vách", "Wall thickness", "80–100 mm"],
                    ["Tải trọng xe nền", "Chassis payload", "1–15 t"],
                ],
                "rounds": [2019, 2022, 2025],
                "top10": [2022, 2025],
            },
            {
                "key": "so-mi-ro-mooc-khung-gam-hung-thinh-phat",
                "name": "Sơ mi rơ-moóc khung gầm Hưng Thịnh Phát",
                "name_en": "Hung Thinh Phat semi-trailer chassis",
                "sector": "co-khi",
                "description": (
                    "Khung gầm rơ-moóc chở container và hàng rời, dầm chính hàn tự động dưới lớp "
                    "thuốc."
                ),
                "description_en": (
                    "Semi-trailer chassis for containers and bulk loads, with main beams made by "
                    "submerged arc welding."
                ),
                "specs": [
                    ["Tải trọng", "Load capacity", "30–40 t"],
                    ["Số trục", "Axles", "2–3"],
                    ["Vật liệu", "Material", "Q345B"],
                ],
                "rounds": [2019],
                "top10": [],
            },
        ],
    },
    {
        "key": "thang-may-ha-phong",
        "name": "Công ty Cổ phần Thang máy Hà Phong",
        "name_en": "Ha Phong Elevator JSC",
        "short_name": "Hà Phong",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0104069461",
        "former_district": "Nam Từ Liêm",
        "ward": "Đại Mỗ",
        "ward_kind": "phường",
        "address": "Số 75 đường Đại Mỗ, phường Đại Mỗ, Hà Nội",
        "website": "https://thang-may-ha-phong.example",
        "phone": "024 3595 7655",
        "email": "lienhe@thang-may-ha-phong.example",
        "description": (
            "Nhà sản xuất và lắp đặt thang máy nội địa, tự làm cabin, khung và tủ điều khiển, có "
            "đội bảo trì trực 24 giờ."
        ),
        "description_en": (
            "A domestic elevator maker that builds its own cars, frames and controllers and runs "
            "a round-the-clock maintenance team."
        ),
        "products": [
            {
                "key": "thang-may-tai-khach-khong-phong-may-ha-phong",
                "name": "Thang máy tải khách không phòng máy Hà Phong",
                "name_en": "Ha Phong machine-room-less passenger lifts",
                "sector": "co-khi",
                "description": (
                    "Thang dùng máy kéo không hộp số đặt trong giếng, tiết kiệm diện tích mái và "
                    "điện năng cho chung cư thấp tầng."
                ),
                "description_en": (
                    "Uses a gearless machine mounted in the shaft, saving roof space and power "
                    "in low-rise apartment blocks."
                ),
                "specs": [
                    ["Tải trọng", "Load capacity", "450–1350 kg"],
                    ["Tốc độ", "Speed", "1–2 m/s"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "TCVN 6395, EN 81-20"],
                ],
                "rounds": [2019, 2022],
                "top10": [],
            },
            {
                "key": "thang-may-tai-hang-ha-phong",
                "name": "Thang máy tải hàng Hà Phong",
                "name_en": "Ha Phong freight lifts",
                "sector": "co-khi",
                "description": (
                    "Thang chở hàng sàn thép chống trượt, cửa mở tâm rộng, phục vụ kho, chợ đầu "
                    "mối và nhà xưởng."
                ),
                "description_en": (
                    "Goods lifts with anti-slip steel floors and wide centre-opening doors for "
                    "warehouses, wholesale markets and factories."
                ),
                "specs": [
                    ["Tải trọng", "Load capacity", "1000–5000 kg"],
                    ["Tốc độ", "Speed", "250–500 mm/s"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "thiet-bi-nang-truong-phat",
        "name": "Công ty TNHH Thiết bị Nâng hạ Trường Phát",
        "name_en": "Truong Phat Lifting Equipment Co., Ltd.",
        "short_name": "Trường Phát",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0106604241",
        "former_district": "Gia Lâm",
        "ward": "Phù Đổng",
        "ward_kind": "xã",
        "address": "Lô 3, cụm công nghiệp Phù Đổng, xã Phù Đổng, Hà Nội",
        "website": "https://thiet-bi-nang-truong-phat.example",
        "phone": "024 3273 4679",
        "email": "lienhe@thiet-bi-nang-truong-phat.example",
        "description": (
            "Chế tạo cầu trục, cổng trục và thiết bị nâng cho nhà máy thép, bê tông và cảng cạn."
        ),
        "description_en": (
            "Makes overhead cranes, gantry cranes and hoists for steel mills, concrete plants "
            "and dry ports."
        ),
        "products": [
            {
                "key": "cau-truc-dam-doi-truong-phat",
                "name": "Cầu trục dầm đôi Trường Phát",
                "name_en": "Truong Phat double-girder overhead cranes",
                "sector": "co-khi",
                "description": (
                    "Cầu trục hai dầm hộp, điều khiển biến tần êm, có thể lắp điều khiển từ xa "
                    "bằng sóng vô tuyến."
                ),
                "description_en": (
                    "Two box-girder cranes with smooth inverter drives and optional radio remote "
                    "control."
                ),
                "specs": [
                    ["Tải trọng", "Load capacity", "5–50 t"],
                    ["Khẩu độ", "Span", "10–35 m"],
                    ["Chiều cao nâng", "Lifting height", "6–24 m"],
                ],
                "rounds": [2021, 2024],
                "top10": [],
            },
            {
                "key": "cong-truc-ban-tu-dong-truong-phat",
                "name": "Cổng trục bán tự động Trường Phát",
                "name_en": "Truong Phat semi-automatic gantry cranes",
                "sector": "co-khi",
                "description": (
                    "Cổng trục chân cứng dùng cho bãi cấu kiện bê tông đúc sẵn, có cảm biến "
                    "chống va chạm."
                ),
                "description_en": (
                    "Rigid-leg gantries for precast concrete yards, fitted with anti-collision "
                    "sensors."
                ),
                "specs": [
                    ["Tải trọng", "Load capacity", "10–32 t"],
                    ["Khẩu độ", "Span", "16–30 m"],
                ],
                "rounds": [2021],
                "top10": [],
            },
            {
                "key": "pa-lang-cap-dien-truong-phat",
                "name": "Pa lăng cáp điện Trường Phát",
                "name_en": "Truong Phat electric wire-rope hoists",
                "sector": "co-khi",
                "description": (
                    "Pa lăng cáp điện hai tốc độ, tang cuốn và phanh đĩa được chế tạo trong nước."
                ),
                "description_en": (
                    "Two-speed electric wire-rope hoists whose drums and disc brakes are made "
                    "locally."
                ),
                "specs": [
                    ["Tải trọng", "Load capacity", "2–20 t"],
                    ["Chiều cao nâng", "Lifting height", "6–30 m"],
                    ["Điện áp định mức", "Rated voltage", "380 V"],
                ],
                "rounds": [2024],
                "top10": [],
            },
        ],
    },
    {
        "key": "che-tao-may-duc-thinh",
        "name": "Công ty Cổ phần Chế tạo Máy Đức Thịnh",
        "name_en": "Duc Thinh Machine Building JSC",
        "short_name": "Đức Thịnh",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0101891578",
        "former_district": "Bắc Từ Liêm",
        "ward": "Thượng Cát",
        "ward_kind": "phường",
        "address": "Số 9 đường Thượng Cát, phường Thượng Cát, Hà Nội",
        "website": "https://che-tao-may-duc-thinh.example",
        "phone": "024 3142 9429",
        "email": "lienhe@che-tao-may-duc-thinh.example",
        "description": (
            "Doanh nghiệp chế tạo máy đóng gói và chiết rót cho ngành thực phẩm, đồ uống và dược "
            "phẩm."
        ),
        "description_en": (
            "Builds packaging and filling machinery for the food, beverage and pharmaceutical "
            "industries."
        ),
        "products": [
            {
                "key": "day-chuyen-chiet-rot-va-dong-nap-chai-duc-thinh",
                "name": "Dây chuyền chiết rót và đóng nắp chai Đức Thịnh",
                "name_en": "Duc Thinh bottle filling and capping lines",
                "sector": "co-khi",
                "description": (
                    "Dây chuyền rửa, chiết và đóng nắp chai PET ba trong một, tiếp xúc sản phẩm "
                    "hoàn toàn bằng inox 316."
                ),
                "description_en": (
                    "A three-in-one PET line that rinses, fills and caps, with every "
                    "product-contact part in 316 stainless."
                ),
                "specs": [
                    ["Năng suất (chai/giờ)", "Output (bottles/hour)", "2000–12000"],
                    ["Dung tích", "Capacity", "250–1500 ml"],
                    ["Vật liệu", "Material", "SUS 316"],
                ],
                "rounds": [2019, 2022],
                "top10": [],
            },
            {
                "key": "may-dong-goi-tui-dinh-luong-duc-thinh",
                "name": "Máy đóng gói túi định lượng Đức Thịnh",
                "name_en": "Duc Thinh weigh-and-bag packing machines",
                "sector": "co-khi",
                "description": (
                    "Máy đóng gói đứng kết hợp cân nhiều đầu, dùng cho hạt, bánh kẹo và thực "
                    "phẩm khô."
                ),
                "description_en": (
                    "Vertical baggers paired with multihead weighers for grains, sweets and dry "
                    "foods."
                ),
                "specs": [
                    ["Tốc độ (túi/phút)", "Speed (bags/min)", "30–60"],
                    ["Độ chính xác", "Accuracy", "±1 g"],
                ],
                "rounds": [2019],
                "top10": [],
            },
        ],
    },
    {
        "key": "may-cong-cu-sao-bac",
        "name": "Công ty Cổ phần Máy Công cụ Sao Bắc",
        "name_en": "Sao Bac Machine Tools JSC",
        "short_name": "Sao Bắc",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105000487",
        "former_district": "Quốc Oai",
        "ward": "Quốc Oai",
        "ward_kind": "xã",
        "address": "Lô 14, cụm công nghiệp Thạch Thất – Quốc Oai, xã Quốc Oai, Hà Nội",
        "website": "https://may-cong-cu-sao-bac.example",
        "phone": "024 3466 1900",
        "email": "lienhe@may-cong-cu-sao-bac.example",
        "description": (
            "Một trong số ít doanh nghiệp trong nước tự thiết kế thân máy và lắp ráp máy công cụ "
            "CNC, có phòng đo kiểm bằng laser giao thoa."
        ),
        "description_en": (
            "One of the few domestic firms that designs its own machine beds and assembles CNC "
            "machine tools, with a laser-interferometer metrology room."
        ),
        "products": [
            {
                "key": "may-phay-cnc-ba-truc-sb-v850",
                "name": "Máy phay CNC ba trục SB-V850",
                "name_en": "SB-V850 three-axis CNC milling machine",
                "sector": "co-khi",
                "description": (
                    "Máy phay đứng thân gang đúc, trục chính tốc độ cao, phục vụ các xưởng khuôn "
                    "mẫu và chi tiết máy vừa và nhỏ."
                ),
                "description_en": (
                    "A vertical mill on a cast-iron bed with a high-speed spindle, for small and "
                    "mid-sized mould and parts shops."
                ),
                "specs": [
                    ["Hành trình X/Y/Z", "X/Y/Z travel", "850/500/550 mm"],
                    ["Tốc độ", "Speed", "12000 rpm"],
                    ["Độ chính xác", "Accuracy", "±5 µm"],
                ],
                "rounds": [2022],
                "top10": [2022],
            },
            {
                "key": "may-cat-laser-soi-quang-sb-f3015",
                "name": "Máy cắt laser sợi quang SB-F3015",
                "name_en": "SB-F3015 fibre laser cutter",
                "sector": "co-khi",
                "description": (
                    "Máy cắt tôn tấm bằng nguồn laser sợi quang, bàn đổi phôi tự động, cắt được "
                    "thép, inox và nhôm."
                ),
                "description_en": (
                    "Cuts steel, stainless and aluminium sheet with a fibre laser source and an "
                    "automatic shuttle table."
                ),
                "specs": [
                    ["Công suất", "Power", "3–12 kW"],
                    ["Khổ cắt", "Cutting area", "3000 × 1500 mm"],
                ],
                "rounds": [2025],
                "top10": [],
            },
            {
                "key": "trung-tam-gia-cong-dung-nam-truc-sao-bac",
                "name": "Trung tâm gia công đứng năm trục Sao Bắc",
                "name_en": "Sao Bac five-axis vertical machining centre",
                "sector": "co-khi",
                "description": (
                    "Trung tâm gia công có bàn xoay nghiêng hai trục, gia công trọn chi tiết "
                    "phức tạp trong một lần gá."
                ),
                "description_en": (
                    "A machining centre with a two-axis tilting rotary table that finishes "
                    "complex parts in a single set-up."
                ),
                "specs": [
                    ["Đường kính bàn", "Table diameter", "500 mm"],
                    ["Tốc độ", "Speed", "15000 rpm"],
                    ["Số dao", "Tool magazine", "30"],
                ],
                "rounds": [2025],
                "top10": [2025],
            },
        ],
    },
    {
        "key": "xe-dien-lac-hong",
        "name": "Công ty Cổ phần Xe điện Lạc Hồng",
        "name_en": "Lac Hong Electric Vehicles JSC",
        "short_name": "Lạc Hồng EV",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105432550",
        "former_district": "Long Biên",
        "ward": "Phúc Lợi",
        "ward_kind": "phường",
        "address": "Số 88 đường Nguyễn Văn Linh, phường Phúc Lợi, Hà Nội",
        "website": "https://xe-dien-lac-hong.example",
        "phone": "024 3775 3481",
        "email": "lienhe@xe-dien-lac-hong.example",
        "description": (
            "Doanh nghiệp khởi nghiệp trong lĩnh vực xe hai bánh chạy điện, tự phát triển khung "
            "xe và hệ thống quản lý pin."
        ),
        "description_en": (
            "A start-up in electric two-wheelers that develops its own frames and battery "
            "management system."
        ),
        "products": [
            {
                "key": "xe-may-dien-lac-hong-lh-s",
                "name": "Xe máy điện Lạc Hồng LH-S",
                "name_en": "Lac Hong LH-S electric scooter",
                "sector": "co-khi",
                "description": (
                    "Xe máy điện dùng pin lithium tháo rời, sạc được tại nhà, kết nối ứng dụng "
                    "điện thoại để định vị và khóa xe."
                ),
                "description_en": (
                    "An electric scooter with a removable lithium pack that charges at home and "
                    "links to a phone app for tracking and locking."
                ),
                "specs": [
                    ["Động cơ", "Motor", "2000 W"],
                    ["Quãng đường mỗi lần sạc", "Range per charge", "90 km"],
                    ["Tốc độ", "Speed", "50 km/h"],
                ],
                "rounds": [2023],
                "top10": [2023],
            },
            {
                "key": "xe-dap-dien-tro-luc-lac-hong",
                "name": "Xe đạp điện trợ lực Lạc Hồng",
                "name_en": "Lac Hong pedal-assist e-bikes",
                "sector": "co-khi",
                "description": (
                    "Xe đạp trợ lực cảm biến lực đạp, khung nhôm nhẹ, dành cho học sinh và người "
                    "đi làm."
                ),
                "description_en": (
                    "Torque-sensing pedal-assist bikes on a light aluminium frame, aimed at "
                    "students and commuters."
                ),
                "specs": [
                    ["Động cơ", "Motor", "250 W"],
                    ["Quãng đường mỗi lần sạc", "Range per charge", "60 km"],
                    ["Khối lượng", "Weight", "21 kg"],
                ],
                "rounds": [2023],
                "top10": [2023],
            },
        ],
    },
    {
        "key": "thep-dai-thanh",
        "name": "Công ty Cổ phần Thép Hình và Ống thép Đại Thanh",
        "name_en": "Dai Thanh Steel Sections and Pipes JSC",
        "short_name": "Đại Thanh",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0100226353",
        "former_district": "Thanh Trì",
        "ward": "Đại Thanh",
        "ward_kind": "xã",
        "address": "Km 12 Quốc lộ 1A, xã Đại Thanh, Hà Nội",
        "website": "https://thep-dai-thanh.example",
        "phone": "024 3736 6175",
        "email": "lienhe@thep-dai-thanh.example",
        "description": (
            "Nhà máy cán nguội và hàn ống thép phục vụ xây dựng dân dụng, nhà xưởng và nông "
            "nghiệp công nghệ cao."
        ),
        "description_en": (
            "A cold-forming and tube-welding mill serving housing, factory construction and "
            "high-tech farming."
        ),
        "products": [
            {
                "key": "ong-thep-han-ma-kem-nhung-nong-dai-thanh",
                "name": "Ống thép hàn mạ kẽm nhúng nóng Đại Thanh",
                "name_en": "Dai Thanh hot-dip galvanised welded pipes",
                "sector": "co-khi",
                "description": (
                    "Ống thép hàn cao tần được nhúng kẽm nóng chảy, dùng cho giàn giáo, hệ thống "
                    "tưới và đường ống cứu hỏa."
                ),
                "description_en": (
                    "High-frequency welded pipes dipped in molten zinc, used for scaffolds, "
                    "irrigation and fire mains."
                ),
                "specs": [
                    ["Đường kính", "Diameter", "DN15–DN200"],
                    ["Lớp kẽm", "Zinc coating", "≥ 400 g/m²"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "ASTM A53"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "xa-go-thep-chu-c-z-dai-thanh",
                "name": "Xà gồ thép chữ C, Z Đại Thanh",
                "name_en": "Dai Thanh C and Z steel purlins",
                "sector": "co-khi",
                "description": (
                    "Xà gồ cán nguội từ thép cường độ cao mạ kẽm, đục lỗ theo bản vẽ ngay trên "
                    "dây chuyền."
                ),
                "description_en": (
                    "Cold-rolled purlins of galvanised high-strength steel, punched to drawing "
                    "on the line."
                ),
                "specs": [
                    ["Chiều cao tiết diện", "Section depth", "100–300 mm"],
                    ["Độ dày", "Thickness", "2–3 mm"],
                    ["Vật liệu", "Material", "G450, G550"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "bu-long-tan-xuan",
        "name": "Công ty TNHH Bu lông Ốc vít Tân Xuân",
        "name_en": "Tan Xuan Fasteners Co., Ltd.",
        "short_name": "Tân Xuân",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0102530581",
        "former_district": "Thường Tín",
        "ward": "Thường Tín",
        "ward_kind": "xã",
        "address": "Lô 9, cụm công nghiệp Quất Động, xã Thường Tín, Hà Nội",
        "website": "https://bu-long-tan-xuan.example",
        "phone": "024 3970 3296",
        "email": "lienhe@bu-long-tan-xuan.example",
        "description": (
            "Xưởng dập nguội và cán ren bu lông, ốc vít cho kết cấu thép, cột điện và ngành ô tô."
        ),
        "description_en": (
            "A cold-heading and thread-rolling plant for bolts and screws used in steelwork, "
            "power pylons and vehicles."
        ),
        "products": [
            {
                "key": "bu-long-cuong-do-cao-tan-xuan",
                "name": "Bu lông cường độ cao Tân Xuân",
                "name_en": "Tan Xuan high-strength bolts",
                "sector": "co-khi",
                "description": (
                    "Bu lông lục giác được tôi ram trong lò liên tục, thử kéo và thử độ cứng "
                    "theo từng lô."
                ),
                "description_en": (
                    "Hex bolts quenched and tempered in a continuous furnace, tensile- and "
                    "hardness-tested lot by lot."
                ),
                "specs": [
                    ["Cấp bền", "Property class", "8.8, 10.9"],
                    ["Cỡ ren", "Thread sizes", "M12–M36"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "ISO 898-1"],
                ],
                "rounds": [2019],
                "top10": [],
            },
            {
                "key": "vit-tu-khoan-ma-kem-tan-xuan",
                "name": "Vít tự khoan mạ kẽm Tân Xuân",
                "name_en": "Tan Xuan zinc-plated self-drilling screws",
                "sector": "co-khi",
                "description": "Vít mũi khoan bắn tôn lợp, kèm long đen cao su EPDM chống dột.",
                "description_en": (
                    "Self-drilling roofing screws with an EPDM washer that keeps water out."
                ),
                "specs": [
                    ["Cỡ ren", "Thread sizes", "#10–#14"],
                    ["Chiều dài", "Length", "16–100 mm"],
                ],
                "rounds": [2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "duc-ap-luc-tien-dat",
        "name": "Công ty Cổ phần Khuôn mẫu và Đúc áp lực Tiến Đạt",
        "name_en": "Tien Dat Moulds and Die Casting JSC",
        "short_name": "Tiến Đạt",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0109510520",
        "former_district": "Mê Linh",
        "ward": "Tiến Thắng",
        "ward_kind": "xã",
        "address": "Lô CN2, cụm công nghiệp Tiến Thắng, xã Tiến Thắng, Hà Nội",
        "website": "https://duc-ap-luc-tien-dat.example",
        "phone": "024 3120 0985",
        "email": "lienhe@duc-ap-luc-tien-dat.example",
        "description": (
            "Doanh nghiệp công nghiệp hỗ trợ đúc áp lực nhôm và kẽm, làm chủ từ thiết kế khuôn "
            "đến gia công hoàn thiện."
        ),
        "description_en": (
            "A supporting-industry firm casting aluminium and zinc under pressure, from mould "
            "design to finish machining."
        ),
        "products": [
            {
                "key": "vo-hop-so-duc-nhom-ap-luc-tien-dat",
                "name": "Vỏ hộp số đúc nhôm áp lực Tiến Đạt",
                "name_en": "Tien Dat die-cast aluminium gearbox housings",
                "sector": "co-khi",
                "description": (
                    "Vỏ hộp số và nắp máy đúc áp lực cao, kiểm tra rỗ khí bằng chụp X-quang "
                    "trước khi gia công."
                ),
                "description_en": (
                    "Gearbox housings and engine covers cast under high pressure and X-rayed for "
                    "porosity before machining."
                ),
                "specs": [
                    ["Vật liệu", "Material", "ADC12"],
                    ["Khối lượng", "Weight", "200–8000 g"],
                    ["Lực kẹp máy đúc", "Machine clamping force", "400–1250 t"],
                ],
                "rounds": [2020],
                "top10": [],
            },
            {
                "key": "khuon-duc-ap-luc-hop-kim-nhom-tien-dat",
                "name": "Khuôn đúc áp lực hợp kim nhôm Tiến Đạt",
                "name_en": "Tien Dat aluminium die-casting moulds",
                "sector": "co-khi",
                "description": (
                    "Khuôn đúc có hệ thống làm mát cưỡng bức và lõi trượt thủy lực, tuổi thọ cao "
                    "cho linh kiện xe máy và thiết bị điện."
                ),
                "description_en": (
                    "Dies with forced cooling and hydraulic slides, built for long runs of "
                    "motorbike and electrical parts."
                ),
                "specs": [
                    ["Vật liệu", "Material", "SKD61, H13"],
                    ["Tuổi thọ khuôn (lần đúc)", "Die life (shots)", "100 000"],
                ],
                "rounds": [2023],
                "top10": [2023],
            },
        ],
    },
    {
        "key": "lo-hoi-van-an",
        "name": "Công ty Cổ phần Lò hơi Công nghiệp Vạn An",
        "name_en": "Van An Industrial Boiler JSC",
        "short_name": "Vạn An",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0104114259",
        "former_district": "Sóc Sơn",
        "ward": "Sóc Sơn",
        "ward_kind": "xã",
        "address": "Lô 11, cụm công nghiệp Sóc Sơn, xã Sóc Sơn, Hà Nội",
        "website": "https://lo-hoi-van-an.example",
        "phone": "024 3144 0914",
        "email": "lienhe@lo-hoi-van-an.example",
        "description": (
            "Nhà sản xuất lò hơi và thiết bị nhiệt dùng nhiên liệu sinh khối, giúp khách hàng "
            "thay thế than đá."
        ),
        "description_en": (
            "Makes biomass-fired boilers and thermal equipment that help customers move away "
            "from coal."
        ),
        "products": [
            {
                "key": "lo-hoi-dot-sinh-khoi-ghi-xich-van-an",
                "name": "Lò hơi đốt sinh khối ghi xích Vạn An",
                "name_en": "Van An chain-grate biomass boilers",
                "sector": "co-khi",
                "description": (
                    "Lò hơi ống nước đốt trấu, mùn cưa và viên nén, có bộ tiết kiệm nhiệt và lọc "
                    "bụi túi vải."
                ),
                "description_en": (
                    "Water-tube boilers burning rice husk, sawdust and pellets, with an "
                    "economiser and bag filter."
                ),
                "specs": [
                    ["Năng suất hơi", "Steam output", "2–35 t/h"],
                    ["Áp suất làm việc", "Working pressure", "10–25 bar"],
                    ["Hiệu suất nhiệt", "Thermal efficiency", "≥ 85%"],
                ],
                "rounds": [2018, 2021, 2024],
                "top10": [],
            },
            {
                "key": "lo-dau-tai-nhiet-van-an",
                "name": "Lò dầu tải nhiệt Vạn An",
                "name_en": "Van An thermal oil heaters",
                "sector": "co-khi",
                "description": (
                    "Lò gia nhiệt dầu truyền nhiệt cho dây chuyền sấy gỗ, ép ván và dệt nhuộm."
                ),
                "description_en": (
                    "Thermal-oil heaters for wood drying, board pressing and dyeing lines."
                ),
                "specs": [
                    ["Công suất", "Power", "500–6000 kW"],
                    ["Nhiệt độ làm việc", "Operating temperature", "≤ 320 °C"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "he-thong-xu-ly-khi-thai-lo-hoi-van-an",
                "name": "Hệ thống xử lý khí thải lò hơi Vạn An",
                "name_en": "Van An boiler flue-gas treatment systems",
                "sector": "co-khi",
                "description": (
                    "Cụm cyclone, lọc bụi túi vải và tháp hấp thụ giúp khói lò hơi đạt quy chuẩn "
                    "môi trường trước khi ra ống khói."
                ),
                "description_en": (
                    "Cyclones, bag filters and a scrubber tower that bring boiler smoke within "
                    "the environmental limits before it reaches the stack."
                ),
                "specs": [
                    ["Lưu lượng khí", "Gas flow", "5000–80 000 m³/h"],
                    ["Nồng độ bụi sau xử lý", "Dust after treatment", "≤ 50 mg/Nm³"],
                ],
                "rounds": [2021],
                "top10": [],
            },
        ],
    },
    {
        "key": "bom-dong-phuong",
        "name": "Công ty Cổ phần Chế tạo Bơm Đông Phương",
        "name_en": "Dong Phuong Pump Manufacturing JSC",
        "short_name": "Bơm Đông Phương",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0104806316",
        "former_district": "Hai Bà Trưng",
        "ward": "Vĩnh Tuy",
        "ward_kind": "phường",
        "address": "Số 125 phố Minh Khai, phường Vĩnh Tuy, Hà Nội",
        "website": "https://bom-dong-phuong.example",
        "phone": "024 3917 3031",
        "email": "lienhe@bom-dong-phuong.example",
        "description": (
            "Doanh nghiệp có trụ sở trong khu công nghiệp cũ Minh Khai – Vĩnh Tuy, chuyên máy "
            "bơm cho thủy lợi, cấp nước và xử lý nước thải."
        ),
        "description_en": (
            "Based in the old Minh Khai – Vĩnh Tuy industrial quarter, it makes pumps for "
            "irrigation, water supply and sewage."
        ),
        "products": [
            {
                "key": "may-bom-huong-truc-tram-tieu-dong-phuong",
                "name": "Máy bơm hướng trục trạm tiêu Đông Phương",
                "name_en": "Dong Phuong axial-flow drainage pumps",
                "sector": "co-khi",
                "description": (
                    "Bơm lưu lượng lớn cho trạm tiêu úng, cánh bơm điều chỉnh được góc để tối ưu "
                    "theo mực nước."
                ),
                "description_en": (
                    "High-volume pumps for flood-relief stations, with adjustable blades tuned "
                    "to the water level."
                ),
                "specs": [
                    ["Lưu lượng", "Flow rate", "1000–36000 m³/h"],
                    ["Cột áp", "Head", "2–12 m"],
                    ["Công suất", "Power", "45–800 kW"],
                ],
                "rounds": [2018, 2021, 2024],
                "top10": [],
            },
            {
                "key": "bom-ly-tam-truc-ngang-dong-phuong",
                "name": "Bơm ly tâm trục ngang Đông Phương",
                "name_en": "Dong Phuong horizontal centrifugal pumps",
                "sector": "co-khi",
                "description": (
                    "Bơm ly tâm một cấp cho nhà máy nước và hệ thống tưới, bánh công tác đúc "
                    "bằng inox."
                ),
                "description_en": (
                    "Single-stage centrifugal pumps for waterworks and irrigation, with cast "
                    "stainless impellers."
                ),
                "specs": [
                    ["Lưu lượng", "Flow rate", "50–2500 m³/h"],
                    ["Cột áp", "Head", "10–90 m"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "bom-chim-nuoc-thai-dong-phuong",
                "name": "Bơm chìm nước thải Đông Phương",
                "name_en": "Dong Phuong submersible sewage pumps",
                "sector": "co-khi",
                "description": (
                    "Bơm chìm có dao cắt rác ở cửa hút, dùng cho trạm bơm nước thải đô thị và "
                    "khu công nghiệp."
                ),
                "description_en": (
                    "Submersible pumps with a cutter at the inlet, for municipal and industrial "
                    "sewage stations."
                ),
                "specs": [
                    ["Lưu lượng", "Flow rate", "10–600 m³/h"],
                    ["Công suất", "Power", "1–75 kW"],
                    ["Cấp bảo vệ", "Ingress protection", "IP68"],
                ],
                "rounds": [2024],
                "top10": [],
            },
        ],
    },
    {
        "key": "cua-thep-an-viet",
        "name": "Công ty Cổ phần Cửa thép Chống cháy An Việt",
        "name_en": "An Viet Fire Door JSC",
        "short_name": "An Việt",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0108407150",
        "former_district": "Hoài Đức",
        "ward": "An Khánh",
        "ward_kind": "xã",
        "address": "Lô A3, khu công nghiệp An Khánh, xã An Khánh, Hà Nội",
        "website": "https://cua-thep-an-viet.example",
        "phone": "024 3838 2058",
        "email": "lienhe@cua-thep-an-viet.example",
        "description": (
            "Chuyên cửa thép chống cháy và cửa cuốn cho chung cư, trung tâm thương mại và nhà "
            "xưởng."
        ),
        "description_en": (
            "Specialises in fire-rated steel doors and roller shutters for apartment blocks, "
            "malls and factories."
        ),
        "products": [
            {
                "key": "cua-thep-chong-chay-an-viet",
                "name": "Cửa thép chống cháy An Việt",
                "name_en": "An Viet fire-rated steel doors",
                "sector": "co-khi",
                "description": (
                    "Cửa thép lõi bông khoáng, gioăng nở nhiệt và bản lề chịu lửa, được kiểm "
                    "định thời gian chịu lửa theo tiêu chuẩn quốc gia."
                ),
                "description_en": (
                    "Steel doors with mineral-wool cores, intumescent seals and fire-rated "
                    "hinges, tested to the national fire-resistance standard."
                ),
                "specs": [
                    ["Thời gian chịu lửa", "Fire rating", "EI 60, EI 90, EI 120"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "TCVN 9383"],
                ],
                "rounds": [2021],
                "top10": [],
            },
            {
                "key": "cua-cuon-khe-thoang-an-viet",
                "name": "Cửa cuốn khe thoáng An Việt",
                "name_en": "An Viet ventilated roller shutters",
                "sector": "co-khi",
                "description": (
                    "Cửa cuốn nan hợp kim nhôm có khe thoáng, mô-tơ ống chạy êm và bộ lưu điện "
                    "khi mất điện."
                ),
                "description_en": (
                    "Aluminium-slat shutters with ventilation slots, a quiet tubular motor and "
                    "battery back-up."
                ),
                "specs": [
                    ["Diện tích tối đa", "Maximum size", "25 m²"],
                    ["Điện áp định mức", "Rated voltage", "220 V"],
                ],
                "rounds": [2021],
                "top10": [],
            },
        ],
    },
    {
        "key": "thiet-bi-y-te-minh-tam",
        "name": "Công ty Cổ phần Thiết bị Y tế Minh Tâm",
        "name_en": "Minh Tam Medical Equipment JSC",
        "short_name": "Minh Tâm",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0101732289",
        "former_district": "Thanh Oai",
        "ward": "Thanh Oai",
        "ward_kind": "xã",
        "address": "Lô 6, cụm công nghiệp Bình Minh, xã Thanh Oai, Hà Nội",
        "website": "https://thiet-bi-y-te-minh-tam.example",
        "phone": "024 3491 8809",
        "email": "lienhe@thiet-bi-y-te-minh-tam.example",
        "description": (
            "Nhà sản xuất giường bệnh, xe đẩy và nội thất y tế bằng thép sơn tĩnh điện và inox "
            "cho bệnh viện tuyến tỉnh và tuyến trung ương."
        ),
        "description_en": (
            "Makes hospital beds, trolleys and medical furniture in powder-coated steel and "
            "stainless steel for provincial and central hospitals."
        ),
        "products": [
            {
                "key": "giuong-benh-nhan-da-chuc-nang-minh-tam",
                "name": "Giường bệnh nhân đa chức năng Minh Tâm",
                "name_en": "Minh Tam multi-function hospital beds",
                "sector": "co-khi",
                "description": (
                    "Giường nâng hạ bằng động cơ điện, điều chỉnh lưng, chân và tư thế chống "
                    "sốc, có thanh chắn gập và bánh xe khóa trung tâm."
                ),
                "description_en": (
                    "Motorised beds adjusting back, knees and shock position, with folding side "
                    "rails and central-locking castors."
                ),
                "specs": [
                    ["Kích thước", "Dimensions", "2100 × 950 mm"],
                    ["Tải trọng", "Load capacity", "250 kg"],
                    ["Số động cơ", "Motors", "3–4"],
                ],
                "rounds": [2019, 2022, 2025],
                "top10": [],
            },
            {
                "key": "xe-day-cap-cuu-inox-minh-tam",
                "name": "Xe đẩy cấp cứu inox Minh Tâm",
                "name_en": "Minh Tam stainless emergency trolleys",
                "sector": "co-khi",
                "description": (
                    "Xe đẩy nhiều ngăn kéo có khóa, giá treo dịch truyền và tấm ép tim, bánh xe "
                    "giảm chấn chạy êm trên hành lang bệnh viện."
                ),
                "description_en": (
                    "Lockable multi-drawer trolleys with a drip stand and CPR board on "
                    "shock-absorbing castors that glide along ward corridors."
                ),
                "specs": [
                    ["Vật liệu", "Material", "SUS 304"],
                    ["Kích thước", "Dimensions", "900 × 550 × 1000 mm"],
                    ["Số ngăn kéo", "Drawers", "5"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "bep-cong-nghiep-hai-dang",
        "name": "Công ty Cổ phần Thiết bị Bếp Công nghiệp Hải Đăng",
        "name_en": "Hai Dang Commercial Kitchen Equipment JSC",
        "short_name": "Hải Đăng",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0106931418",
        "former_district": "Hoàng Mai",
        "ward": "Hoàng Liệt",
        "ward_kind": "phường",
        "address": "Số 41 đường Giải Phóng, phường Hoàng Liệt, Hà Nội",
        "website": "https://bep-cong-nghiep-hai-dang.example",
        "phone": "024 3954 3125",
        "email": "lienhe@bep-cong-nghiep-hai-dang.example",
        "description": (
            "Thiết kế và chế tạo bếp công nghiệp inox cho bếp ăn tập thể, trường học và nhà hàng."
        ),
        "description_en": (
            "Designs and builds stainless commercial kitchens for canteens, schools and "
            "restaurants."
        ),
        "products": [
            {
                "key": "tu-nau-com-cong-nghiep-hai-dang",
                "name": "Tủ nấu cơm công nghiệp Hải Đăng",
                "name_en": "Hai Dang industrial rice steamers",
                "sector": "co-khi",
                "description": (
                    "Tủ hấp cơm dùng gas hoặc điện, khay inox xếp tầng, nấu đồng loạt cho bếp ăn "
                    "hàng nghìn suất."
                ),
                "description_en": (
                    "Gas or electric steam cabinets with stacked stainless trays, cooking rice "
                    "for canteens serving thousands."
                ),
                "specs": [
                    ["Số khay", "Trays", "6–24"],
                    ["Công suất", "Power", "12–36 kW"],
                    ["Vật liệu", "Material", "SUS 304"],
                ],
                "rounds": [2020],
                "top10": [],
            },
        ],
    },
    {
        "key": "vat-lieu-han-hop-phat",
        "name": "Công ty Cổ phần Vật liệu Hàn Hợp Phát",
        "name_en": "Hop Phat Welding Materials JSC",
        "short_name": "Hợp Phát",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0104456012",
        "former_district": "Long Biên",
        "ward": "Long Biên",
        "ward_kind": "phường",
        "address": "Số 15 đường Thạch Bàn, phường Long Biên, Hà Nội",
        "website": "https://vat-lieu-han-hop-phat.example",
        "phone": "024 3596 9620",
        "email": "lienhe@vat-lieu-han-hop-phat.example",
        "description": (
            "Doanh nghiệp sản xuất que hàn và dây hàn cho xưởng cơ khí, đóng tàu và kết cấu thép."
        ),
        "description_en": (
            "Produces welding electrodes and wire for engineering workshops, shipyards and steel "
            "fabricators."
        ),
        "products": [
            {
                "key": "que-han-thep-cac-bon-thap-hop-phat",
                "name": "Que hàn thép các-bon thấp Hợp Phát",
                "name_en": "Hop Phat low-carbon steel electrodes",
                "sector": "co-khi",
                "description": "Que hàn vỏ thuốc rutil dễ mồi hồ quang, ít bắn tóe, xỉ dễ bong.",
                "description_en": (
                    "Rutile-coated electrodes that strike easily, spatter little and shed slag "
                    "cleanly."
                ),
                "specs": [
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "AWS A5.1 E6013"],
                    ["Đường kính", "Diameter", "3–5 mm"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "day-han-loi-thuoc-hop-phat",
                "name": "Dây hàn lõi thuốc Hợp Phát",
                "name_en": "Hop Phat flux-cored welding wire",
                "sector": "co-khi",
                "description": (
                    "Dây hàn lõi thuốc dùng khí CO₂ bảo vệ, cho mối hàn ngấu sâu trên kết cấu "
                    "thép dày."
                ),
                "description_en": (
                    "CO₂-shielded flux-cored wire giving deep penetration on heavy steelwork."
                ),
                "specs": [
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "AWS A5.20 E71T-1C"],
                    ["Khối lượng", "Weight", "15 kg"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "o-to-chuyen-dung-hung-cuong",
        "name": "Công ty Cổ phần Ô tô Chuyên dụng Hùng Cường",
        "name_en": "Hung Cuong Special Vehicles JSC",
        "short_name": "Hùng Cường",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0109206947",
        "former_district": "Sóc Sơn",
        "ward": "Kim Anh",
        "ward_kind": "xã",
        "address": "Lô 2, cụm công nghiệp Kim Anh, xã Kim Anh, Hà Nội",
        "website": "https://o-to-chuyen-dung-hung-cuong.example",
        "phone": "024 3908 3726",
        "email": "lienhe@o-to-chuyen-dung-hung-cuong.example",
        "description": (
            "Đóng mới xe chuyên dùng trên nền sát-xi tải cho lực lượng phòng cháy, công ty môi "
            "trường và công trình đô thị."
        ),
        "description_en": (
            "Builds special vehicles on truck chassis for fire services, sanitation companies "
            "and city works."
        ),
        "products": [
            {
                "key": "xe-chua-chay-hung-cuong",
                "name": "Xe chữa cháy Hùng Cường",
                "name_en": "Hung Cuong fire engines",
                "sector": "co-khi",
                "description": (
                    "Xe chở nước và bọt chữa cháy, bơm ly tâm dẫn động từ hộp số, lăng giá điều "
                    "khiển từ cabin."
                ),
                "description_en": (
                    "Water and foam tenders with a gearbox-driven centrifugal pump and a "
                    "cab-controlled monitor."
                ),
                "specs": [
                    ["Dung tích bồn nước", "Water tank", "4000–10000 L"],
                    ["Lưu lượng", "Flow rate", "3000–6000 L/min"],
                ],
                "rounds": [2024],
                "top10": [2024],
            },
            {
                "key": "xe-ep-rac-hung-cuong",
                "name": "Xe ép rác Hùng Cường",
                "name_en": "Hung Cuong refuse compactor trucks",
                "sector": "co-khi",
                "description": (
                    "Xe thu gom rác có cơ cấu ép thủy lực và thùng chứa nước rỉ, hạn chế mùi và "
                    "rơi vãi."
                ),
                "description_en": (
                    "Collection trucks with a hydraulic compactor and leachate tank that limit "
                    "smell and spills."
                ),
                "specs": [
                    ["Thể tích thùng", "Body volume", "6–22 m³"],
                    ["Tỷ lệ nén", "Compaction ratio", "3:1"],
                ],
                "rounds": [2024],
                "top10": [],
            },
            {
                "key": "xe-quet-duong-hung-cuong",
                "name": "Xe quét đường Hùng Cường",
                "name_en": "Hung Cuong road sweepers",
                "sector": "co-khi",
                "description": (
                    "Xe quét hút bụi đường phố với chổi quét hai bên và hệ thống phun sương dập "
                    "bụi."
                ),
                "description_en": (
                    "Street sweepers with twin side brooms and a mist spray that keeps dust down."
                ),
                "specs": [
                    ["Bề rộng quét", "Sweeping width", "2400–3500 mm"],
                    ["Thể tích thùng", "Hopper volume", "5–8 m³"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "cong-nghiep-ho-tro-nam-tien",
        "name": "Công ty Cổ phần Công nghiệp Hỗ trợ Nam Tiến",
        "name_en": "Nam Tien Supporting Industries JSC",
        "short_name": "Nam Tiến",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0102598332",
        "former_district": "Bắc Từ Liêm",
        "ward": "Tây Tựu",
        "ward_kind": "phường",
        "address": "Số 62 đường Tây Tựu, phường Tây Tựu, Hà Nội",
        "website": "https://cong-nghiep-ho-tro-nam-tien.example",
        "phone": "024 3727 8416",
        "email": "lienhe@cong-nghiep-ho-tro-nam-tien.example",
        "description": (
            "Nhà cung ứng cấp hai cho các hãng điện lạnh và ô tô, mạnh về dập vuốt sâu và hàn "
            "robot."
        ),
        "description_en": (
            "A tier-two supplier to air-conditioner and car makers, strong in deep drawing and "
            "robot welding."
        ),
        "products": [
            {
                "key": "chi-tiet-dap-vuot-cho-dieu-hoa-nam-tien",
                "name": "Chi tiết dập vuốt cho điều hòa Nam Tiến",
                "name_en": "Nam Tien deep-drawn air-conditioner parts",
                "sector": "co-khi",
                "description": (
                    "Vỏ máy nén, khay nước và giá đỡ dàn nóng dập vuốt sâu, mạ kẽm điện phân."
                ),
                "description_en": (
                    "Deep-drawn compressor shells, drain pans and outdoor-unit brackets with "
                    "zinc electroplating."
                ),
                "specs": [
                    ["Vật liệu", "Material", "SPCC, SECC"],
                    ["Độ dày", "Thickness", "1–3 mm"],
                ],
                "rounds": [2019],
                "top10": [],
            },
            {
                "key": "gia-do-dap-han-cho-o-to-nam-tien",
                "name": "Giá đỡ dập hàn cho ô tô Nam Tiến",
                "name_en": "Nam Tien stamped and welded car brackets",
                "sector": "co-khi",
                "description": (
                    "Cụm giá đỡ khung ghế và ống xả hàn bằng robot, kiểm tra kích thước bằng đồ "
                    "gá đo."
                ),
                "description_en": (
                    "Seat-frame and exhaust brackets welded by robots and checked on gauge "
                    "fixtures."
                ),
                "specs": [
                    ["Vật liệu", "Material", "SAPH440"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "IATF 16949"],
                ],
                "rounds": [2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "may-bao-bi-hop-nhat",
        "name": "Công ty Cổ phần Máy Bao bì Hợp Nhất",
        "name_en": "Hop Nhat Packaging Machinery JSC",
        "short_name": "Hợp Nhất",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0106452486",
        "former_district": "Hà Đông",
        "ward": "Phú Lương",
        "ward_kind": "phường",
        "address": "Lô 10, cụm công nghiệp Phú Lãm, phường Phú Lương, Hà Nội",
        "website": "https://may-bao-bi-hop-nhat.example",
        "phone": "024 3211 2802",
        "email": "lienhe@may-bao-bi-hop-nhat.example",
        "description": "Doanh nghiệp chế tạo máy in và máy làm túi cho ngành bao bì giấy, nhựa.",
        "description_en": (
            "Builds printing presses and bag-making machines for the paper and plastic packaging "
            "trade."
        ),
        "products": [
            {
                "key": "may-in-flexo-tam-mau-hop-nhat",
                "name": "Máy in flexo tám màu Hợp Nhất",
                "name_en": "Hop Nhat eight-colour flexo press",
                "sector": "co-khi",
                "description": (
                    "Máy in flexo tang trung tâm, sấy giữa các màu bằng khí nóng, in màng nhựa "
                    "và giấy mỏng."
                ),
                "description_en": (
                    "A central-impression flexo press with hot-air drying between colours, for "
                    "film and thin paper."
                ),
                "specs": [
                    ["Khổ rộng", "Width", "800–1300 mm"],
                    ["Tốc độ", "Speed", "200 m/min"],
                ],
                "rounds": [2023],
                "top10": [],
            },
            {
                "key": "may-lam-tui-giay-tu-dong-hop-nhat",
                "name": "Máy làm túi giấy tự động Hợp Nhất",
                "name_en": "Hop Nhat automatic paper bag machine",
                "sector": "co-khi",
                "description": (
                    "Máy tạo túi giấy đáy vuông có quai từ cuộn giấy kraft, thay cho túi nilon ở "
                    "siêu thị."
                ),
                "description_en": (
                    "Makes square-bottom kraft bags with handles straight from the reel, "
                    "replacing plastic bags in shops."
                ),
                "specs": [
                    ["Tốc độ (túi/phút)", "Speed (bags/min)", "150"],
                    ["Định lượng giấy", "Paper weight", "60–150 g/m²"],
                ],
                "rounds": [2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "co-khi-nong-nghiep-van-dinh",
        "name": "Công ty TNHH Cơ khí Nông nghiệp Vân Đình",
        "name_en": "Van Dinh Agricultural Engineering Co., Ltd.",
        "short_name": "Vân Đình",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0107883206",
        "former_district": "Ứng Hòa",
        "ward": "Vân Đình",
        "ward_kind": "xã",
        "address": "Số 18 đường Vân Đình, xã Vân Đình, Hà Nội",
        "website": "https://co-khi-nong-nghiep-van-dinh.example",
        "phone": "024 3131 1337",
        "email": "lienhe@co-khi-nong-nghiep-van-dinh.example",
        "description": (
            "Xưởng cơ khí phục vụ nông thôn phía nam thành phố, chế tạo máy chế biến phụ phẩm "
            "nông nghiệp."
        ),
        "description_en": (
            "An engineering shop serving the city's southern countryside with machines that turn "
            "farm residues into products."
        ),
        "products": [
            {
                "key": "may-ep-vien-nhien-lieu-sinh-khoi-van-dinh",
                "name": "Máy ép viên nhiên liệu sinh khối Vân Đình",
                "name_en": "Van Dinh biomass pellet mills",
                "sector": "co-khi",
                "description": (
                    "Máy ép khuôn vòng biến mùn cưa, rơm và trấu thành viên nén làm chất đốt."
                ),
                "description_en": (
                    "Ring-die mills that press sawdust, straw and husk into fuel pellets."
                ),
                "specs": [
                    ["Năng suất", "Output", "500–2000 kg/h"],
                    ["Đường kính", "Diameter", "6–10 mm"],
                    ["Công suất", "Power", "55–132 kW"],
                ],
                "rounds": [2020],
                "top10": [],
            },
        ],
    },
    {
        "key": "sakura-viet-nam",
        "name": "Công ty TNHH Linh kiện Điện tử Sakura Việt Nam",
        "name_en": "Sakura Electronic Components Vietnam Co., Ltd.",
        "short_name": "Sakura",
        "illustrative": True,
        "fdi": True,
        "tax_code": "0101672456",
        "former_district": "Bắc Từ Liêm",
        "ward": "Đông Ngạc",
        "ward_kind": "phường",
        "address": "Lô 30, khu công nghiệp Nam Thăng Long, phường Đông Ngạc, Hà Nội",
        "website": "https://sakura-viet-nam.example",
        "phone": "024 3875 0558",
        "email": "lienhe@sakura-viet-nam.example",
        "description": (
            "Nhà máy vốn Nhật Bản sản xuất linh kiện thụ động, cảm biến và bo mạch cho hàng điện "
            "gia dụng, phần lớn sản lượng xuất khẩu."
        ),
        "description_en": (
            "A Japanese-owned plant making passive components, sensors and control boards for "
            "home appliances, mostly for export."
        ),
        "products": [
            {
                "key": "cuon-cam-va-bien-ap-xung-sakura",
                "name": "Cuộn cảm và biến áp xung Sakura",
                "name_en": "Sakura inductors and switching transformers",
                "sector": "dien-dien-tu",
                "description": (
                    "Cuộn cảm lõi ferit và biến áp xung quấn tự động cho bộ nguồn máy tính, tivi "
                    "và đèn LED."
                ),
                "description_en": (
                    "Ferrite-core inductors and switching transformers wound by machine for "
                    "computer, TV and LED power supplies."
                ),
                "specs": [
                    ["Tần số", "Frequency", "20–500 kHz"],
                    ["Điện cảm", "Inductance", "1 µH – 10 mH"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "IEC 61558"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "bo-mach-dieu-khien-thiet-bi-gia-dung-sakura",
                "name": "Bo mạch điều khiển thiết bị gia dụng Sakura",
                "name_en": "Sakura appliance control boards",
                "sector": "dien-dien-tu",
                "description": (
                    "Bo mạch đã hàn linh kiện điều khiển máy giặt, điều hòa và tủ lạnh, kiểm tra "
                    "chức năng từng bo bằng máy tự động."
                ),
                "description_en": (
                    "Assembled boards that run washing machines, air conditioners and fridges, "
                    "each one function-tested by machine."
                ),
                "specs": [
                    ["Số lớp", "Layers", "2–6"],
                    ["Công nghệ hàn", "Soldering", "SMT, THT"],
                ],
                "rounds": [2018, 2021],
                "top10": [],
            },
            {
                "key": "cam-bien-nhiet-do-ntc-sakura",
                "name": "Cảm biến nhiệt độ NTC Sakura",
                "name_en": "Sakura NTC temperature sensors",
                "sector": "dien-dien-tu",
                "description": (
                    "Đầu dò nhiệt điện trở NTC bọc epoxy hoặc vỏ inox, dùng trong bình nước "
                    "nóng, nồi cơm và điều hòa."
                ),
                "description_en": (
                    "Epoxy- or stainless-sheathed NTC thermistor probes for water heaters, rice "
                    "cookers and air conditioners."
                ),
                "specs": [
                    ["Phạm vi đo", "Measuring range", "-40 – +150 °C"],
                    ["Độ chính xác", "Accuracy", "±1%"],
                ],
                "rounds": [2018, 2021],
                "top10": [],
            },
        ],
    },
    {
        "key": "hinode-viet-nam",
        "name": "Công ty TNHH Điện gia dụng Hinode Việt Nam",
        "name_en": "Hinode Home Appliances Vietnam Co., Ltd.",
        "short_name": "Hinode",
        "illustrative": True,
        "fdi": True,
        "tax_code": "0102384443",
        "former_district": "Thạch Thất",
        "ward": "Hòa Lạc",
        "ward_kind": "xã",
        "address": "Lô CN-12, khu công nghệ cao Hòa Lạc, xã Hòa Lạc, Hà Nội",
        "website": "https://hinode-viet-nam.example",
        "phone": "024 3415 7479",
        "email": "lienhe@hinode-viet-nam.example",
        "description": (
            "Doanh nghiệp vốn Nhật Bản lắp ráp đồ điện gia dụng cho thị trường Việt Nam và các "
            "nước ASEAN, nội địa hóa phần lớn linh kiện nhựa và kim loại."
        ),
        "description_en": (
            "A Japanese-invested maker of home appliances for Việt Nam and ASEAN markets, "
            "sourcing most of its plastic and metal parts locally."
        ),
        "products": [
            {
                "key": "noi-com-dien-tu-hinode",
                "name": "Nồi cơm điện tử Hinode",
                "name_en": "Hinode microcomputer rice cookers",
                "sector": "dien-dien-tu",
                "description": (
                    "Nồi cơm điều khiển bằng vi xử lý, gia nhiệt ba chiều, có chế độ nấu gạo lứt "
                    "và cháo."
                ),
                "description_en": (
                    "Microprocessor rice cookers with three-way heating and settings for brown "
                    "rice and porridge."
                ),
                "specs": [
                    ["Dung tích", "Capacity", "1000–1800 ml"],
                    ["Công suất", "Power", "600–860 W"],
                    ["Điện áp định mức", "Rated voltage", "220 V"],
                ],
                "rounds": [2020, 2023],
                "top10": [2020, 2023],
            },
            {
                "key": "may-loc-khong-khi-hinode",
                "name": "Máy lọc không khí Hinode",
                "name_en": "Hinode air purifiers",
                "sector": "dien-dien-tu",
                "description": (
                    "Máy lọc ba lớp với màng HEPA và than hoạt tính, cảm biến bụi mịn tự điều "
                    "chỉnh tốc độ quạt."
                ),
                "description_en": (
                    "Three-stage purifiers with HEPA and activated-carbon filters and a "
                    "fine-dust sensor that sets the fan speed."
                ),
                "specs": [
                    ["Lưu lượng khí sạch", "Clean air delivery rate", "250–400 m³/h"],
                    ["Diện tích phòng", "Room size", "20–45 m²"],
                    ["Công suất", "Power", "45 W"],
                ],
                "rounds": [2020],
                "top10": [2020],
            },
        ],
    },
    {
        "key": "kazeno-viet-nam",
        "name": "Công ty TNHH Thiết bị Văn phòng Kazeno Việt Nam",
        "name_en": "Kazeno Office Equipment Vietnam Co., Ltd.",
        "short_name": "Kazeno",
        "illustrative": True,
        "fdi": True,
        "tax_code": "0102189668",
        "former_district": "Mê Linh",
        "ward": "Quang Minh",
        "ward_kind": "xã",
        "address": "Lô 15, khu công nghiệp Quang Minh, xã Quang Minh, Hà Nội",
        "website": "https://kazeno-viet-nam.example",
        "phone": "024 3205 0392",
        "email": "lienhe@kazeno-viet-nam.example",
        "description": (
            "Nhà máy vốn Nhật Bản sản xuất máy in và máy văn phòng, xuất khẩu tới hơn 30 nước."
        ),
        "description_en": (
            "A Japanese-owned factory producing printers and office machines for more than 30 "
            "countries."
        ),
        "products": [
            {
                "key": "may-in-laser-don-sac-kazeno",
                "name": "Máy in laser đơn sắc Kazeno",
                "name_en": "Kazeno monochrome laser printers",
                "sector": "dien-dien-tu",
                "description": (
                    "Máy in laser khổ A4 cho văn phòng nhỏ, in hai mặt tự động và kết nối mạng "
                    "không dây."
                ),
                "description_en": (
                    "A4 laser printers for small offices, with automatic duplex and wireless "
                    "networking."
                ),
                "specs": [
                    ["Tốc độ in (trang/phút)", "Print speed (pages/min)", "30–40"],
                    ["Độ phân giải", "Resolution", "1200 × 1200 dpi"],
                    ["Kết nối", "Connectivity", "USB, LAN, Wi-Fi"],
                ],
                "rounds": [2020, 2023],
                "top10": [2020, 2023],
            },
            {
                "key": "may-in-phun-da-chuc-nang-kazeno",
                "name": "Máy in phun đa chức năng Kazeno",
                "name_en": "Kazeno multifunction inkjet printers",
                "sector": "dien-dien-tu",
                "description": (
                    "Máy in, chụp và quét tích hợp dùng bình mực lớn, chi phí mỗi trang thấp cho "
                    "hộ gia đình và cửa hàng."
                ),
                "description_en": (
                    "Print-copy-scan machines with refillable ink tanks and a low cost per page "
                    "for homes and shops."
                ),
                "specs": [
                    ["Tốc độ in (trang/phút)", "Print speed (pages/min)", "10–15"],
                    ["Độ phân giải", "Resolution", "4800 × 1200 dpi"],
                ],
                "rounds": [2020, 2023],
                "top10": [2020, 2023],
            },
        ],
    },
    {
        "key": "yukiwa-viet-nam",
        "name": "Công ty TNHH Mạch in Mềm Yukiwa Việt Nam",
        "name_en": "Yukiwa Flexible Circuits Vietnam Co., Ltd.",
        "short_name": "Yukiwa",
        "illustrative": True,
        "fdi": True,
        "tax_code": "0101201418",
        "former_district": "Sóc Sơn",
        "ward": "Nội Bài",
        "ward_kind": "xã",
        "address": "Lô 40, khu công nghiệp Nội Bài, xã Nội Bài, Hà Nội",
        "website": "https://yukiwa-viet-nam.example",
        "phone": "024 3848 0218",
        "email": "lienhe@yukiwa-viet-nam.example",
        "description": (
            "Doanh nghiệp vốn Nhật Bản chế tạo bảng mạch in mềm và bảng mạch cứng cho điện "
            "thoại, máy ảnh và thiết bị y tế."
        ),
        "description_en": (
            "A Japanese-invested maker of flexible and rigid printed circuit boards for phones, "
            "cameras and medical devices."
        ),
        "products": [
            {
                "key": "bang-mach-in-mem-yukiwa",
                "name": "Bảng mạch in mềm Yukiwa",
                "name_en": "Yukiwa flexible printed circuit boards",
                "sector": "dien-dien-tu",
                "description": (
                    "Mạch in trên nền polyimide mỏng, uốn gập được, nối màn hình và camera trong "
                    "thiết bị cầm tay."
                ),
                "description_en": (
                    "Circuits on thin polyimide film that bend and fold to connect screens and "
                    "cameras in hand-held devices."
                ),
                "specs": [
                    ["Số lớp", "Layers", "1–4"],
                    ["Độ rộng đường mạch", "Track width", "≥ 40 µm"],
                    ["Vật liệu", "Material", "Polyimide"],
                ],
                "rounds": [2020, 2023],
                "top10": [2020],
            },
            {
                "key": "bang-mach-in-cung-nhieu-lop-yukiwa",
                "name": "Bảng mạch in cứng nhiều lớp Yukiwa",
                "name_en": "Yukiwa multilayer rigid PCBs",
                "sector": "dien-dien-tu",
                "description": (
                    "Bảng mạch FR-4 nhiều lớp, mạ vàng hóa học, phục vụ thiết bị đo và điều "
                    "khiển công nghiệp."
                ),
                "description_en": (
                    "Multilayer FR-4 boards with electroless gold finish for instruments and "
                    "industrial controls."
                ),
                "specs": [
                    ["Số lớp", "Layers", "4–12"],
                    ["Độ dày", "Thickness", "1–3 mm"],
                ],
                "rounds": [2020],
                "top10": [],
            },
        ],
    },
    {
        "key": "chieu-sang-minh-quang",
        "name": "Công ty Cổ phần Chiếu sáng Minh Quang",
        "name_en": "Minh Quang Lighting JSC",
        "short_name": "Minh Quang",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0100811555",
        "former_district": "Gia Lâm",
        "ward": "Gia Lâm",
        "ward_kind": "xã",
        "address": "Lô 6, cụm công nghiệp Phú Thị, xã Gia Lâm, Hà Nội",
        "website": "https://chieu-sang-minh-quang.example",
        "phone": "024 3950 2534",
        "email": "lienhe@chieu-sang-minh-quang.example",
        "description": (
            "Doanh nghiệp chiếu sáng công cộng và công nghiệp, tự thiết kế quang học và bộ nguồn "
            "cho đèn LED."
        ),
        "description_en": (
            "A public and industrial lighting firm that designs its own optics and drivers for "
            "LED luminaires."
        ),
        "products": [
            {
                "key": "den-duong-led-minh-quang",
                "name": "Đèn đường LED Minh Quang",
                "name_en": "Minh Quang LED street lights",
                "sector": "dien-dien-tu",
                "description": (
                    "Đèn đường vỏ nhôm đúc tản nhiệt, thấu kính phân bố ánh sáng theo mặt đường, "
                    "có thể lắp bộ điều khiển từ xa."
                ),
                "description_en": (
                    "Street lights in finned die-cast aluminium with road-shaped lens optics and "
                    "an optional remote controller."
                ),
                "specs": [
                    ["Công suất", "Power", "60–250 W"],
                    ["Hiệu suất phát quang", "Luminous efficacy", "150 lm/W"],
                    ["Cấp bảo vệ", "Ingress protection", "IP66"],
                    ["Tuổi thọ", "Rated life", "50 000 h"],
                ],
                "rounds": [2018, 2021, 2024],
                "top10": [2024],
            },
            {
                "key": "den-led-panel-minh-quang",
                "name": "Đèn LED panel Minh Quang",
                "name_en": "Minh Quang LED panels",
                "sector": "dien-dien-tu",
                "description": (
                    "Đèn ốp trần tấm phẳng cho văn phòng và trường học, ánh sáng không nhấp nháy."
                ),
                "description_en": (
                    "Flat ceiling panels for offices and schools with flicker-free light."
                ),
                "specs": [
                    ["Công suất", "Power", "36–48 W"],
                    ["Chỉ số hoàn màu", "Colour rendering index", "Ra > 80"],
                    ["Kích thước", "Dimensions", "600 × 600 mm"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "den-duong-nang-luong-mat-troi-minh-quang",
                "name": "Đèn đường năng lượng mặt trời Minh Quang",
                "name_en": "Minh Quang solar street lights",
                "sector": "dien-dien-tu",
                "description": (
                    "Đèn liền thể tấm pin, ắc quy lithium và cảm biến chuyển động, dùng cho "
                    "đường nông thôn chưa có lưới điện chiếu sáng."
                ),
                "description_en": (
                    "All-in-one lights with panel, lithium battery and motion sensor for village "
                    "roads without a lighting grid."
                ),
                "specs": [
                    ["Công suất", "Power", "30–100 W"],
                    ["Dung lượng pin", "Battery capacity", "12–30 Ah"],
                    ["Cấp bảo vệ", "Ingress protection", "IP65"],
                ],
                "rounds": [2025],
                "top10": [],
            },
            {
                "key": "den-pha-led-san-the-thao-minh-quang",
                "name": "Đèn pha LED sân thể thao Minh Quang",
                "name_en": "Minh Quang LED sports floodlights",
                "sector": "dien-dien-tu",
                "description": (
                    "Đèn pha góc chiếu hẹp cho sân bóng và nhà thi đấu, đạt độ rọi phục vụ "
                    "truyền hình trực tiếp."
                ),
                "description_en": (
                    "Narrow-beam floodlights for pitches and arenas, bright enough for live "
                    "broadcasts."
                ),
                "specs": [
                    ["Công suất", "Power", "400–1200 W"],
                    ["Góc chiếu", "Beam angle", "15°–60°"],
                    ["Cấp bảo vệ", "Ingress protection", "IP66"],
                ],
                "rounds": [2021],
                "top10": [],
            },
        ],
    },
    {
        "key": "may-bien-ap-hung-long",
        "name": "Công ty Cổ phần Máy biến áp Hưng Long",
        "name_en": "Hung Long Transformer JSC",
        "short_name": "Hưng Long",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0104035617",
        "former_district": "Đông Anh",
        "ward": "Đông Anh",
        "ward_kind": "xã",
        "address": "Số 52 đường Cao Lỗ, xã Đông Anh, Hà Nội",
        "website": "https://may-bien-ap-hung-long.example",
        "phone": "024 3368 8737",
        "email": "lienhe@may-bien-ap-hung-long.example",
        "description": (
            "Nhà sản xuất máy biến áp phân phối và máy biến áp khô, cung cấp cho các công ty "
            "điện lực và khu công nghiệp."
        ),
        "description_en": (
            "Makes distribution and dry-type transformers for power companies and industrial parks."
        ),
        "products": [
            {
                "key": "may-bien-ap-phan-phoi-ba-pha-hung-long",
                "name": "Máy biến áp phân phối ba pha Hưng Long",
                "name_en": "Hung Long three-phase distribution transformers",
                "sector": "dien-dien-tu",
                "description": (
                    "Máy biến áp ngâm dầu kiểu kín, tổn hao thấp, được thử nghiệm điển hình tại "
                    "phòng thí nghiệm độc lập."
                ),
                "description_en": (
                    "Sealed oil-immersed transformers with low losses, type-tested in an "
                    "independent laboratory."
                ),
                "specs": [
                    ["Công suất (kVA)", "Rating (kVA)", "50–2500"],
                    ["Cấp điện áp", "Voltage class", "22 kV, 35 kV / 400 V"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "TCVN 6306, IEC 60076"],
                ],
                "rounds": [2018, 2021, 2024],
                "top10": [2024],
            },
            {
                "key": "may-bien-ap-loi-thep-vo-dinh-hinh-hung-long",
                "name": "Máy biến áp lõi thép vô định hình Hưng Long",
                "name_en": "Hung Long amorphous-core transformers",
                "sector": "dien-dien-tu",
                "description": (
                    "Lõi từ bằng hợp kim vô định hình giúp giảm tới 70% tổn hao không tải so với "
                    "lõi tôn silic thông thường."
                ),
                "description_en": (
                    "An amorphous-alloy core cuts no-load losses by up to 70% against ordinary "
                    "silicon-steel cores."
                ),
                "specs": [
                    ["Công suất (kVA)", "Rating (kVA)", "100–1000"],
                    ["Tổn hao không tải", "No-load loss", "≤ 160 W (400 kVA)"],
                ],
                "rounds": [2019, 2022, 2025],
                "top10": [2025],
            },
            {
                "key": "may-bien-ap-kho-duc-nhua-epoxy-hung-long",
                "name": "Máy biến áp khô đúc nhựa epoxy Hưng Long",
                "name_en": "Hung Long cast-resin dry transformers",
                "sector": "dien-dien-tu",
                "description": (
                    "Máy biến áp khô không dầu, chống cháy, đặt được trong tầng hầm tòa nhà và "
                    "bệnh viện."
                ),
                "description_en": (
                    "Oil-free, fire-safe dry transformers that can stand in building basements "
                    "and hospitals."
                ),
                "specs": [
                    ["Công suất (kVA)", "Rating (kVA)", "250–3150"],
                    ["Cấp cách điện", "Insulation class", "F"],
                ],
                "rounds": [2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "thiet-bi-dong-cat-phuc-an",
        "name": "Công ty Cổ phần Thiết bị Đóng cắt Phúc An",
        "name_en": "Phuc An Switchgear JSC",
        "short_name": "Phúc An",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105969722",
        "former_district": "Hoàng Mai",
        "ward": "Yên Sở",
        "ward_kind": "phường",
        "address": "Số 8 đường Tam Trinh, phường Yên Sở, Hà Nội",
        "website": "https://thiet-bi-dong-cat-phuc-an.example",
        "phone": "024 3954 4848",
        "email": "lienhe@thiet-bi-dong-cat-phuc-an.example",
        "description": (
            "Chế tạo tủ điện hạ thế, trung thế và trạm biến áp hợp bộ cho tòa nhà, nhà máy và "
            "lưới điện phân phối."
        ),
        "description_en": (
            "Builds low- and medium-voltage switchgear and compact substations for buildings, "
            "plants and distribution grids."
        ),
        "products": [
            {
                "key": "tu-dien-ha-the-tong-phuc-an",
                "name": "Tủ điện hạ thế tổng Phúc An",
                "name_en": "Phuc An main low-voltage switchboards",
                "sector": "dien-dien-tu",
                "description": (
                    "Tủ phân phối dạng ngăn kéo, thanh cái đồng, đã thử nghiệm kiểu theo tiêu "
                    "chuẩn IEC."
                ),
                "description_en": (
                    "Withdrawable main distribution boards with copper busbars, type-tested to IEC."
                ),
                "specs": [
                    ["Dòng điện định mức", "Rated current", "630–6300 A"],
                    ["Dòng ngắn mạch", "Short-circuit rating", "50–100 kA"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "IEC 61439"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "tu-rmu-cach-dien-khi-phuc-an",
                "name": "Tủ RMU cách điện khí Phúc An",
                "name_en": "Phuc An gas-insulated ring main units",
                "sector": "dien-dien-tu",
                "description": (
                    "Tủ mạch vòng trung thế nhỏ gọn, lắp được trong nhà và trên vỉa hè, vận hành "
                    "không cần bảo dưỡng buồng cắt."
                ),
                "description_en": (
                    "Compact medium-voltage ring main units for indoor or kerbside use with "
                    "maintenance-free switching chambers."
                ),
                "specs": [
                    ["Cấp điện áp", "Voltage class", "24 kV"],
                    ["Dòng điện định mức", "Rated current", "630 A"],
                ],
                "rounds": [2024],
                "top10": [],
            },
            {
                "key": "tram-bien-ap-hop-bo-kieu-kiosk-phuc-an",
                "name": "Trạm biến áp hợp bộ kiểu kiosk Phúc An",
                "name_en": "Phuc An kiosk substations",
                "sector": "dien-dien-tu",
                "description": (
                    "Trạm kiosk vỏ thép chống ăn mòn tích hợp máy biến áp, tủ trung thế và hạ "
                    "thế, lắp đặt trong một ngày."
                ),
                "description_en": (
                    "Corrosion-proof steel kiosks housing transformer, MV and LV panels, "
                    "installed in a day."
                ),
                "specs": [
                    ["Công suất (kVA)", "Rating (kVA)", "250–2000"],
                    ["Cấp bảo vệ", "Ingress protection", "IP54"],
                ],
                "rounds": [2024],
                "top10": [],
            },
        ],
    },
    {
        "key": "cap-dien-ha-an",
        "name": "Công ty Cổ phần Cáp điện Hà An",
        "name_en": "Ha An Cable JSC",
        "short_name": "Cáp Hà An",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105952366",
        "former_district": "Phú Xuyên",
        "ward": "Phú Xuyên",
        "ward_kind": "xã",
        "address": "Lô 5, khu công nghiệp Phú Xuyên, xã Phú Xuyên, Hà Nội",
        "website": "https://cap-dien-ha-an.example",
        "phone": "024 3589 4210",
        "email": "lienhe@cap-dien-ha-an.example",
        "description": "Nhà máy dây và cáp điện ở phía nam thành phố, có lò thử chống cháy riêng.",
        "description_en": (
            "A wire and cable plant in the south of the city with its own fire-test furnace."
        ),
        "products": [
            {
                "key": "cap-chong-chay-ha-an",
                "name": "Cáp chống cháy Hà An",
                "name_en": "Ha An fire-resistant cables",
                "sector": "dien-dien-tu",
                "description": (
                    "Cáp ruột đồng quấn băng mica, vỏ không khói không halogen, vẫn dẫn điện khi "
                    "bị lửa bao trùm."
                ),
                "description_en": (
                    "Copper cables with mica tape and a low-smoke halogen-free sheath that keep "
                    "working in a fire."
                ),
                "specs": [
                    ["Tiết diện ruột dẫn", "Conductor cross-section", "10–240 mm²"],
                    ["Cấp điện áp", "Voltage class", "600/1000 V"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "IEC 60331, IEC 60332"],
                ],
                "rounds": [2019],
                "top10": [],
            },
            {
                "key": "cap-dien-nang-luong-mat-troi-ha-an",
                "name": "Cáp điện năng lượng mặt trời Hà An",
                "name_en": "Ha An solar PV cables",
                "sector": "dien-dien-tu",
                "description": (
                    "Cáp một chiều cho hệ thống điện mặt trời mái nhà, cách điện chịu tia cực "
                    "tím và nhiệt độ cao."
                ),
                "description_en": (
                    "DC cables for rooftop solar with insulation that resists UV and heat."
                ),
                "specs": [
                    ["Tiết diện ruột dẫn", "Conductor cross-section", "4–10 mm²"],
                    ["Cấp điện áp", "Voltage class", "1500 V DC"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "EN 50618"],
                ],
                "rounds": [2025],
                "top10": [2025],
            },
        ],
    },
    {
        "key": "cong-to-viet-phat",
        "name": "Công ty Cổ phần Công tơ Điện tử Việt Phát",
        "name_en": "Viet Phat Electronic Meters JSC",
        "short_name": "Việt Phát",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0101517517",
        "former_district": "Cầu Giấy",
        "ward": "Nghĩa Đô",
        "ward_kind": "phường",
        "address": "Số 19 đường Hoàng Quốc Việt, phường Nghĩa Đô, Hà Nội",
        "website": "https://cong-to-viet-phat.example",
        "phone": "024 3833 6280",
        "email": "lienhe@cong-to-viet-phat.example",
        "description": (
            "Doanh nghiệp công nghệ làm chủ thiết kế phần cứng và phần mềm công tơ điện tử, đồng "
            "hồ nước thông minh và hệ thống thu thập số liệu từ xa."
        ),
        "description_en": (
            "A technology firm that designs the hardware and firmware of electronic electricity "
            "meters, smart water meters and remote reading systems."
        ),
        "products": [
            {
                "key": "cong-to-dien-tu-thong-minh-viet-phat",
                "name": "Công tơ điện tử thông minh Việt Phát",
                "name_en": "Viet Phat smart electricity meters",
                "sector": "dien-dien-tu",
                "description": (
                    "Công tơ một pha và ba pha đo nhiều biểu giá, truyền chỉ số qua mạng di động "
                    "hoặc sóng RF về trung tâm."
                ),
                "description_en": (
                    "Single- and three-phase multi-tariff meters that send readings to the "
                    "utility over cellular or RF links."
                ),
                "specs": [
                    ["Cấp chính xác", "Accuracy class", "1"],
                    ["Kết nối", "Connectivity", "RF, NB-IoT, 4G"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "IEC 62052-11, IEC 62053-21"],
                ],
                "rounds": [2019, 2022, 2025],
                "top10": [2022, 2025],
            },
            {
                "key": "dong-ho-nuoc-sieu-am-viet-phat",
                "name": "Đồng hồ nước siêu âm Việt Phát",
                "name_en": "Viet Phat ultrasonic water meters",
                "sector": "dien-dien-tu",
                "description": (
                    "Đồng hồ không có bộ phận chuyển động, đo chính xác cả lưu lượng rất nhỏ và "
                    "cảnh báo rò rỉ."
                ),
                "description_en": (
                    "Meters with no moving parts that measure even tiny flows accurately and "
                    "flag leaks."
                ),
                "specs": [
                    ["Đường kính", "Diameter", "DN15–DN50"],
                    ["Tuổi thọ pin (năm)", "Battery life (years)", "10"],
                    ["Cấp bảo vệ", "Ingress protection", "IP68"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "an-ninh-sao-viet",
        "name": "Công ty Cổ phần Công nghệ Thiết bị An ninh Sao Việt",
        "name_en": "Sao Viet Security Technology JSC",
        "short_name": "Sao Việt",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0106883080",
        "former_district": "Tây Hồ",
        "ward": "Tây Hồ",
        "ward_kind": "phường",
        "address": "Số 12 đường Lạc Long Quân, phường Tây Hồ, Hà Nội",
        "website": "https://an-ninh-sao-viet.example",
        "phone": "024 3982 9998",
        "email": "lienhe@an-ninh-sao-viet.example",
        "description": (
            "Doanh nghiệp Việt thiết kế camera giám sát và phần mềm phân tích hình ảnh, sản xuất "
            "tại nhà máy gia công trong khu công nghiệp phía bắc thành phố."
        ),
        "description_en": (
            "A Vietnamese designer of surveillance cameras and video-analytics software, with "
            "production at a contract plant north of the city."
        ),
        "products": [
            {
                "key": "camera-ip-giam-sat-sao-viet",
                "name": "Camera IP giám sát Sao Việt",
                "name_en": "Sao Viet IP surveillance cameras",
                "sector": "dien-dien-tu",
                "description": (
                    "Camera mạng độ phân giải cao có hồng ngoại ban đêm, lưu trữ trên máy chủ "
                    "đặt tại Việt Nam."
                ),
                "description_en": (
                    "High-resolution network cameras with night infrared, recording to servers "
                    "located in Việt Nam."
                ),
                "specs": [
                    ["Độ phân giải", "Resolution", "4 MP, 8 MP"],
                    ["Cấp bảo vệ", "Ingress protection", "IP67"],
                    ["Tầm hồng ngoại", "IR range", "30–50 m"],
                ],
                "rounds": [2023],
                "top10": [2023],
            },
            {
                "key": "camera-giao-thong-tich-hop-ai-sao-viet",
                "name": "Camera giao thông tích hợp AI Sao Việt",
                "name_en": "Sao Viet AI traffic cameras",
                "sector": "dien-dien-tu",
                "description": (
                    "Camera nhận dạng biển số và phát hiện vi phạm ngay trên thiết bị, gửi dữ "
                    "liệu về trung tâm điều hành giao thông."
                ),
                "description_en": (
                    "Cameras that read number plates and detect offences on the device, "
                    "reporting to the traffic control centre."
                ),
                "specs": [
                    ["Độ phân giải", "Resolution", "8 MP"],
                    ["Độ chính xác nhận dạng", "Recognition accuracy", "≥ 95%"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "seoha-vina",
        "name": "Công ty TNHH Động cơ Điện Seoha Vina",
        "name_en": "Seoha Vina Electric Motor Co., Ltd.",
        "short_name": "Seoha Vina",
        "illustrative": True,
        "fdi": True,
        "tax_code": "0104559427",
        "former_district": "Đan Phượng",
        "ward": "Đan Phượng",
        "ward_kind": "xã",
        "address": "Lô 3, cụm công nghiệp Đan Phượng, xã Đan Phượng, Hà Nội",
        "website": "https://seoha-vina.example",
        "phone": "024 3100 5575",
        "email": "lienhe@seoha-vina.example",
        "description": (
            "Doanh nghiệp vốn Hàn Quốc sản xuất động cơ điện cho máy bơm, quạt công nghiệp và "
            "thiết bị gia dụng."
        ),
        "description_en": (
            "A Korean-owned maker of electric motors for pumps, industrial fans and household "
            "appliances."
        ),
        "products": [
            {
                "key": "dong-co-dien-khong-dong-bo-ba-pha-seoha",
                "name": "Động cơ điện không đồng bộ ba pha Seoha",
                "name_en": "Seoha three-phase induction motors",
                "sector": "dien-dien-tu",
                "description": (
                    "Động cơ vỏ gang hiệu suất cao, cuộn dây đồng tẩm sấy chân không, dùng cho "
                    "bơm và máy nén."
                ),
                "description_en": (
                    "High-efficiency cast-iron motors with vacuum-impregnated copper windings "
                    "for pumps and compressors."
                ),
                "specs": [
                    ["Công suất", "Power", "1–160 kW"],
                    ["Cấp hiệu suất", "Efficiency class", "IE2, IE3"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "IEC 60034-30"],
                ],
                "rounds": [2019],
                "top10": [],
            },
            {
                "key": "dong-co-quat-mot-chieu-khong-choi-than-seoha",
                "name": "Động cơ quạt một chiều không chổi than Seoha",
                "name_en": "Seoha brushless DC fan motors",
                "sector": "dien-dien-tu",
                "description": (
                    "Động cơ BLDC dùng trong quạt điều hòa và máy lọc khí, chạy êm và tiết kiệm "
                    "điện."
                ),
                "description_en": (
                    "BLDC motors for air-conditioner fans and purifiers that run quietly and "
                    "save power."
                ),
                "specs": [
                    ["Công suất", "Power", "10–120 W"],
                    ["Điện áp định mức", "Rated voltage", "310 V DC"],
                ],
                "rounds": [2019],
                "top10": [],
            },
        ],
    },
    {
        "key": "dien-tu-cong-suat-ha-thanh",
        "name": "Công ty Cổ phần Điện tử Công suất Hà Thành",
        "name_en": "Ha Thanh Power Electronics JSC",
        "short_name": "Hà Thành Power",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0109412241",
        "former_district": "Thanh Xuân",
        "ward": "Phương Liệt",
        "ward_kind": "phường",
        "address": "Số 35 phố Trường Chinh, phường Phương Liệt, Hà Nội",
        "website": "https://dien-tu-cong-suat-ha-thanh.example",
        "phone": "024 3776 6955",
        "email": "lienhe@dien-tu-cong-suat-ha-thanh.example",
        "description": (
            "Doanh nghiệp nghiên cứu và sản xuất bộ lưu điện, biến tần và bộ nghịch lưu năng "
            "lượng mặt trời, có phòng thí nghiệm riêng."
        ),
        "description_en": (
            "Researches and builds UPS units, drives and solar inverters in its own laboratory."
        ),
        "products": [
            {
                "key": "bo-luu-dien-ups-online-ha-thanh",
                "name": "Bộ lưu điện UPS online Hà Thành",
                "name_en": "Ha Thanh online UPS systems",
                "sector": "dien-dien-tu",
                "description": (
                    "Bộ lưu điện chuyển đổi kép, thời gian chuyển mạch bằng không, bảo vệ máy "
                    "chủ và thiết bị y tế."
                ),
                "description_en": (
                    "Double-conversion UPS units with zero transfer time for servers and medical "
                    "equipment."
                ),
                "specs": [
                    ["Công suất (kVA)", "Rating (kVA)", "1–200"],
                    ["Hiệu suất", "Efficiency", "≥ 94%"],
                ],
                "rounds": [2020, 2023],
                "top10": [],
            },
            {
                "key": "bo-nghich-luu-hoa-luoi-ha-thanh",
                "name": "Bộ nghịch lưu hòa lưới Hà Thành",
                "name_en": "Ha Thanh grid-tie solar inverters",
                "sector": "dien-dien-tu",
                "description": (
                    "Inverter ba pha cho điện mặt trời áp mái, giám sát sản lượng qua ứng dụng "
                    "di động."
                ),
                "description_en": (
                    "Three-phase inverters for rooftop solar with output monitoring in a mobile "
                    "app."
                ),
                "specs": [
                    ["Công suất", "Power", "5–110 kW"],
                    ["Hiệu suất chuyển đổi", "Conversion efficiency", "98%"],
                    ["Cấp bảo vệ", "Ingress protection", "IP66"],
                ],
                "rounds": [2024],
                "top10": [],
            },
            {
                "key": "bien-tan-dieu-khien-dong-co-ha-thanh",
                "name": "Biến tần điều khiển động cơ Hà Thành",
                "name_en": "Ha Thanh variable-frequency drives",
                "sector": "dien-dien-tu",
                "description": (
                    "Biến tần điều khiển véc-tơ cho bơm, quạt và băng tải, giúp tiết kiệm điện "
                    "khi chạy non tải."
                ),
                "description_en": (
                    "Vector-control drives for pumps, fans and conveyors that save power at part "
                    "load."
                ),
                "specs": [
                    ["Công suất", "Power", "1–250 kW"],
                    ["Điện áp định mức", "Rated voltage", "380 V"],
                    ["Tần số", "Frequency", "0–400 Hz"],
                ],
                "rounds": [2024],
                "top10": [],
            },
        ],
    },
    {
        "key": "thiet-bi-dien-hoa-thuan",
        "name": "Công ty Cổ phần Thiết bị Điện Dân dụng Hòa Thuận",
        "name_en": "Hoa Thuan Electrical Accessories JSC",
        "short_name": "Hòa Thuận",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105618153",
        "former_district": "Phúc Thọ",
        "ward": "Phúc Thọ",
        "ward_kind": "xã",
        "address": "Lô 2, cụm công nghiệp Phúc Thọ, xã Phúc Thọ, Hà Nội",
        "website": "https://thiet-bi-dien-hoa-thuan.example",
        "phone": "024 3598 8342",
        "email": "lienhe@thiet-bi-dien-hoa-thuan.example",
        "description": (
            "Nhà sản xuất công tắc, ổ cắm, thiết bị đóng cắt và đèn sự cố cho nhà ở và công trình."
        ),
        "description_en": (
            "Makes switches, sockets, circuit protection and emergency lights for homes and "
            "buildings."
        ),
        "products": [
            {
                "key": "cong-tac-va-o-cam-hoa-thuan",
                "name": "Công tắc và ổ cắm Hòa Thuận",
                "name_en": "Hoa Thuan switches and sockets",
                "sector": "dien-dien-tu",
                "description": (
                    "Mặt nhựa PC chống cháy, tiếp điểm hợp kim bạc, lắp vừa đế âm tường tiêu chuẩn."
                ),
                "description_en": (
                    "Flame-retardant PC plates with silver-alloy contacts that fit standard "
                    "flush boxes."
                ),
                "specs": [
                    ["Dòng điện định mức", "Rated current", "10–16 A"],
                    ["Điện áp định mức", "Rated voltage", "250 V"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "TCVN 6188, IEC 60669"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "den-chieu-sang-su-co-hoa-thuan",
                "name": "Đèn chiếu sáng sự cố Hòa Thuận",
                "name_en": "Hoa Thuan emergency and exit lights",
                "sector": "dien-dien-tu",
                "description": (
                    "Đèn thoát hiểm và đèn sự cố tự sáng khi mất điện, pin duy trì tối thiểu hai "
                    "giờ."
                ),
                "description_en": (
                    "Exit signs and emergency lights that switch on in a power cut and run at "
                    "least two hours."
                ),
                "specs": [
                    ["Công suất", "Power", "3–5 W"],
                    ["Thời gian duy trì", "Back-up time", "≥ 120 min"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "aptomat-tep-hoa-thuan",
                "name": "Aptomat tép Hòa Thuận",
                "name_en": "Hoa Thuan miniature circuit breakers",
                "sector": "dien-dien-tu",
                "description": (
                    "Cầu dao tự động bảo vệ quá tải và ngắn mạch, lắp thanh ray DIN trong tủ "
                    "điện gia đình."
                ),
                "description_en": (
                    "DIN-rail breakers guarding household circuits against overload and short "
                    "circuit."
                ),
                "specs": [
                    ["Dòng điện định mức", "Rated current", "6–63 A"],
                    ["Khả năng cắt", "Breaking capacity", "6 kA"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "IEC 60898-1"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "thiet-bi-mang-quang-viet",
        "name": "Công ty Cổ phần Thiết bị Mạng Quang Việt",
        "name_en": "Quang Viet Network Equipment JSC",
        "short_name": "Quang Việt",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0106016472",
        "former_district": "Thạch Thất",
        "ward": "Hòa Lạc",
        "ward_kind": "xã",
        "address": "Lô CN-07, khu công nghệ cao Hòa Lạc, xã Hòa Lạc, Hà Nội",
        "website": "https://thiet-bi-mang-quang-viet.example",
        "phone": "024 3298 9428",
        "email": "lienhe@thiet-bi-mang-quang-viet.example",
        "description": (
            "Doanh nghiệp thiết kế và sản xuất thiết bị đầu cuối mạng cáp quang và Wi-Fi cho các "
            "nhà mạng trong nước."
        ),
        "description_en": (
            "Designs and builds fibre and Wi-Fi customer equipment for domestic network operators."
        ),
        "products": [
            {
                "key": "thiet-bi-dau-cuoi-gpon-quang-viet",
                "name": "Thiết bị đầu cuối GPON Quang Việt",
                "name_en": "Quang Viet GPON terminals",
                "sector": "dien-dien-tu",
                "description": (
                    "Modem quang tích hợp Wi-Fi hai băng tần, phần mềm nhúng do doanh nghiệp tự "
                    "phát triển và cập nhật từ xa."
                ),
                "description_en": (
                    "Fibre modems with dual-band Wi-Fi and in-house firmware that is updated "
                    "remotely."
                ),
                "specs": [
                    ["Tốc độ tải xuống/tải lên", "Downstream/upstream speed", "2488/1244 Mbps"],
                    ["Kết nối", "Connectivity", "Wi-Fi 6, 4 × LAN"],
                ],
                "rounds": [2024],
                "top10": [2024],
            },
            {
                "key": "bo-phat-wi-fi-mesh-quang-viet",
                "name": "Bộ phát Wi-Fi mesh Quang Việt",
                "name_en": "Quang Viet Wi-Fi mesh routers",
                "sector": "dien-dien-tu",
                "description": (
                    "Bộ phát mesh phủ sóng liền mạch cho nhà nhiều tầng, cấu hình qua ứng dụng."
                ),
                "description_en": (
                    "Mesh routers that give seamless coverage in multi-storey houses, set up "
                    "from an app."
                ),
                "specs": [
                    ["Kết nối", "Connectivity", "Wi-Fi 6, 2 × LAN"],
                    ["Vùng phủ mỗi thiết bị", "Coverage per unit", "150 m²"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "ac-quy-thai-duong",
        "name": "Công ty Cổ phần Ắc quy và Pin Lưu trữ Thái Dương",
        "name_en": "Thai Duong Battery and Energy Storage JSC",
        "short_name": "Thái Dương",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105999727",
        "former_district": "Sơn Tây",
        "ward": "Tùng Thiện",
        "ward_kind": "phường",
        "address": "Lô 8, cụm công nghiệp Phú Thịnh, phường Tùng Thiện, Hà Nội",
        "website": "https://ac-quy-thai-duong.example",
        "phone": "024 3226 6641",
        "email": "lienhe@ac-quy-thai-duong.example",
        "description": (
            "Nhà sản xuất ắc quy chì và hệ pin lưu trữ lithium, có dây chuyền tái chế ắc quy cũ "
            "khép kín."
        ),
        "description_en": (
            "Makes lead-acid batteries and lithium storage systems and runs a closed-loop line "
            "recycling old batteries."
        ),
        "products": [
            {
                "key": "ac-quy-khoi-dong-o-to-thai-duong",
                "name": "Ắc quy khởi động ô tô Thái Dương",
                "name_en": "Thai Duong car starter batteries",
                "sector": "dien-dien-tu",
                "description": (
                    "Ắc quy kín khí không cần châm nước, lưới cực hợp kim canxi bền trong khí "
                    "hậu nóng ẩm."
                ),
                "description_en": (
                    "Sealed, maintenance-free batteries with calcium-alloy grids that last in "
                    "hot, humid weather."
                ),
                "specs": [
                    ["Điện áp định mức", "Rated voltage", "12 V"],
                    ["Dung lượng", "Capacity", "45–200 Ah"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "he-pin-luu-tru-nang-luong-lfp-thai-duong",
                "name": "Hệ pin lưu trữ năng lượng LFP Thái Dương",
                "name_en": "Thai Duong LFP energy storage systems",
                "sector": "dien-dien-tu",
                "description": (
                    "Tủ pin lithium sắt phốt phát cho nhà máy và điện mặt trời mái nhà, có hệ "
                    "thống quản lý pin giám sát từng cell."
                ),
                "description_en": (
                    "Lithium iron phosphate cabinets for factories and rooftop solar, with a BMS "
                    "watching every cell."
                ),
                "specs": [
                    ["Dung lượng (kWh)", "Capacity (kWh)", "10–215"],
                    ["Số chu kỳ", "Cycle life", "≥ 6000"],
                ],
                "rounds": [2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "dien-co-tan-hop",
        "name": "Công ty Cổ phần Điện cơ Tân Hợp",
        "name_en": "Tan Hop Electromechanical JSC",
        "short_name": "Tân Hợp",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0100314673",
        "former_district": "Gia Lâm",
        "ward": "Thuận An",
        "ward_kind": "xã",
        "address": "Số 14 đường Ninh Hiệp, xã Thuận An, Hà Nội",
        "website": "https://dien-co-tan-hop.example",
        "phone": "024 3790 2742",
        "email": "lienhe@dien-co-tan-hop.example",
        "description": (
            "Doanh nghiệp điện cơ lâu năm chuyển từ quạt truyền thống sang quạt động cơ một "
            "chiều tiết kiệm điện."
        ),
        "description_en": (
            "A long-established electromechanical firm that has moved from classic fans to "
            "energy-saving DC-motor models."
        ),
        "products": [
            {
                "key": "quat-dung-tan-hop",
                "name": "Quạt đứng Tân Hợp",
                "name_en": "Tan Hop pedestal fans",
                "sector": "dien-dien-tu",
                "description": (
                    "Quạt cây cánh nhựa AS, động cơ dây đồng, điều khiển từ xa và hẹn giờ tắt."
                ),
                "description_en": (
                    "Pedestal fans with AS blades, copper-wound motors, remote control and sleep "
                    "timer."
                ),
                "specs": [
                    ["Công suất", "Power", "45–55 W"],
                    ["Đường kính", "Diameter", "400 mm"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "quat-tran-tan-hop",
                "name": "Quạt trần Tân Hợp",
                "name_en": "Tan Hop ceiling fans",
                "sector": "dien-dien-tu",
                "description": (
                    "Quạt trần sải cánh rộng, hộp số êm, dùng cho nhà ở, lớp học và hội trường."
                ),
                "description_en": (
                    "Wide-sweep ceiling fans with a quiet gearbox for homes, classrooms and halls."
                ),
                "specs": [
                    ["Công suất", "Power", "75–90 W"],
                    ["Đường kính", "Diameter", "1400 mm"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "nang-luong-xanh-binh-an",
        "name": "Công ty Cổ phần Giải pháp Năng lượng Xanh Bình An",
        "name_en": "Binh An Green Energy Solutions JSC",
        "short_name": "Bình An Energy",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105814535",
        "former_district": "Long Biên",
        "ward": "Việt Hưng",
        "ward_kind": "phường",
        "address": "Số 27 đường Nguyễn Cao Luyện, phường Việt Hưng, Hà Nội",
        "website": "https://nang-luong-xanh-binh-an.example",
        "phone": "024 3473 6253",
        "email": "lienhe@nang-luong-xanh-binh-an.example",
        "description": (
            "Doanh nghiệp trẻ phát triển trụ sạc xe điện và phần mềm quản lý mạng lưới trạm sạc."
        ),
        "description_en": (
            "A young company developing EV chargers and software to run charging networks."
        ),
        "products": [
            {
                "key": "tru-sac-xe-dien-binh-an",
                "name": "Trụ sạc xe điện Bình An",
                "name_en": "Binh An EV chargers",
                "sector": "dien-dien-tu",
                "description": (
                    "Trụ sạc xoay chiều và một chiều cho ô tô, xe máy điện, thanh toán qua mã QR."
                ),
                "description_en": (
                    "AC and DC chargers for electric cars and scooters with QR-code payment."
                ),
                "specs": [
                    ["Công suất", "Power", "7–120 kW"],
                    ["Chuẩn sạc", "Connector", "Type 2, CCS2"],
                    ["Cấp bảo vệ", "Ingress protection", "IP55"],
                ],
                "rounds": [2025],
                "top10": [2025],
            },
        ],
    },
    {
        "key": "dien-tu-viet-nhan",
        "name": "Công ty Cổ phần Điện tử Thông minh Việt Nhân",
        "name_en": "Viet Nhan Smart Electronics JSC",
        "short_name": "Việt Nhân",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0107287683",
        "former_district": "Mê Linh",
        "ward": "Quang Minh",
        "ward_kind": "xã",
        "address": "Lô 27, khu công nghiệp Quang Minh, xã Quang Minh, Hà Nội",
        "website": "https://dien-tu-viet-nhan.example",
        "phone": "024 3755 3368",
        "email": "lienhe@dien-tu-viet-nhan.example",
        "description": (
            "Doanh nghiệp dịch vụ sản xuất điện tử, lắp ráp bo mạch theo đơn hàng và phát triển "
            "thiết bị nhà thông minh mang thương hiệu riêng."
        ),
        "description_en": (
            "An electronics manufacturing services firm that assembles boards to order and "
            "develops its own smart-home devices."
        ),
        "products": [
            {
                "key": "dich-vu-lap-rap-bo-mach-dien-tu-viet-nhan",
                "name": "Dịch vụ lắp ráp bo mạch điện tử Việt Nhân",
                "name_en": "Viet Nhan PCB assembly",
                "sector": "dien-dien-tu",
                "description": (
                    "Dây chuyền SMT tốc độ cao kèm kiểm tra quang học tự động, nhận đơn hàng từ "
                    "mẫu thử đến sản xuất loạt."
                ),
                "description_en": (
                    "High-speed SMT lines with automatic optical inspection, from prototypes to "
                    "volume runs."
                ),
                "specs": [
                    ["Số dây chuyền SMT", "SMT lines", "6"],
                    ["Linh kiện nhỏ nhất", "Smallest component", "01005"],
                ],
                "rounds": [2022],
                "top10": [2022],
            },
        ],
    },
    {
        "key": "dien-lanh-hung-phat",
        "name": "Công ty Cổ phần Điện lạnh Công nghiệp Hưng Phát",
        "name_en": "Hung Phat Industrial Refrigeration JSC",
        "short_name": "Hưng Phát",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0102969185",
        "former_district": "Hà Đông",
        "ward": "Dương Nội",
        "ward_kind": "phường",
        "address": "Số 21 đường Lê Trọng Tấn, phường Dương Nội, Hà Nội",
        "website": "https://dien-lanh-hung-phat.example",
        "phone": "024 3242 9933",
        "email": "lienhe@dien-lanh-hung-phat.example",
        "description": (
            "Nhà thầu và nhà sản xuất thiết bị lạnh cho kho lạnh, nhà máy chế biến và chuỗi bán "
            "lẻ thực phẩm."
        ),
        "description_en": (
            "Builds refrigeration equipment for cold stores, food plants and grocery chains."
        ),
        "products": [
            {
                "key": "kho-lanh-lap-ghep-hung-phat",
                "name": "Kho lạnh lắp ghép Hưng Phát",
                "name_en": "Hung Phat modular cold rooms",
                "sector": "dien-dien-tu",
                "description": (
                    "Kho lạnh panel cách nhiệt lắp ghép, cụm máy nén bán kín và điều khiển nhiệt "
                    "độ từ xa."
                ),
                "description_en": (
                    "Modular insulated-panel cold rooms with semi-hermetic compressor units and "
                    "remote temperature control."
                ),
                "specs": [
                    ["Phạm vi đo", "Measuring range", "-25 – +5 °C"],
                    ["Thể tích", "Volume", "20–2000 m³"],
                ],
                "rounds": [2019],
                "top10": [],
            },
            {
                "key": "tu-cap-dong-gio-hung-phat",
                "name": "Tủ cấp đông gió Hưng Phát",
                "name_en": "Hung Phat blast freezers",
                "sector": "dien-dien-tu",
                "description": (
                    "Tủ cấp đông thổi gió lạnh làm đông nhanh thủy sản, thịt và bánh bao, giữ "
                    "cấu trúc sản phẩm."
                ),
                "description_en": (
                    "Blast freezers that rapidly freeze seafood, meat and dumplings while "
                    "keeping their texture."
                ),
                "specs": [
                    ["Nhiệt độ buồng", "Chamber temperature", "-35 °C"],
                    ["Mẻ cấp đông", "Batch", "250–1000 kg"],
                ],
                "rounds": [2024],
                "top10": [],
            },
        ],
    },
    {
        "key": "may-phat-dien-dong-bac",
        "name": "Công ty Cổ phần Máy phát điện Đông Bắc",
        "name_en": "Dong Bac Generator JSC",
        "short_name": "Đông Bắc",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105362575",
        "former_district": "Thanh Trì",
        "ward": "Thanh Trì",
        "ward_kind": "xã",
        "address": "Lô 4, cụm công nghiệp Thanh Trì, xã Thanh Trì, Hà Nội",
        "website": "https://may-phat-dien-dong-bac.example",
        "phone": "024 3478 2555",
        "email": "lienhe@may-phat-dien-dong-bac.example",
        "description": (
            "Doanh nghiệp lắp ráp tổ máy phát điện và tủ chuyển nguồn cho bệnh viện, tòa nhà và "
            "trạm viễn thông."
        ),
        "description_en": (
            "Assembles generator sets and transfer switches for hospitals, buildings and telecom "
            "sites."
        ),
        "products": [
            {
                "key": "to-may-phat-dien-diesel-dong-bac",
                "name": "Tổ máy phát điện diesel Đông Bắc",
                "name_en": "Dong Bac diesel generator sets",
                "sector": "dien-dien-tu",
                "description": (
                    "Máy phát vỏ cách âm, bộ điều khiển tự khởi động khi mất lưới, lắp ráp và "
                    "chạy thử tải tại xưởng."
                ),
                "description_en": (
                    "Soundproofed gensets with auto-start controllers, assembled and load-tested "
                    "in the workshop."
                ),
                "specs": [
                    ["Công suất (kVA)", "Rating (kVA)", "20–2000"],
                    ["Độ ồn", "Noise level", "≤ 75 dB(A) @ 7 m"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "tu-chuyen-nguon-tu-dong-ats-dong-bac",
                "name": "Tủ chuyển nguồn tự động ATS Đông Bắc",
                "name_en": "Dong Bac automatic transfer switch panels",
                "sector": "dien-dien-tu",
                "description": (
                    "Tủ ATS chuyển tải giữa lưới và máy phát trong vài giây, có khóa liên động "
                    "cơ và điện."
                ),
                "description_en": (
                    "ATS panels that move the load between grid and generator in seconds, with "
                    "mechanical and electrical interlocks."
                ),
                "specs": [
                    ["Dòng điện định mức", "Rated current", "63–4000 A"],
                    ["Thời gian chuyển", "Transfer time", "≤ 10 s"],
                ],
                "rounds": [2020],
                "top10": [],
            },
        ],
    },
    {
        "key": "phan-mem-thien-son",
        "name": "Công ty Cổ phần Công nghệ Phần mềm Thiên Sơn",
        "name_en": "Thien Son Software JSC",
        "short_name": "Thiên Sơn Soft",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0102634333",
        "former_district": "Cầu Giấy",
        "ward": "Cầu Giấy",
        "ward_kind": "phường",
        "address": "Tầng 9, số 8 phố Duy Tân, phường Cầu Giấy, Hà Nội",
        "website": "https://phan-mem-thien-son.example",
        "phone": "024 3593 0677",
        "email": "lienhe@phan-mem-thien-son.example",
        "description": (
            "Doanh nghiệp phần mềm hơn 15 năm làm giải pháp quản trị cho nhà máy cơ khí, dệt may "
            "và chế biến thực phẩm."
        ),
        "description_en": (
            "A software house with over 15 years of management systems for engineering, garment "
            "and food factories."
        ),
        "products": [
            {
                "key": "phan-mem-erp-san-xuat-thien-son",
                "name": "Phần mềm ERP sản xuất Thiên Sơn",
                "name_en": "Thien Son manufacturing ERP",
                "sector": "cntt",
                "description": (
                    "Hệ thống hoạch định nguồn lực gồm kế hoạch sản xuất, kho, giá thành và kế "
                    "toán, được cấu hình theo quy trình riêng của từng nhà máy."
                ),
                "description_en": (
                    "Resource planning covering production schedules, stock, costing and "
                    "accounts, configured to each plant's own process."
                ),
                "specs": [
                    ["Nền tảng", "Platform", "Web, Android, iOS"],
                    ["Hình thức triển khai", "Deployment", "Cloud, on-premise"],
                    ["Người dùng đồng thời", "Concurrent users", "≥ 2000"],
                ],
                "rounds": [2018, 2021],
                "top10": [],
            },
            {
                "key": "phan-mem-quan-ly-kho-wms-thien-son",
                "name": "Phần mềm quản lý kho WMS Thiên Sơn",
                "name_en": "Thien Son warehouse management system",
                "sector": "cntt",
                "description": (
                    "Quản lý vị trí kệ, nhập xuất bằng mã vạch và máy quét cầm tay, đồng bộ với "
                    "phần mềm kế toán."
                ),
                "description_en": (
                    "Manages bin locations and barcode-driven receipts and issues on hand-held "
                    "scanners, synced with accounting."
                ),
                "specs": [
                    ["Nền tảng", "Platform", "Web, Android"],
                    ["Tích hợp", "Integrations", "ERP, RFID, QR"],
                ],
                "rounds": [2021],
                "top10": [],
            },
        ],
    },
    {
        "key": "cong-nghe-so-lam-son",
        "name": "Công ty Cổ phần Công nghệ Số Lam Sơn",
        "name_en": "Lam Son Digital Technology JSC",
        "short_name": "Lam Sơn Digital",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0101242005",
        "former_district": "Ba Đình",
        "ward": "Ngọc Hà",
        "ward_kind": "phường",
        "address": "Số 40 phố Đội Cấn, phường Ngọc Hà, Hà Nội",
        "website": "https://cong-nghe-so-lam-son.example",
        "phone": "024 3511 4852",
        "email": "lienhe@cong-nghe-so-lam-son.example",
        "description": (
            "Doanh nghiệp công nghệ số phục vụ khối y tế và tài chính, có đội ngũ hơn 400 kỹ sư."
        ),
        "description_en": (
            "A digital technology firm serving healthcare and finance, with more than 400 "
            "engineers."
        ),
        "products": [
            {
                "key": "phan-mem-hoa-don-dien-tu-lam-son",
                "name": "Phần mềm hóa đơn điện tử Lam Sơn",
                "name_en": "Lam Son e-invoicing software",
                "sector": "cntt",
                "description": (
                    "Giải pháp lập, ký số và gửi hóa đơn điện tử kết nối trực tiếp với cơ quan "
                    "thuế."
                ),
                "description_en": (
                    "Creates, digitally signs and sends e-invoices with a direct link to the tax "
                    "authority."
                ),
                "specs": [
                    ["Nền tảng", "Platform", "Web, API"],
                    ["Hình thức triển khai", "Deployment", "SaaS"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "he-thong-thong-tin-benh-vien-lam-son",
                "name": "Hệ thống thông tin bệnh viện Lam Sơn",
                "name_en": "Lam Son hospital information system",
                "sector": "cntt",
                "description": (
                    "Phần mềm quản lý khám chữa bệnh, bệnh án điện tử và liên thông dữ liệu bảo "
                    "hiểm y tế cho bệnh viện nhiều tuyến."
                ),
                "description_en": (
                    "Manages patient visits, electronic records and health-insurance data "
                    "exchange for hospitals at every level."
                ),
                "specs": [
                    ["Nền tảng", "Platform", "Web, Windows"],
                    ["Tích hợp", "Integrations", "HL7, PACS"],
                    ["Người dùng đồng thời", "Concurrent users", "≥ 3000"],
                ],
                "rounds": [2019, 2022, 2025],
                "top10": [2025],
            },
        ],
    },
    {
        "key": "tri-tue-nhan-tao-van-xuan",
        "name": "Công ty Cổ phần Trí tuệ Nhân tạo Vạn Xuân",
        "name_en": "Van Xuan Artificial Intelligence JSC",
        "short_name": "Vạn Xuân AI",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0108248119",
        "former_district": "Nam Từ Liêm",
        "ward": "Từ Liêm",
        "ward_kind": "phường",
        "address": "Tầng 12, số 9 đường Phạm Hùng, phường Từ Liêm, Hà Nội",
        "website": "https://tri-tue-nhan-tao-van-xuan.example",
        "phone": "024 3968 4306",
        "email": "lienhe@tri-tue-nhan-tao-van-xuan.example",
        "description": (
            "Doanh nghiệp trí tuệ nhân tạo phát triển các mô hình nhận dạng giấy tờ, khuôn mặt "
            "và tiếng nói tiếng Việt."
        ),
        "description_en": (
            "An AI company building models that read identity documents, recognise faces and "
            "understand spoken Vietnamese."
        ),
        "products": [
            {
                "key": "nen-tang-dinh-danh-dien-tu-ekyc-van-xuan",
                "name": "Nền tảng định danh điện tử eKYC Vạn Xuân",
                "name_en": "Van Xuan eKYC identity platform",
                "sector": "cntt",
                "description": (
                    "Nền tảng xác thực khách hàng từ xa bằng đọc giấy tờ, so khớp khuôn mặt và "
                    "chống giả mạo, dùng cho ngân hàng và ví điện tử."
                ),
                "description_en": (
                    "Verifies customers remotely by reading documents, matching faces and "
                    "detecting spoofs, for banks and e-wallets."
                ),
                "specs": [
                    ["Độ chính xác trích xuất", "Extraction accuracy", "≥ 98%"],
                    ["Hình thức triển khai", "Deployment", "API, on-premise"],
                ],
                "rounds": [2022],
                "top10": [2022],
            },
            {
                "key": "tro-ly-ao-tieng-viet-van-xuan",
                "name": "Trợ lý ảo tiếng Việt Vạn Xuân",
                "name_en": "Van Xuan Vietnamese virtual assistant",
                "sector": "cntt",
                "description": (
                    "Trợ lý hội thoại hiểu tiếng Việt ba miền, trả lời khách hàng qua tổng đài "
                    "và ứng dụng chat."
                ),
                "description_en": (
                    "A conversational assistant that understands northern, central and southern "
                    "Vietnamese and serves customers by phone and chat."
                ),
                "specs": [
                    ["Kết nối", "Connectivity", "Zalo, Telegram, SIP"],
                    ["Hình thức triển khai", "Deployment", "Cloud, on-premise"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "giao-duc-tri-thuc-viet",
        "name": "Công ty Cổ phần Phần mềm Giáo dục Tri Thức Việt",
        "name_en": "Tri Thuc Viet Education Software JSC",
        "short_name": "Tri Thức Việt",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105307623",
        "former_district": "Đống Đa",
        "ward": "Láng",
        "ward_kind": "phường",
        "address": "Số 60 đường Láng, phường Láng, Hà Nội",
        "website": "https://giao-duc-tri-thuc-viet.example",
        "phone": "024 3921 3625",
        "email": "lienhe@giao-duc-tri-thuc-viet.example",
        "description": (
            "Doanh nghiệp công nghệ giáo dục phục vụ hơn 3.000 trường phổ thông với các nền tảng "
            "học và quản lý trực tuyến."
        ),
        "description_en": (
            "An education technology company serving more than 3,000 schools with online "
            "learning and management platforms."
        ),
        "products": [
            {
                "key": "nen-tang-hoc-truc-tuyen-tri-thuc-viet",
                "name": "Nền tảng học trực tuyến Tri Thức Việt",
                "name_en": "Tri Thuc Viet online learning platform",
                "sector": "cntt",
                "description": (
                    "Hệ thống quản lý học tập có lớp học trực tuyến, kho bài giảng và thi trắc "
                    "nghiệm chống gian lận."
                ),
                "description_en": (
                    "A learning management system with live classes, a lesson library and "
                    "cheat-resistant online tests."
                ),
                "specs": [
                    ["Nền tảng", "Platform", "Web, Android, iOS"],
                    ["Người dùng đồng thời", "Concurrent users", "≥ 50 000"],
                ],
                "rounds": [2020],
                "top10": [],
            },
            {
                "key": "phan-mem-quan-ly-truong-hoc-tri-thuc-viet",
                "name": "Phần mềm quản lý trường học Tri Thức Việt",
                "name_en": "Tri Thuc Viet school management software",
                "sector": "cntt",
                "description": (
                    "Phần mềm sổ điểm, thời khóa biểu, thu học phí và liên lạc với phụ huynh "
                    "trên một ứng dụng."
                ),
                "description_en": (
                    "Gradebooks, timetables, fee collection and parent messaging in a single app."
                ),
                "specs": [
                    ["Nền tảng", "Platform", "Web, Android, iOS"],
                    ["Hình thức triển khai", "Deployment", "SaaS"],
                ],
                "rounds": [2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "do-thi-thong-minh-song-hong",
        "name": "Công ty Cổ phần Công nghệ Đô thị Thông minh Sông Hồng",
        "name_en": "Song Hong Smart City Technology JSC",
        "short_name": "Sông Hồng Smart City",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0109135735",
        "former_district": "Hoàn Kiếm",
        "ward": "Cửa Nam",
        "ward_kind": "phường",
        "address": "Số 30 phố Lý Thường Kiệt, phường Cửa Nam, Hà Nội",
        "website": "https://do-thi-thong-minh-song-hong.example",
        "phone": "024 3138 1486",
        "email": "lienhe@do-thi-thong-minh-song-hong.example",
        "description": (
            "Doanh nghiệp tích hợp giải pháp đô thị thông minh cho chính quyền địa phương và chủ "
            "đầu tư khu đô thị."
        ),
        "description_en": (
            "Integrates smart-city solutions for local authorities and urban developers."
        ),
        "products": [
            {
                "key": "nen-tang-trung-tam-dieu-hanh-thong-minh-song-hong",
                "name": "Nền tảng trung tâm điều hành thông minh Sông Hồng",
                "name_en": "Song Hong intelligent operations centre platform",
                "sector": "cntt",
                "description": (
                    "Nền tảng gom dữ liệu camera, phản ánh hiện trường và chỉ số kinh tế – xã "
                    "hội lên một màn hình điều hành chung."
                ),
                "description_en": (
                    "Brings camera feeds, citizen reports and socio-economic indicators onto one "
                    "shared operations dashboard."
                ),
                "specs": [
                    ["Tích hợp", "Integrations", "Camera, IoT, GIS"],
                    ["Hình thức triển khai", "Deployment", "On-premise, cloud"],
                ],
                "rounds": [2022],
                "top10": [],
            },
        ],
    },
    {
        "key": "an-ninh-mang-la-chan",
        "name": "Công ty Cổ phần An ninh Mạng Lá Chắn",
        "name_en": "La Chan Cyber Security JSC",
        "short_name": "Lá Chắn",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105933772",
        "former_district": "Thanh Xuân",
        "ward": "Thanh Xuân",
        "ward_kind": "phường",
        "address": "Số 120 đường Nguyễn Trãi, phường Thanh Xuân, Hà Nội",
        "website": "https://an-ninh-mang-la-chan.example",
        "phone": "024 3517 7052",
        "email": "lienhe@an-ninh-mang-la-chan.example",
        "description": (
            "Doanh nghiệp an toàn thông tin cung cấp dịch vụ giám sát an ninh mạng cho ngân "
            "hàng, bệnh viện và cơ quan nhà nước."
        ),
        "description_en": (
            "An information-security firm providing security monitoring for banks, hospitals and "
            "public agencies."
        ),
        "products": [
            {
                "key": "he-thong-giam-sat-an-ninh-mang-la-chan-soc",
                "name": "Hệ thống giám sát an ninh mạng Lá Chắn SOC",
                "name_en": "La Chan SOC security monitoring",
                "sector": "cntt",
                "description": (
                    "Nền tảng thu thập và phân tích nhật ký, phát hiện tấn công theo thời gian "
                    "thực, kèm đội ngũ trực 24/7."
                ),
                "description_en": (
                    "Collects and analyses logs to spot attacks in real time, backed by a 24/7 "
                    "analyst team."
                ),
                "specs": [
                    ["Sự kiện xử lý mỗi giây", "Events per second", "≥ 50 000"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "ISO/IEC 27001"],
                ],
                "rounds": [2024],
                "top10": [2024],
            },
        ],
    },
    {
        "key": "giai-phap-so-nam-viet",
        "name": "Công ty Cổ phần Giải pháp Doanh nghiệp Số Nam Việt",
        "name_en": "Nam Viet Digital Business Solutions JSC",
        "short_name": "Nam Việt Digital",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0109227295",
        "former_district": "Cầu Giấy",
        "ward": "Yên Hòa",
        "ward_kind": "phường",
        "address": "Số 22 phố Trần Duy Hưng, phường Yên Hòa, Hà Nội",
        "website": "https://giai-phap-so-nam-viet.example",
        "phone": "024 3448 3998",
        "email": "lienhe@giai-phap-so-nam-viet.example",
        "description": (
            "Nhà phát triển phần mềm dịch vụ cho doanh nghiệp vừa và nhỏ, tập trung vào nhân sự "
            "và tiền lương."
        ),
        "description_en": (
            "Develops software-as-a-service for small and mid-sized firms, focused on HR and "
            "payroll."
        ),
        "products": [
            {
                "key": "phan-mem-quan-tri-nhan-su-nam-viet-hrm",
                "name": "Phần mềm quản trị nhân sự Nam Việt HRM",
                "name_en": "Nam Viet HRM software",
                "sector": "cntt",
                "description": (
                    "Ứng dụng chấm công bằng khuôn mặt, tính lương, bảo hiểm và đánh giá nhân "
                    "viên trên điện thoại."
                ),
                "description_en": (
                    "Face-recognition attendance, payroll, insurance and staff reviews in a "
                    "phone app."
                ),
                "specs": [
                    ["Nền tảng", "Platform", "Web, Android, iOS"],
                    ["Hình thức triển khai", "Deployment", "SaaS"],
                    ["Người dùng đồng thời", "Concurrent users", "≥ 10 000"],
                ],
                "rounds": [2022],
                "top10": [],
            },
        ],
    },
    {
        "key": "nong-nghiep-so-dong-xanh",
        "name": "Công ty Cổ phần Nông nghiệp Số Đồng Xanh",
        "name_en": "Dong Xanh Digital Agriculture JSC",
        "short_name": "Đồng Xanh",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0107433327",
        "former_district": "Long Biên",
        "ward": "Bồ Đề",
        "ward_kind": "phường",
        "address": "Số 5 phố Ngọc Lâm, phường Bồ Đề, Hà Nội",
        "website": "https://nong-nghiep-so-dong-xanh.example",
        "phone": "024 3128 3496",
        "email": "lienhe@nong-nghiep-so-dong-xanh.example",
        "description": (
            "Doanh nghiệp khởi nghiệp đưa cảm biến và phần mềm vào trang trại rau, cây ăn quả và "
            "nuôi trồng thủy sản."
        ),
        "description_en": (
            "A start-up bringing sensors and software to vegetable farms, orchards and fish ponds."
        ),
        "products": [
            {
                "key": "nen-tang-nong-nghiep-iot-dong-xanh",
                "name": "Nền tảng nông nghiệp IoT Đồng Xanh",
                "name_en": "Dong Xanh IoT farming platform",
                "sector": "cntt",
                "description": (
                    "Hệ thống cảm biến đất, nước và thời tiết kết hợp tưới tự động, cảnh báo sâu "
                    "bệnh trên ứng dụng di động."
                ),
                "description_en": (
                    "Soil, water and weather sensors linked to automatic irrigation, with pest "
                    "alerts in a mobile app."
                ),
                "specs": [
                    ["Kết nối", "Connectivity", "LoRa, 4G"],
                    ["Nền tảng", "Platform", "Android, iOS, Web"],
                ],
                "rounds": [2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "van-tai-thong-minh-trang-an",
        "name": "Công ty Cổ phần Công nghệ Vận tải Thông minh Tràng An",
        "name_en": "Trang An Smart Transport Technology JSC",
        "short_name": "Tràng An Mobility",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0109035681",
        "former_district": "Hai Bà Trưng",
        "ward": "Bạch Mai",
        "ward_kind": "phường",
        "address": "Số 88 phố Bạch Mai, phường Bạch Mai, Hà Nội",
        "website": "https://van-tai-thong-minh-trang-an.example",
        "phone": "024 3508 5658",
        "email": "lienhe@van-tai-thong-minh-trang-an.example",
        "description": (
            "Doanh nghiệp phần mềm cho ngành vận tải, từ điều phối đội xe đến hóa đơn và vé điện "
            "tử."
        ),
        "description_en": (
            "Builds software for transport operators, from fleet dispatch to e-invoices and "
            "e-tickets."
        ),
        "products": [
            {
                "key": "phan-mem-quan-ly-doi-xe-trang-an",
                "name": "Phần mềm quản lý đội xe Tràng An",
                "name_en": "Trang An fleet management software",
                "sector": "cntt",
                "description": (
                    "Theo dõi hành trình bằng thiết bị định vị, tối ưu tuyến giao hàng và cảnh "
                    "báo tài xế chạy quá tốc độ."
                ),
                "description_en": (
                    "Tracks journeys via GPS units, optimises delivery routes and warns of "
                    "speeding drivers."
                ),
                "specs": [
                    ["Số xe quản lý", "Vehicles supported", "≥ 20 000"],
                    ["Nền tảng", "Platform", "Web, Android, iOS"],
                ],
                "rounds": [2025],
                "top10": [],
            },
            {
                "key": "he-thong-ve-dien-tu-xe-buyt-trang-an",
                "name": "Hệ thống vé điện tử xe buýt Tràng An",
                "name_en": "Trang An bus e-ticketing system",
                "sector": "cntt",
                "description": (
                    "Máy soát vé trên xe đọc thẻ không tiếp xúc và mã QR, dữ liệu hành khách đổ "
                    "về trung tâm trong thời gian thực."
                ),
                "description_en": (
                    "On-board validators read contactless cards and QR codes and stream "
                    "ridership data to the control centre in real time."
                ),
                "specs": [
                    ["Kết nối", "Connectivity", "4G, NFC, QR"],
                    ["Thời gian soát vé", "Validation time", "≤ 300 ms"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "van-phong-so-kim-ma",
        "name": "Công ty Cổ phần Giải pháp Văn phòng Số Kim Mã",
        "name_en": "Kim Ma Digital Office Solutions JSC",
        "short_name": "Kim Mã Soft",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0101190004",
        "former_district": "Ba Đình",
        "ward": "Giảng Võ",
        "ward_kind": "phường",
        "address": "Số 101 phố Kim Mã, phường Giảng Võ, Hà Nội",
        "website": "https://van-phong-so-kim-ma.example",
        "phone": "024 3917 1154",
        "email": "lienhe@van-phong-so-kim-ma.example",
        "description": (
            "Doanh nghiệp chuyên phần mềm quản lý văn bản, chữ ký số và lưu trữ điện tử cho cơ "
            "quan và doanh nghiệp."
        ),
        "description_en": (
            "Specialises in document management, digital signature and e-archiving software for "
            "agencies and firms."
        ),
        "products": [
            {
                "key": "phan-mem-quan-ly-van-ban-va-dieu-hanh-kim-ma",
                "name": "Phần mềm quản lý văn bản và điều hành Kim Mã",
                "name_en": "Kim Ma document and workflow management",
                "sector": "cntt",
                "description": (
                    "Số hóa luồng văn bản đến, đi và giao việc, liên thông với trục văn bản quốc "
                    "gia."
                ),
                "description_en": (
                    "Digitises incoming and outgoing documents and task assignment, linked to "
                    "the national document exchange."
                ),
                "specs": [
                    ["Nền tảng", "Platform", "Web, Android, iOS"],
                    ["Hình thức triển khai", "Deployment", "On-premise, cloud"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "nen-tang-ky-so-tu-xa-kim-ma",
                "name": "Nền tảng ký số từ xa Kim Mã",
                "name_en": "Kim Ma remote signing platform",
                "sector": "cntt",
                "description": (
                    "Dịch vụ ký số trên điện thoại không cần thiết bị USB, khóa bí mật lưu trong "
                    "mô-đun bảo mật phần cứng."
                ),
                "description_en": (
                    "Lets users sign on a phone without a USB token, with private keys held in a "
                    "hardware security module."
                ),
                "specs": [
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "eIDAS, FIPS 140-2"],
                    ["Nền tảng", "Platform", "Android, iOS, Web"],
                ],
                "rounds": [2024],
                "top10": [],
            },
        ],
    },
    {
        "key": "ban-le-cho-so",
        "name": "Công ty Cổ phần Phần mềm Bán lẻ Chợ Số",
        "name_en": "Cho So Retail Software JSC",
        "short_name": "Chợ Số",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0101756434",
        "former_district": "Hai Bà Trưng",
        "ward": "Hai Bà Trưng",
        "ward_kind": "phường",
        "address": "Số 17 phố Lò Đúc, phường Hai Bà Trưng, Hà Nội",
        "website": "https://ban-le-cho-so.example",
        "phone": "024 3492 4261",
        "email": "lienhe@ban-le-cho-so.example",
        "description": (
            "Công ty phần mềm giúp cửa hàng, nhà thuốc và chuỗi ăn uống quản lý bán hàng trên "
            "máy tính bảng và điện thoại."
        ),
        "description_en": (
            "Helps shops, pharmacies and food chains run their sales on tablets and phones."
        ),
        "products": [
            {
                "key": "phan-mem-quan-ly-ban-hang-cho-so",
                "name": "Phần mềm quản lý bán hàng Chợ Số",
                "name_en": "Cho So point-of-sale software",
                "sector": "cntt",
                "description": (
                    "Phần mềm bán hàng đa kênh đồng bộ tồn kho giữa cửa hàng, website và sàn "
                    "thương mại điện tử."
                ),
                "description_en": (
                    "Multi-channel sales software that keeps stock in step across stores, "
                    "website and marketplaces."
                ),
                "specs": [
                    ["Nền tảng", "Platform", "Android, iOS, Web"],
                    ["Hình thức triển khai", "Deployment", "SaaS"],
                    ["Số cửa hàng sử dụng", "Stores using it", "≥ 40 000"],
                ],
                "rounds": [2019, 2022, 2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "nha-may-thong-minh-hoa-lac",
        "name": "Công ty Cổ phần Công nghệ Nhà máy Thông minh Hòa Lạc",
        "name_en": "Hoa Lac Smart Factory Technology JSC",
        "short_name": "Hòa Lạc Smart Factory",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105227047",
        "former_district": "Thạch Thất",
        "ward": "Hòa Lạc",
        "ward_kind": "xã",
        "address": "Tòa nhà R&D số 2, khu công nghệ cao Hòa Lạc, xã Hòa Lạc, Hà Nội",
        "website": "https://nha-may-thong-minh-hoa-lac.example",
        "phone": "024 3806 1552",
        "email": "lienhe@nha-may-thong-minh-hoa-lac.example",
        "description": (
            "Doanh nghiệp số hóa nhà xưởng, kết nối máy móc và dữ liệu sản xuất cho các doanh "
            "nghiệp công nghiệp hỗ trợ."
        ),
        "description_en": (
            "Digitises workshops, connecting machines and production data for "
            "supporting-industry firms."
        ),
        "products": [
            {
                "key": "he-thong-dieu-hanh-san-xuat-mes-hoa-lac",
                "name": "Hệ thống điều hành sản xuất MES Hòa Lạc",
                "name_en": "Hoa Lac manufacturing execution system",
                "sector": "cntt",
                "description": (
                    "Thu thập trạng thái máy theo thời gian thực, tính hiệu suất thiết bị tổng "
                    "thể và truy xuất lô hàng."
                ),
                "description_en": (
                    "Captures machine status in real time, calculates overall equipment "
                    "effectiveness and traces every lot."
                ),
                "specs": [
                    ["Tích hợp", "Integrations", "OPC UA, MQTT, ERP"],
                    ["Hình thức triển khai", "Deployment", "On-premise, cloud"],
                ],
                "rounds": [2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "hanul-vina",
        "name": "Công ty TNHH Thời trang Hanul Vina",
        "name_en": "Hanul Vina Fashion Co., Ltd.",
        "short_name": "Hanul Vina",
        "illustrative": True,
        "fdi": True,
        "tax_code": "0101879429",
        "former_district": "Mỹ Đức",
        "ward": "Mỹ Đức",
        "ward_kind": "xã",
        "address": "Lô 1, cụm công nghiệp Đại Nghĩa, xã Mỹ Đức, Hà Nội",
        "website": "https://hanul-vina.example",
        "phone": "024 3316 1473",
        "email": "lienhe@hanul-vina.example",
        "description": (
            "Doanh nghiệp vốn Hàn Quốc may hàng thể thao và áo khoác cho các nhãn hàng châu Âu, "
            "Hàn Quốc, tạo việc làm cho hơn 2.000 lao động địa phương."
        ),
        "description_en": (
            "A Korean-owned sewing plant making sportswear and jackets for European and Korean "
            "brands, employing more than 2,000 local workers."
        ),
        "products": [
            {
                "key": "ao-khoac-chong-tham-hanul",
                "name": "Áo khoác chống thấm Hanul",
                "name_en": "Hanul waterproof jackets",
                "sector": "det-may",
                "description": (
                    "Áo khoác nhiều lớp ép đường may chống thấm, dùng cho thể thao ngoài trời và "
                    "leo núi."
                ),
                "description_en": (
                    "Multi-layer jackets with taped, waterproof seams for outdoor sport and hiking."
                ),
                "specs": [
                    ["Cột nước chống thấm", "Waterproof rating", "10 000 mm"],
                    ["Thành phần", "Composition", "100% polyester"],
                    ["Cỡ", "Sizes", "XS–3XL"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "quan-ao-the-thao-det-kim-hanul",
                "name": "Quần áo thể thao dệt kim Hanul",
                "name_en": "Hanul knitted sportswear",
                "sector": "det-may",
                "description": (
                    "Áo thun và quần tập vải dệt kim co giãn bốn chiều, thoát mồ hôi nhanh."
                ),
                "description_en": (
                    "T-shirts and training pants in four-way-stretch knit that wicks sweat quickly."
                ),
                "specs": [
                    ["Thành phần", "Composition", "88% polyester, 12% spandex"],
                    ["Định lượng vải", "Fabric weight", "160 g/m²"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "may-thoi-trang-kinh-ky",
        "name": "Công ty Cổ phần May Thời trang Kinh Kỳ",
        "name_en": "Kinh Ky Fashion Garment JSC",
        "short_name": "Kinh Kỳ",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0104827235",
        "former_district": "Hoàng Mai",
        "ward": "Tương Mai",
        "ward_kind": "phường",
        "address": "Số 56 đường Trương Định, phường Tương Mai, Hà Nội",
        "website": "https://may-thoi-trang-kinh-ky.example",
        "phone": "024 3134 4154",
        "email": "lienhe@may-thoi-trang-kinh-ky.example",
        "description": (
            "Doanh nghiệp may mặc có thương hiệu thời trang công sở riêng, vừa bán lẻ trong nước "
            "vừa gia công xuất khẩu sang Mỹ và Nhật Bản."
        ),
        "description_en": (
            "A garment maker with its own office-wear label, selling at home and producing for "
            "export to the US and Japan."
        ),
        "products": [
            {
                "key": "ao-so-mi-nam-kinh-ky",
                "name": "Áo sơ mi nam Kinh Kỳ",
                "name_en": "Kinh Ky men's shirts",
                "sector": "det-may",
                "description": (
                    "Sơ mi vải sợi tre và cotton xử lý chống nhăn, cổ áo dựng bằng mex dán không "
                    "bong."
                ),
                "description_en": (
                    "Shirts in bamboo-fibre and cotton cloth with an easy-care finish and a "
                    "fused collar that will not bubble."
                ),
                "specs": [
                    ["Thành phần", "Composition", "60% cotton, 40% viscose"],
                    ["Cỡ", "Sizes", "37–44"],
                ],
                "rounds": [2018, 2021, 2024],
                "top10": [2024],
            },
            {
                "key": "quan-au-nam-kinh-ky",
                "name": "Quần âu nam Kinh Kỳ",
                "name_en": "Kinh Ky men's trousers",
                "sector": "det-may",
                "description": (
                    "Quần âu dáng suông và ôm, vải pha len giữ nếp, may trên dây chuyền treo tự "
                    "động."
                ),
                "description_en": (
                    "Straight and slim trousers in a crease-holding wool blend, sewn on an "
                    "automatic hanger line."
                ),
                "specs": [
                    ["Thành phần", "Composition", "70% polyester, 30% rayon"],
                    ["Cỡ", "Sizes", "28–38"],
                ],
                "rounds": [2021],
                "top10": [],
            },
        ],
    },
    {
        "key": "soi-det-kim-tan-lap",
        "name": "Công ty Cổ phần Sợi và Dệt kim Tân Lập",
        "name_en": "Tan Lap Yarn and Knitting JSC",
        "short_name": "Tân Lập",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105685199",
        "former_district": "Đan Phượng",
        "ward": "Đan Phượng",
        "ward_kind": "xã",
        "address": "Lô 9, cụm công nghiệp Đan Phượng, xã Đan Phượng, Hà Nội",
        "website": "https://soi-det-kim-tan-lap.example",
        "phone": "024 3161 3675",
        "email": "lienhe@soi-det-kim-tan-lap.example",
        "description": (
            "Nhà máy kéo sợi và dệt vải kim, cung cấp nguyên liệu cho các xưởng may trong vùng, "
            "giúp tăng tỷ lệ nội địa hóa hàng dệt may."
        ),
        "description_en": (
            "A spinning and knitting mill supplying local garment workshops and raising the "
            "share of home-made content in textiles."
        ),
        "products": [
            {
                "key": "soi-cotton-chai-ky-tan-lap",
                "name": "Sợi cotton chải kỹ Tân Lập",
                "name_en": "Tan Lap combed cotton yarn",
                "sector": "det-may",
                "description": (
                    "Sợi cotton chải kỹ kéo trên máy nồi cọc tự động, độ đều cao cho vải dệt kim "
                    "cao cấp."
                ),
                "description_en": (
                    "Combed cotton yarn from automatic ring frames, highly even for premium knits."
                ),
                "specs": [
                    ["Chi số sợi", "Yarn count", "Ne 30–Ne 60"],
                    ["Sản lượng (tấn/năm)", "Output (tonnes/year)", "6000"],
                ],
                "rounds": [2018, 2021],
                "top10": [],
            },
            {
                "key": "vai-det-kim-tan-lap",
                "name": "Vải dệt kim Tân Lập",
                "name_en": "Tan Lap knitted fabrics",
                "sector": "det-may",
                "description": (
                    "Vải single, rib và cá sấu nhuộm hoàn tất, dùng may áo thun và áo polo."
                ),
                "description_en": (
                    "Dyed and finished single-jersey, rib and piqué fabrics for T-shirts and "
                    "polo shirts."
                ),
                "specs": [
                    ["Định lượng vải", "Fabric weight", "140–260 g/m²"],
                    ["Khổ rộng", "Width", "1600–1900 mm"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "soi-pha-polyester-cotton-tan-lap",
                "name": "Sợi pha polyester cotton Tân Lập",
                "name_en": "Tan Lap polyester-cotton blended yarn",
                "sector": "det-may",
                "description": (
                    "Sợi pha bền, ít xù lông, phù hợp vải đồng phục và vải may áo sơ mi."
                ),
                "description_en": (
                    "Strong, low-pilling blended yarn for uniform and shirting fabrics."
                ),
                "specs": [
                    ["Thành phần", "Composition", "65% polyester, 35% cotton"],
                    ["Chi số sợi", "Yarn count", "Ne 20–Ne 45"],
                ],
                "rounds": [2021],
                "top10": [],
            },
        ],
    },
    {
        "key": "det-khan-bong-phong-lan",
        "name": "Công ty Cổ phần Dệt Khăn bông Phong Lan",
        "name_en": "Phong Lan Terry Towel JSC",
        "short_name": "Phong Lan",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0104285342",
        "former_district": "Thanh Trì",
        "ward": "Nam Phù",
        "ward_kind": "xã",
        "address": "Lô 3, cụm công nghiệp Ngũ Hiệp, xã Nam Phù, Hà Nội",
        "website": "https://det-khan-bong-phong-lan.example",
        "phone": "024 3867 6248",
        "email": "lienhe@det-khan-bong-phong-lan.example",
        "description": (
            "Doanh nghiệp dệt khăn và hàng gia dụng từ sợi bông, có khách hàng là các chuỗi "
            "khách sạn trong và ngoài nước."
        ),
        "description_en": (
            "Weaves towels and household textiles from cotton, supplying hotel chains at home "
            "and abroad."
        ),
        "products": [
            {
                "key": "khan-bong-cotton-phong-lan",
                "name": "Khăn bông cotton Phong Lan",
                "name_en": "Phong Lan cotton towels",
                "sector": "det-may",
                "description": (
                    "Khăn tắm và khăn mặt dệt vòng sợi bông, thấm nước nhanh, nhuộm bằng thuốc "
                    "nhuộm không chứa kim loại nặng."
                ),
                "description_en": (
                    "Looped cotton bath and face towels that absorb fast, coloured with dyes "
                    "free of heavy metals."
                ),
                "specs": [
                    ["Định lượng vải", "Fabric weight", "450–600 g/m²"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "OEKO-TEX 100"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "bo-chan-ga-goi-phong-lan",
                "name": "Bộ chăn ga gối Phong Lan",
                "name_en": "Phong Lan bedding sets",
                "sector": "det-may",
                "description": (
                    "Bộ chăn ga dệt vân sateen từ cotton và sợi tencel, mềm mát cho khí hậu nóng "
                    "ẩm."
                ),
                "description_en": (
                    "Sateen-weave bedding in cotton and Tencel, soft and cool for a humid climate."
                ),
                "specs": [
                    ["Mật độ sợi", "Thread count", "300–400 TC"],
                    ["Thành phần", "Composition", "60% cotton, 40% Tencel"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "giay-the-thao-ha-viet",
        "name": "Công ty Cổ phần Giày Thể thao Hà Việt",
        "name_en": "Ha Viet Sports Footwear JSC",
        "short_name": "Hà Việt",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0100234890",
        "former_district": "Hà Đông",
        "ward": "Hà Đông",
        "ward_kind": "phường",
        "address": "Số 72 đường Quang Trung, phường Hà Đông, Hà Nội",
        "website": "https://giay-the-thao-ha-viet.example",
        "phone": "024 3282 9937",
        "email": "lienhe@giay-the-thao-ha-viet.example",
        "description": (
            "Nhà sản xuất giày dép xuất khẩu với ba xưởng may mũ giày và một dây chuyền ép đế, "
            "xuất sang Mỹ, EU và Nhật Bản."
        ),
        "description_en": (
            "An export footwear maker with three upper-stitching shops and a sole-moulding line, "
            "shipping to the US, EU and Japan."
        ),
        "products": [
            {
                "key": "giay-the-thao-ha-viet",
                "name": "Giày thể thao Hà Việt",
                "name_en": "Ha Viet sports shoes",
                "sector": "det-may",
                "description": "Giày chạy bộ mũ vải dệt liền, đế EVA đúc phun nhẹ và đàn hồi tốt.",
                "description_en": (
                    "Running shoes with one-piece knitted uppers and light, springy "
                    "injection-moulded EVA soles."
                ),
                "specs": [
                    ["Khối lượng", "Weight", "240–300 g"],
                    ["Cỡ", "Sizes", "36–45"],
                    ["Sản lượng (triệu đôi/năm)", "Output (million pairs/year)", "3"],
                ],
                "rounds": [2019, 2022, 2025],
                "top10": [2022, 2025],
            },
            {
                "key": "giay-da-nam-cong-so-ha-viet",
                "name": "Giày da nam công sở Hà Việt",
                "name_en": "Ha Viet men's leather office shoes",
                "sector": "det-may",
                "description": "Giày da bò thuộc chrome, đế cao su khâu viền, lót da thoáng khí.",
                "description_en": (
                    "Chrome-tanned cowhide shoes with stitched rubber soles and breathable "
                    "leather lining."
                ),
                "specs": [
                    ["Khối lượng mỗi đôi", "Weight per pair", "800–950 g"],
                    ["Cỡ", "Sizes", "38–44"],
                ],
                "rounds": [2022],
                "top10": [],
            },
            {
                "key": "dep-quai-hau-xuat-khau-ha-viet",
                "name": "Dép quai hậu xuất khẩu Hà Việt",
                "name_en": "Ha Viet export sandals",
                "sector": "det-may",
                "description": (
                    "Dép quai dán điều chỉnh được, đế cao su chống trơn, bán qua các chuỗi đồ dã "
                    "ngoại châu Âu."
                ),
                "description_en": (
                    "Adjustable hook-and-loop sandals with non-slip rubber soles, sold through "
                    "European outdoor chains."
                ),
                "specs": [
                    ["Cỡ", "Sizes", "35–46"],
                    ["Khối lượng", "Weight", "220–280 g"],
                ],
                "rounds": [2022, 2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "jeans-dong-do",
        "name": "Công ty TNHH Jeans Đông Đô",
        "name_en": "Dong Do Jeans Co., Ltd.",
        "short_name": "Đông Đô Jeans",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0104247040",
        "former_district": "Gia Lâm",
        "ward": "Gia Lâm",
        "ward_kind": "xã",
        "address": "Lô 11, cụm công nghiệp Phú Thị, xã Gia Lâm, Hà Nội",
        "website": "https://jeans-dong-do.example",
        "phone": "024 3287 3409",
        "email": "lienhe@jeans-dong-do.example",
        "description": (
            "Xưởng may và giặt hoàn tất hàng denim, đầu tư hệ thống giặt bằng ozone để giảm nước "
            "thải."
        ),
        "description_en": (
            "A denim sewing and finishing plant that uses ozone washing to cut wastewater."
        ),
        "products": [
            {
                "key": "quan-jeans-dong-do",
                "name": "Quần jeans Đông Đô",
                "name_en": "Dong Do jeans",
                "sector": "det-may",
                "description": (
                    "Quần jeans nam nữ vải denim co giãn, hiệu ứng bạc màu tạo bằng laser thay "
                    "cho phun cát."
                ),
                "description_en": (
                    "Men's and women's stretch-denim jeans, faded with lasers instead of "
                    "sandblasting."
                ),
                "specs": [
                    ["Định lượng vải (oz)", "Fabric weight (oz)", "10–14"],
                    ["Cỡ", "Sizes", "26–36"],
                ],
                "rounds": [2019],
                "top10": [],
            },
            {
                "key": "ao-khoac-denim-dong-do",
                "name": "Áo khoác denim Đông Đô",
                "name_en": "Dong Do denim jackets",
                "sector": "det-may",
                "description": (
                    "Áo khoác bò dáng cổ điển, nút đồng không gỉ, giặt enzyme cho mặt vải mềm."
                ),
                "description_en": (
                    "Classic denim jackets with rust-free brass buttons, enzyme-washed for a "
                    "soft hand."
                ),
                "specs": [
                    ["Thành phần", "Composition", "98% cotton, 2% spandex"],
                    ["Cỡ", "Sizes", "S–XXL"],
                ],
                "rounds": [2019],
                "top10": [],
            },
        ],
    },
    {
        "key": "vai-y-te-thien-an",
        "name": "Công ty TNHH Khẩu trang và Vải Y tế Thiên Ân",
        "name_en": "Thien An Masks and Medical Textiles Co., Ltd.",
        "short_name": "Thiên Ân",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0106503395",
        "former_district": "Sơn Tây",
        "ward": "Sơn Tây",
        "ward_kind": "phường",
        "address": "Số 9 đường Chùa Thông, phường Sơn Tây, Hà Nội",
        "website": "https://vai-y-te-thien-an.example",
        "phone": "024 3749 0529",
        "email": "lienhe@vai-y-te-thien-an.example",
        "description": (
            "Doanh nghiệp chuyển hướng kịp thời sang khẩu trang và vải y tế, có phòng sạch đóng "
            "gói đạt chuẩn."
        ),
        "description_en": (
            "A firm that moved quickly into masks and medical textiles, with a certified clean "
            "room for packing."
        ),
        "products": [
            {
                "key": "khau-trang-vai-khang-khuan-thien-an",
                "name": "Khẩu trang vải kháng khuẩn Thiên Ân",
                "name_en": "Thien An antibacterial cloth masks",
                "sector": "det-may",
                "description": (
                    "Khẩu trang ba lớp, lớp ngoài chống giọt bắn, lớp trong xử lý ion bạc, giặt "
                    "được nhiều lần."
                ),
                "description_en": (
                    "Three-layer masks with a splash-resistant outer layer and a silver-ion "
                    "inner layer, washable many times."
                ),
                "specs": [
                    ["Hiệu suất lọc", "Filtration efficiency", "≥ 95%"],
                    ["Số lần giặt", "Wash cycles", "30"],
                ],
                "rounds": [2020],
                "top10": [],
            },
        ],
    },
    {
        "key": "bao-ho-an-toan-viet",
        "name": "Công ty Cổ phần Bảo hộ Lao động An Toàn Việt",
        "name_en": "An Toan Viet Protective Wear JSC",
        "short_name": "An Toàn Việt",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0108627614",
        "former_district": "Phú Xuyên",
        "ward": "Phú Xuyên",
        "ward_kind": "xã",
        "address": "Lô 9, khu công nghiệp Phú Xuyên, xã Phú Xuyên, Hà Nội",
        "website": "https://bao-ho-an-toan-viet.example",
        "phone": "024 3678 3474",
        "email": "lienhe@bao-ho-an-toan-viet.example",
        "description": (
            "Nhà sản xuất quần áo và giày bảo hộ cho công nhân xây dựng, điện lực và dầu khí."
        ),
        "description_en": (
            "Makes protective clothing and safety footwear for construction, power and "
            "oil-and-gas workers."
        ),
        "products": [
            {
                "key": "quan-ao-bao-ho-phan-quang-an-toan-viet",
                "name": "Quần áo bảo hộ phản quang An Toàn Việt",
                "name_en": "An Toan Viet high-visibility workwear",
                "sector": "det-may",
                "description": (
                    "Bộ bảo hộ vải kaki chống cháy lan, dải phản quang may chần, nhìn rõ từ xa "
                    "vào ban đêm."
                ),
                "description_en": (
                    "Flame-retardant drill workwear with sewn-on reflective tape, clearly "
                    "visible at night."
                ),
                "specs": [
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "EN ISO 20471"],
                    ["Thành phần", "Composition", "65% polyester, 35% cotton"],
                    ["Cỡ", "Sizes", "S–4XL"],
                ],
                "rounds": [2020, 2023],
                "top10": [],
            },
            {
                "key": "giay-bao-ho-mui-thep-an-toan-viet",
                "name": "Giày bảo hộ mũi thép An Toàn Việt",
                "name_en": "An Toan Viet steel-toe safety boots",
                "sector": "det-may",
                "description": (
                    "Giày da mũi thép, đế chống đâm xuyên và chống trượt dầu, dùng cho công trường."
                ),
                "description_en": (
                    "Leather boots with a steel toe and puncture- and oil-resistant soles for "
                    "building sites."
                ),
                "specs": [
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "EN ISO 20345 S3"],
                    ["Cỡ", "Sizes", "38–46"],
                ],
                "rounds": [2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "thoi-trang-tre-em-soc-nau",
        "name": "Công ty Cổ phần Thời trang Trẻ em Sóc Nâu",
        "name_en": "Soc Nau Kidswear JSC",
        "short_name": "Sóc Nâu Kids",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105213245",
        "former_district": "Long Biên",
        "ward": "Bồ Đề",
        "ward_kind": "phường",
        "address": "Số 14 phố Nguyễn Sơn, phường Bồ Đề, Hà Nội",
        "website": "https://thoi-trang-tre-em-soc-nau.example",
        "phone": "024 3625 2930",
        "email": "lienhe@thoi-trang-tre-em-soc-nau.example",
        "description": (
            "Doanh nghiệp thiết kế và may quần áo trẻ em, bán qua hệ thống cửa hàng riêng và "
            "xuất khẩu sang Nhật Bản."
        ),
        "description_en": (
            "Designs and sews children's clothing sold in its own stores and exported to Japan."
        ),
        "products": [
            {
                "key": "quan-ao-tre-em-soc-nau",
                "name": "Quần áo trẻ em Sóc Nâu",
                "name_en": "Soc Nau children's clothing",
                "sector": "det-may",
                "description": (
                    "Quần áo cotton hữu cơ cho trẻ 0–10 tuổi, đường may phẳng không cọ xát da."
                ),
                "description_en": (
                    "Organic-cotton clothes for children up to ten, with flat seams that do not "
                    "rub the skin."
                ),
                "specs": [
                    ["Thành phần", "Composition", "100% cotton"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "GOTS, OEKO-TEX 100"],
                ],
                "rounds": [2022],
                "top10": [2022],
            },
            {
                "key": "vay-dam-be-gai-soc-nau",
                "name": "Váy đầm bé gái Sóc Nâu",
                "name_en": "Soc Nau girls' dresses",
                "sector": "det-may",
                "description": (
                    "Váy vải thô và voan in họa tiết do nhóm thiết kế trong nước thực hiện."
                ),
                "description_en": (
                    "Dresses in linen-look cotton and voile printed with patterns drawn by a "
                    "local design team."
                ),
                "specs": [
                    ["Cỡ", "Sizes", "2–12"],
                    ["Định lượng vải", "Fabric weight", "110–140 g/m²"],
                ],
                "rounds": [2022],
                "top10": [],
            },
        ],
    },
    {
        "key": "dong-phuc-nam-ha",
        "name": "Công ty Cổ phần May Đồng phục Nam Hà",
        "name_en": "Nam Ha Uniform JSC",
        "short_name": "Nam Hà",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0109167374",
        "former_district": "Hoàng Mai",
        "ward": "Định Công",
        "ward_kind": "phường",
        "address": "Số 31 phố Định Công, phường Định Công, Hà Nội",
        "website": "https://dong-phuc-nam-ha.example",
        "phone": "024 3213 8131",
        "email": "lienhe@dong-phuc-nam-ha.example",
        "description": (
            "Chuyên may đồng phục cho ngân hàng, hãng hàng không và doanh nghiệp lớn, quản lý số "
            "đo từng nhân viên trên phần mềm."
        ),
        "description_en": (
            "Makes uniforms for banks, airlines and large firms, keeping every employee's "
            "measurements in software."
        ),
        "products": [
            {
                "key": "dong-phuc-cong-so-nam-ha",
                "name": "Đồng phục công sở Nam Hà",
                "name_en": "Nam Ha office uniforms",
                "sector": "det-may",
                "description": (
                    "Áo sơ mi, chân váy và áo vest đồng bộ màu theo nhận diện thương hiệu của "
                    "khách hàng."
                ),
                "description_en": (
                    "Shirts, skirts and jackets colour-matched to each client's brand identity."
                ),
                "specs": [
                    ["Thành phần", "Composition", "65% polyester, 35% viscose"],
                    ["Sản lượng (nghìn bộ/năm)", "Output (thousand sets/year)", "450"],
                ],
                "rounds": [2022],
                "top10": [],
            },
            {
                "key": "bo-vest-nu-nam-ha",
                "name": "Bộ vest nữ Nam Hà",
                "name_en": "Nam Ha women's suits",
                "sector": "det-may",
                "description": (
                    "Vest nữ may đo theo số đo cá nhân, vai dựng mềm, lót vải cupro thoáng."
                ),
                "description_en": (
                    "Made-to-measure women's suits with soft shoulders and breathable cupro lining."
                ),
                "specs": [
                    ["Thành phần", "Composition", "70% polyester, 30% viscose"],
                    ["Cỡ", "Sizes", "XS–XXL"],
                ],
                "rounds": [2022],
                "top10": [],
            },
        ],
    },
    {
        "key": "vai-ky-thuat-song-day",
        "name": "Công ty Cổ phần Vải Kỹ thuật Sông Đáy",
        "name_en": "Song Day Technical Textiles JSC",
        "short_name": "Sông Đáy",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0107380481",
        "former_district": "Chương Mỹ",
        "ward": "Chương Mỹ",
        "ward_kind": "phường",
        "address": "Lô 12, cụm công nghiệp Phụng Châu, phường Chương Mỹ, Hà Nội",
        "website": "https://vai-ky-thuat-song-day.example",
        "phone": "024 3382 9721",
        "email": "lienhe@vai-ky-thuat-song-day.example",
        "description": (
            "Nhà máy vải không dệt kỹ thuật phục vụ công trình giao thông, thủy lợi và bãi chôn "
            "lấp."
        ),
        "description_en": (
            "A nonwoven technical-textile mill serving roads, irrigation works and landfills."
        ),
        "products": [
            {
                "key": "vai-dia-ky-thuat-khong-det-song-day",
                "name": "Vải địa kỹ thuật không dệt Sông Đáy",
                "name_en": "Song Day nonwoven geotextiles",
                "sector": "det-may",
                "description": (
                    "Vải xơ polyester xuyên kim dùng để phân cách, lọc và gia cố nền đất yếu."
                ),
                "description_en": (
                    "Needle-punched polyester geotextiles for separating, filtering and "
                    "reinforcing soft ground."
                ),
                "specs": [
                    ["Cường độ chịu kéo", "Tensile strength", "7–30 kN/m"],
                    ["Khổ rộng", "Width", "4000–6000 mm"],
                ],
                "rounds": [2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "tui-xach-hoa-my",
        "name": "Công ty Cổ phần Túi xách và Ba lô Hòa Mỹ",
        "name_en": "Hoa My Bags and Backpacks JSC",
        "short_name": "Hòa Mỹ",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0108519023",
        "former_district": "Ứng Hòa",
        "ward": "Ứng Hòa",
        "ward_kind": "xã",
        "address": "Lô 4, cụm công nghiệp Cầu Bầu, xã Ứng Hòa, Hà Nội",
        "website": "https://tui-xach-hoa-my.example",
        "phone": "024 3961 7013",
        "email": "lienhe@tui-xach-hoa-my.example",
        "description": (
            "Nhà sản xuất ba lô, túi xách cho các thương hiệu trong nước và xuất khẩu, sử dụng "
            "nhiều lao động nông thôn."
        ),
        "description_en": (
            "Makes backpacks and bags for local and export brands, employing many rural workers."
        ),
        "products": [
            {
                "key": "ba-lo-hoc-sinh-chong-gu-hoa-my",
                "name": "Ba lô học sinh chống gù Hòa Mỹ",
                "name_en": "Hoa My ergonomic school backpacks",
                "sector": "det-may",
                "description": (
                    "Ba lô có tấm lưng định hình và quai đệm chia đều trọng lượng, vải chống "
                    "thấm nước."
                ),
                "description_en": (
                    "Backpacks with a moulded back panel and padded straps that spread the load, "
                    "in water-repellent fabric."
                ),
                "specs": [
                    ["Khối lượng", "Weight", "700–900 g"],
                    ["Dung tích", "Capacity", "18–25 L"],
                ],
                "rounds": [2024],
                "top10": [],
            },
            {
                "key": "tui-du-lich-vai-du-hoa-my",
                "name": "Túi du lịch vải dù Hòa Mỹ",
                "name_en": "Hoa My nylon travel bags",
                "sector": "det-may",
                "description": (
                    "Túi trống gấp gọn, khóa kéo chịu lực và đáy gia cố, dùng cho du lịch và thể "
                    "thao."
                ),
                "description_en": (
                    "Foldable duffel bags with heavy-duty zips and a reinforced base for travel "
                    "and sport."
                ),
                "specs": [
                    ["Dung tích", "Capacity", "35–60 L"],
                    ["Vật liệu", "Material", "Nylon 420D"],
                ],
                "rounds": [2024],
                "top10": [],
            },
        ],
    },
    {
        "key": "do-da-thang-binh",
        "name": "Công ty Cổ phần Đồ da Thăng Bình",
        "name_en": "Thang Binh Leather Goods JSC",
        "short_name": "Thăng Bình",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0108425713",
        "former_district": "Đống Đa",
        "ward": "Kim Liên",
        "ward_kind": "phường",
        "address": "Số 45 phố Phạm Ngọc Thạch, phường Kim Liên, Hà Nội",
        "website": "https://do-da-thang-binh.example",
        "phone": "024 3374 8914",
        "email": "lienhe@do-da-thang-binh.example",
        "description": (
            "Thương hiệu đồ da thủ công kết hợp máy móc hiện đại, cắt da bằng máy CNC và khâu "
            "tay các chi tiết."
        ),
        "description_en": (
            "A leather-goods brand combining modern machines with handwork: CNC-cut hides, "
            "hand-stitched details."
        ),
        "products": [
            {
                "key": "vi-va-that-lung-da-that-thang-binh",
                "name": "Ví và thắt lưng da thật Thăng Bình",
                "name_en": "Thang Binh genuine leather wallets and belts",
                "sector": "det-may",
                "description": (
                    "Ví và thắt lưng da bò thuộc thảo mộc, khóa hợp kim không gây dị ứng."
                ),
                "description_en": (
                    "Wallets and belts in vegetable-tanned cowhide with hypoallergenic alloy "
                    "buckles."
                ),
                "specs": [
                    ["Độ dày da", "Leather thickness", "2 mm"],
                    ["Bảo hành (tháng)", "Warranty (months)", "24"],
                ],
                "rounds": [2024],
                "top10": [],
            },
        ],
    },
    {
        "key": "det-kim-len-tay-phuong",
        "name": "Công ty Cổ phần Dệt kim Len Tây Phương",
        "name_en": "Tay Phuong Knitwear JSC",
        "short_name": "Tây Phương",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0109472829",
        "former_district": "Thạch Thất",
        "ward": "Thạch Thất",
        "ward_kind": "xã",
        "address": "Lô 2, cụm công nghiệp Phùng Xá, xã Thạch Thất, Hà Nội",
        "website": "https://det-kim-len-tay-phuong.example",
        "phone": "024 3379 0754",
        "email": "lienhe@det-kim-len-tay-phuong.example",
        "description": (
            "Xưởng dệt len trên máy dệt phẳng vi tính, chuyên áo len xuất khẩu sang Bắc Âu và "
            "Canada."
        ),
        "description_en": (
            "A knitwear plant on computerised flat machines, specialising in sweaters for "
            "Scandinavia and Canada."
        ),
        "products": [
            {
                "key": "ao-len-det-kim-tay-phuong",
                "name": "Áo len dệt kim Tây Phương",
                "name_en": "Tay Phuong knitted sweaters",
                "sector": "det-may",
                "description": (
                    "Áo len dệt liền không đường may, sợi len merino pha cashmere mềm và giữ ấm "
                    "tốt."
                ),
                "description_en": (
                    "Seamless whole-garment sweaters in merino and cashmere, soft and warm."
                ),
                "specs": [
                    ["Thành phần", "Composition", "80% merino, 20% cashmere"],
                    ["Khổ kim", "Gauge", "7G–14G"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "sua-tan-vien-xanh",
        "name": "Công ty Cổ phần Sữa Tản Viên Xanh",
        "name_en": "Tan Vien Xanh Dairy JSC",
        "short_name": "Tản Viên Xanh",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0100044508",
        "former_district": "Ba Vì",
        "ward": "Ba Vì",
        "ward_kind": "xã",
        "address": "Thôn Yên Khoái, xã Ba Vì, Hà Nội",
        "website": "https://sua-tan-vien-xanh.example",
        "phone": "024 3103 0069",
        "email": "lienhe@sua-tan-vien-xanh.example",
        "description": (
            "Doanh nghiệp chế biến sữa liên kết với hàng trăm hộ nuôi bò dưới chân núi Tản Viên, "
            "thu mua sữa tươi mỗi ngày."
        ),
        "description_en": (
            "A dairy that works with hundreds of cattle farmers at the foot of Mount Tản Viên, "
            "collecting fresh milk every day."
        ),
        "products": [
            {
                "key": "sua-tuoi-thanh-trung-tan-vien-xanh",
                "name": "Sữa tươi thanh trùng Tản Viên Xanh",
                "name_en": "Tan Vien Xanh pasteurised fresh milk",
                "sector": "che-bien",
                "description": (
                    "Sữa bò tươi thanh trùng ở nhiệt độ thấp, đóng chai trong vòng sáu giờ sau "
                    "khi vắt, giữ vị ngọt tự nhiên."
                ),
                "description_en": (
                    "Fresh cow's milk pasteurised at low temperature and bottled within six "
                    "hours of milking, keeping its natural sweetness."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "180 ml, 450 ml, 900 ml"],
                    ["Năng lượng", "Energy", "65 kcal/100 ml"],
                    ["Hạn sử dụng (ngày)", "Shelf life (days)", "10"],
                ],
                "rounds": [2018, 2021, 2024],
                "top10": [],
            },
            {
                "key": "sua-chua-an-tan-vien-xanh",
                "name": "Sữa chua ăn Tản Viên Xanh",
                "name_en": "Tan Vien Xanh set yogurt",
                "sector": "che-bien",
                "description": (
                    "Sữa chua lên men tự nhiên từ sữa tươi nguyên chất, không dùng chất làm đặc."
                ),
                "description_en": (
                    "Yogurt fermented naturally from whole fresh milk, with no thickeners."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "100 g"],
                    ["Hạn sử dụng (ngày)", "Shelf life (days)", "30"],
                ],
                "rounds": [2018, 2021],
                "top10": [],
            },
            {
                "key": "sua-chua-uong-men-song-tan-vien-xanh",
                "name": "Sữa chua uống men sống Tản Viên Xanh",
                "name_en": "Tan Vien Xanh live drinking yogurt",
                "sector": "che-bien",
                "description": (
                    "Sữa chua uống chứa lợi khuẩn còn sống, đóng chai nhỏ tiện mang đến trường "
                    "và nơi làm việc."
                ),
                "description_en": (
                    "Drinking yogurt with live cultures in small bottles for school and work."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "65 ml, 110 ml"],
                    ["Mật độ lợi khuẩn", "Live cultures", "≥ 10⁸ CFU/ml"],
                ],
                "rounds": [2021],
                "top10": [],
            },
        ],
    },
    {
        "key": "thuc-pham-hoa-phong",
        "name": "Công ty Cổ phần Lương thực Thực phẩm Hòa Phong",
        "name_en": "Hoa Phong Foods JSC",
        "short_name": "Hòa Phong",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105424006",
        "former_district": "Hoài Đức",
        "ward": "Hoài Đức",
        "ward_kind": "xã",
        "address": "Số 88 đường Dương Liễu, xã Hoài Đức, Hà Nội",
        "website": "https://thuc-pham-hoa-phong.example",
        "phone": "024 3258 4155",
        "email": "lienhe@thuc-pham-hoa-phong.example",
        "description": (
            "Doanh nghiệp đưa các sản phẩm làng nghề tinh bột, miến, phở của Hoài Đức vào dây "
            "chuyền công nghiệp có kiểm soát an toàn thực phẩm."
        ),
        "description_en": (
            "Brings Hoài Đức's craft-village starch, glass noodles and pho onto industrial lines "
            "with food safety controls."
        ),
        "products": [
            {
                "key": "mien-dong-hoa-phong",
                "name": "Miến dong Hòa Phong",
                "name_en": "Hoa Phong arrowroot glass noodles",
                "sector": "che-bien",
                "description": (
                    "Miến làm từ tinh bột dong riềng nguyên chất, sấy bằng hơi nóng trong nhà "
                    "kín thay vì phơi ngoài trời."
                ),
                "description_en": (
                    "Glass noodles of pure arrowroot starch, dried with hot air indoors instead "
                    "of in the open."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "200 g, 500 g"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "12"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "pho-kho-an-lien-hoa-phong",
                "name": "Phở khô ăn liền Hòa Phong",
                "name_en": "Hoa Phong instant dried pho",
                "sector": "che-bien",
                "description": (
                    "Bánh phở sấy kèm gói nước dùng cô đặc, chỉ cần chần nước sôi ba phút."
                ),
                "description_en": (
                    "Dried pho noodles with a concentrated broth sachet, ready after three "
                    "minutes in boiling water."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "70 g"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "9"],
                    ["Năng lượng", "Energy", "280 kcal"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "nuoc-giai-khat-suoi-ngoc",
        "name": "Công ty Cổ phần Nước giải khát Suối Ngọc",
        "name_en": "Suoi Ngoc Beverages JSC",
        "short_name": "Suối Ngọc",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105690287",
        "former_district": "Sóc Sơn",
        "ward": "Trung Giã",
        "ward_kind": "xã",
        "address": "Thôn Đồi Thông, xã Trung Giã, Hà Nội",
        "website": "https://nuoc-giai-khat-suoi-ngoc.example",
        "phone": "024 3321 1731",
        "email": "lienhe@nuoc-giai-khat-suoi-ngoc.example",
        "description": (
            "Nhà máy đồ uống khai thác nguồn nước ngầm vùng đồi Sóc Sơn, đóng chai trên dây "
            "chuyền vô trùng khép kín."
        ),
        "description_en": (
            "A beverage plant drawing groundwater from the Sóc Sơn hills and bottling on a "
            "closed aseptic line."
        ),
        "products": [
            {
                "key": "nuoc-khoang-thien-nhien-suoi-ngoc",
                "name": "Nước khoáng thiên nhiên Suối Ngọc",
                "name_en": "Suoi Ngoc natural mineral water",
                "sector": "che-bien",
                "description": (
                    "Nước khoáng lọc qua tầng đá ong, giữ nguyên khoáng chất tự nhiên, đóng chai "
                    "PET và bình lớn."
                ),
                "description_en": (
                    "Mineral water filtered through laterite, with its natural minerals intact, "
                    "in PET bottles and large jugs."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "350 ml, 500 ml, 19 L"],
                    ["Độ pH", "pH", "7–8"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "QCVN 6-1:2010/BYT"],
                ],
                "rounds": [2019, 2022],
                "top10": [],
            },
            {
                "key": "tra-thao-moc-dong-chai-suoi-ngoc",
                "name": "Trà thảo mộc đóng chai Suối Ngọc",
                "name_en": "Suoi Ngoc bottled herbal tea",
                "sector": "che-bien",
                "description": (
                    "Đồ uống từ hoa cúc, la hán quả và cam thảo, ít đường, không chất bảo quản."
                ),
                "description_en": (
                    "A drink of chrysanthemum, monk fruit and liquorice, low in sugar and free "
                    "of preservatives."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "330 ml, 450 ml"],
                    ["Năng lượng", "Energy", "18 kcal/100 ml"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "12"],
                ],
                "rounds": [2019, 2022],
                "top10": [],
            },
        ],
    },
    {
        "key": "banh-keo-hong-phuc",
        "name": "Công ty Cổ phần Bánh kẹo Hồng Phúc",
        "name_en": "Hong Phuc Confectionery JSC",
        "short_name": "Hồng Phúc",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0102328583",
        "former_district": "Hoàng Mai",
        "ward": "Vĩnh Hưng",
        "ward_kind": "phường",
        "address": "Số 180 phố Vĩnh Hưng, phường Vĩnh Hưng, Hà Nội",
        "website": "https://banh-keo-hong-phuc.example",
        "phone": "024 3661 4051",
        "email": "lienhe@banh-keo-hong-phuc.example",
        "description": (
            "Nhà sản xuất bánh kẹo có hơn 30 năm hoạt động, nổi tiếng với các hộp bánh quà Tết."
        ),
        "description_en": (
            "A confectioner of more than 30 years' standing, known for its Tết gift tins."
        ),
        "products": [
            {
                "key": "banh-bong-lan-cuon-hong-phuc",
                "name": "Bánh bông lan cuộn Hồng Phúc",
                "name_en": "Hong Phuc Swiss rolls",
                "sector": "che-bien",
                "description": "Bánh bông lan mềm cuộn kem, đóng gói từng chiếc bằng màng ngăn ẩm.",
                "description_en": (
                    "Soft sponge rolls with cream filling, each wrapped in moisture-proof film."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "20 g × 12"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "6"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "banh-quy-bo-hong-phuc",
                "name": "Bánh quy bơ Hồng Phúc",
                "name_en": "Hong Phuc butter cookies",
                "sector": "che-bien",
                "description": (
                    "Bánh quy bơ nướng lò tuynel, đựng hộp thiếc in hoa văn truyền thống."
                ),
                "description_en": (
                    "Butter cookies baked in a tunnel oven and packed in tins printed with "
                    "traditional patterns."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "300 g, 500 g"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "12"],
                ],
                "rounds": [2020],
                "top10": [],
            },
        ],
    },
    {
        "key": "thuc-pham-thanh-dat",
        "name": "Công ty Cổ phần Thực phẩm Thành Đạt",
        "name_en": "Thanh Dat Foods JSC",
        "short_name": "Thành Đạt",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0102346938",
        "former_district": "Mê Linh",
        "ward": "Mê Linh",
        "ward_kind": "xã",
        "address": "Lô 7, cụm công nghiệp Mê Linh, xã Mê Linh, Hà Nội",
        "website": "https://thuc-pham-thanh-dat.example",
        "phone": "024 3297 0764",
        "email": "lienhe@thuc-pham-thanh-dat.example",
        "description": (
            "Doanh nghiệp giết mổ và chế biến thịt theo chuỗi khép kín, từ trang trại liên kết "
            "đến cửa hàng bán lẻ."
        ),
        "description_en": (
            "A meat processor running a closed chain from partner farms to retail shops."
        ),
        "products": [
            {
                "key": "xuc-xich-tiet-trung-thanh-dat",
                "name": "Xúc xích tiệt trùng Thành Đạt",
                "name_en": "Thanh Dat sterilised sausages",
                "sector": "che-bien",
                "description": (
                    "Xúc xích thịt heo và gà tiệt trùng, bảo quản ở nhiệt độ thường, dành cho "
                    "bữa ăn nhanh."
                ),
                "description_en": (
                    "Pork and chicken sausages sterilised for room-temperature storage, made for "
                    "quick meals."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "35 g × 5"],
                    ["Hàm lượng thịt", "Meat content", "≥ 65%"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "6"],
                ],
                "rounds": [2019, 2025],
                "top10": [2025],
            },
            {
                "key": "gio-lua-hut-chan-khong-thanh-dat",
                "name": "Giò lụa hút chân không Thành Đạt",
                "name_en": "Thanh Dat vacuum-packed pork roll",
                "sector": "che-bien",
                "description": (
                    "Giò lụa làm từ thịt nóng giã máy, gói lá chuối và hút chân không, giữ được "
                    "mùi vị cổ truyền."
                ),
                "description_en": (
                    "Traditional pork roll of freshly pounded meat, wrapped in banana leaf and "
                    "vacuum-packed to keep its taste."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "500 g, 1 kg"],
                    ["Nhiệt độ bảo quản", "Storage temperature", "0–4 °C"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "dinh-duong-mam-xanh",
        "name": "Công ty Cổ phần Dinh dưỡng Mầm Xanh",
        "name_en": "Mam Xanh Nutrition JSC",
        "short_name": "Mầm Xanh",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0107776148",
        "former_district": "Nam Từ Liêm",
        "ward": "Tây Mỗ",
        "ward_kind": "phường",
        "address": "Số 3 đường Tây Mỗ, phường Tây Mỗ, Hà Nội",
        "website": "https://dinh-duong-mam-xanh.example",
        "phone": "024 3159 1644",
        "email": "lienhe@dinh-duong-mam-xanh.example",
        "description": (
            "Doanh nghiệp dinh dưỡng phát triển công thức cùng các viện nghiên cứu trong nước, "
            "sản xuất tại nhà máy đạt chuẩn GMP."
        ),
        "description_en": (
            "A nutrition company that develops formulas with Vietnamese research institutes and "
            "produces them in a GMP plant."
        ),
        "products": [
            {
                "key": "sua-bot-tre-em-mam-xanh",
                "name": "Sữa bột trẻ em Mầm Xanh",
                "name_en": "Mam Xanh children's formula milk",
                "sector": "che-bien",
                "description": (
                    "Sữa công thức bổ sung DHA, lợi khuẩn và chất xơ hòa tan, chia theo từng độ "
                    "tuổi."
                ),
                "description_en": (
                    "Formula milk with DHA, probiotics and soluble fibre, in stages by age."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "400 g, 900 g"],
                    ["Năng lượng", "Energy", "460 kcal/100 g"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "24"],
                ],
                "rounds": [2021, 2024],
                "top10": [2024],
            },
            {
                "key": "sua-dinh-duong-nguoi-cao-tuoi-mam-xanh",
                "name": "Sữa dinh dưỡng người cao tuổi Mầm Xanh",
                "name_en": "Mam Xanh nutrition drink for older adults",
                "sector": "che-bien",
                "description": (
                    "Sản phẩm giàu đạm và canxi, ít đường, hỗ trợ xương khớp cho người trên 50 "
                    "tuổi."
                ),
                "description_en": (
                    "High in protein and calcium and low in sugar, supporting bones and joints "
                    "for people over 50."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "400 g, 800 g"],
                    ["Hàm lượng đạm", "Protein", "18 g/100 g"],
                ],
                "rounds": [2021],
                "top10": [],
            },
        ],
    },
    {
        "key": "thuc-an-chan-nuoi-phu-xuan",
        "name": "Công ty Cổ phần Thức ăn Chăn nuôi Phú Xuân",
        "name_en": "Phu Xuan Animal Feed JSC",
        "short_name": "Phú Xuân",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0100096425",
        "former_district": "Thường Tín",
        "ward": "Thường Tín",
        "ward_kind": "xã",
        "address": "Lô 2, cụm công nghiệp Duyên Thái, xã Thường Tín, Hà Nội",
        "website": "https://thuc-an-chan-nuoi-phu-xuan.example",
        "phone": "024 3698 4159",
        "email": "lienhe@thuc-an-chan-nuoi-phu-xuan.example",
        "description": (
            "Nhà máy thức ăn chăn nuôi phục vụ trang trại lợn, gà vùng ven đô, có phòng kiểm "
            "nghiệm nguyên liệu riêng."
        ),
        "description_en": (
            "A feed mill serving pig and poultry farms on the city's edge, with its own "
            "raw-material laboratory."
        ),
        "products": [
            {
                "key": "thuc-an-hon-hop-cho-lon-phu-xuan",
                "name": "Thức ăn hỗn hợp cho lợn Phú Xuân",
                "name_en": "Phu Xuan compound pig feed",
                "sector": "che-bien",
                "description": (
                    "Cám viên theo giai đoạn sinh trưởng, cân đối axit amin giúp giảm lượng đạm "
                    "thải ra môi trường."
                ),
                "description_en": (
                    "Pelleted feed by growth stage, balanced in amino acids to cut the nitrogen "
                    "animals excrete."
                ),
                "specs": [
                    ["Đạm thô", "Crude protein", "15–20%"],
                    ["Quy cách đóng gói", "Pack size", "25 kg"],
                    ["Công suất (tấn/năm)", "Capacity (tonnes/year)", "120 000"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "gia-vi-bep-viet",
        "name": "Công ty Cổ phần Gia vị Bếp Việt",
        "name_en": "Bep Viet Seasonings JSC",
        "short_name": "Bếp Việt",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0107342239",
        "former_district": "Quốc Oai",
        "ward": "Quốc Oai",
        "ward_kind": "xã",
        "address": "Lô 3, cụm công nghiệp Ngọc Liệp, xã Quốc Oai, Hà Nội",
        "website": "https://gia-vi-bep-viet.example",
        "phone": "024 3255 3474",
        "email": "lienhe@gia-vi-bep-viet.example",
        "description": (
            "Nhà sản xuất tương ớt, nước tương và gia vị nêm sẵn từ nguyên liệu trồng theo hợp "
            "đồng với nông dân."
        ),
        "description_en": (
            "Makes chilli sauce, soy sauce and ready-mixed seasonings from crops grown on "
            "contract with farmers."
        ),
        "products": [
            {
                "key": "tuong-ot-bep-viet",
                "name": "Tương ớt Bếp Việt",
                "name_en": "Bep Viet chilli sauce",
                "sector": "che-bien",
                "description": (
                    "Tương ớt xay từ ớt tươi và tỏi, không dùng phẩm màu, vị cay vừa hợp món phở "
                    "và đồ chiên."
                ),
                "description_en": (
                    "Chilli sauce of fresh chillies and garlic with no added colour, medium-hot "
                    "for pho and fried food."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "250 g, 500 g, 2 kg"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "18"],
                ],
                "rounds": [2022],
                "top10": [2022],
            },
            {
                "key": "nuoc-tuong-len-men-bep-viet",
                "name": "Nước tương lên men Bếp Việt",
                "name_en": "Bep Viet brewed soy sauce",
                "sector": "che-bien",
                "description": (
                    "Nước tương ủ từ đậu tương và lúa mì trong sáu tháng, không dùng phương pháp "
                    "thủy phân axit."
                ),
                "description_en": (
                    "Soy sauce brewed from soybeans and wheat for six months, with no acid "
                    "hydrolysis."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "500 ml"],
                    ["Đạm tổng số", "Total nitrogen", "≥ 12 g/L"],
                ],
                "rounds": [2022],
                "top10": [],
            },
        ],
    },
    {
        "key": "gao-dong-bang",
        "name": "Công ty Cổ phần Gạo sạch Đồng Bằng",
        "name_en": "Dong Bang Clean Rice JSC",
        "short_name": "Đồng Bằng",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0108530041",
        "former_district": "Ứng Hòa",
        "ward": "Vân Đình",
        "ward_kind": "xã",
        "address": "Thôn Hòa Nam, xã Vân Đình, Hà Nội",
        "website": "https://gao-dong-bang.example",
        "phone": "024 3818 4395",
        "email": "lienhe@gao-dong-bang.example",
        "description": (
            "Doanh nghiệp liên kết sản xuất lúa chất lượng cao với các hợp tác xã phía nam thành "
            "phố, xay xát và đóng gói tại chỗ."
        ),
        "description_en": (
            "Partners with co-operatives south of the city to grow quality rice, then mills and "
            "packs it on site."
        ),
        "products": [
            {
                "key": "gao-thom-dong-tui-dong-bang",
                "name": "Gạo thơm đóng túi Đồng Bằng",
                "name_en": "Dong Bang bagged fragrant rice",
                "sector": "che-bien",
                "description": (
                    "Gạo thơm canh tác theo quy trình VietGAP, tách màu bằng máy quang học, đóng "
                    "túi hút chân không."
                ),
                "description_en": (
                    "VietGAP-grown fragrant rice, colour-sorted optically and vacuum-bagged."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "2 kg, 5 kg, 10 kg"],
                    ["Độ ẩm", "Moisture", "≤ 14%"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "VietGAP"],
                ],
                "rounds": [2020],
                "top10": [],
            },
        ],
    },
    {
        "key": "thuc-pham-bep-nha",
        "name": "Công ty Cổ phần Thực phẩm Đông lạnh Bếp Nhà",
        "name_en": "Bep Nha Frozen Foods JSC",
        "short_name": "Bếp Nhà",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105121675",
        "former_district": "Thanh Trì",
        "ward": "Thanh Trì",
        "ward_kind": "xã",
        "address": "Lô 10, cụm công nghiệp Thanh Trì, xã Thanh Trì, Hà Nội",
        "website": "https://thuc-pham-bep-nha.example",
        "phone": "024 3852 3751",
        "email": "lienhe@thuc-pham-bep-nha.example",
        "description": (
            "Doanh nghiệp chế biến món ăn Việt đông lạnh cho siêu thị và xuất khẩu sang cộng "
            "đồng người Việt ở nước ngoài."
        ),
        "description_en": (
            "Prepares frozen Vietnamese dishes for supermarkets and for export to Vietnamese "
            "communities abroad."
        ),
        "products": [
            {
                "key": "ha-cao-dong-lanh-bep-nha",
                "name": "Há cảo đông lạnh Bếp Nhà",
                "name_en": "Bep Nha frozen dumplings",
                "sector": "che-bien",
                "description": (
                    "Há cảo nhân tôm thịt gói bằng máy, cấp đông nhanh bằng khí lạnh để giữ vỏ "
                    "không nứt."
                ),
                "description_en": (
                    "Machine-folded shrimp and pork dumplings, blast-frozen so the wrappers stay "
                    "whole."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "500 g"],
                    ["Nhiệt độ bảo quản", "Storage temperature", "≤ -18 °C"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "12"],
                ],
                "rounds": [2023],
                "top10": [],
            },
            {
                "key": "nem-ran-dong-lanh-bep-nha",
                "name": "Nem rán đông lạnh Bếp Nhà",
                "name_en": "Bep Nha frozen spring rolls",
                "sector": "che-bien",
                "description": (
                    "Nem cuốn bánh đa nem truyền thống, chiên sơ rồi cấp đông, chỉ cần chiên lại "
                    "là dùng được."
                ),
                "description_en": (
                    "Spring rolls in traditional rice paper, part-fried and frozen, ready after "
                    "a final fry."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "500 g, 1 kg"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "12"],
                ],
                "rounds": [2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "ca-phe-ho-guom",
        "name": "Công ty Cổ phần Cà phê Rang xay Hồ Gươm",
        "name_en": "Ho Guom Coffee Roasters JSC",
        "short_name": "Cà phê Hồ Gươm",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0108082079",
        "former_district": "Hoàn Kiếm",
        "ward": "Hoàn Kiếm",
        "ward_kind": "phường",
        "address": "Số 14 phố Hàng Bài, phường Hoàn Kiếm, Hà Nội",
        "website": "https://ca-phe-ho-guom.example",
        "phone": "024 3972 0262",
        "email": "lienhe@ca-phe-ho-guom.example",
        "description": (
            "Thương hiệu cà phê rang xay gắn với phong vị Hà Nội, rang tại xưởng ngoại thành và "
            "bán qua chuỗi quán riêng."
        ),
        "description_en": (
            "A coffee brand with a Hà Nội character, roasted at an out-of-town workshop and sold "
            "through its own cafés."
        ),
        "products": [
            {
                "key": "ca-phe-rang-xay-ho-guom",
                "name": "Cà phê rang xay Hồ Gươm",
                "name_en": "Ho Guom roasted ground coffee",
                "sector": "che-bien",
                "description": (
                    "Cà phê Robusta và Arabica Tây Nguyên phối trộn, rang mộc không tẩm bơ hay "
                    "hương liệu."
                ),
                "description_en": (
                    "A Central Highlands blend of Robusta and Arabica, roasted plain with no "
                    "butter or flavouring."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "250 g, 500 g"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "12"],
                ],
                "rounds": [2024],
                "top10": [],
            },
            {
                "key": "ca-phe-hoa-tan-ho-guom",
                "name": "Cà phê hòa tan Hồ Gươm",
                "name_en": "Ho Guom instant coffee",
                "sector": "che-bien",
                "description": (
                    "Cà phê hòa tan sấy lạnh, gói ba trong một và gói cà phê đen không đường."
                ),
                "description_en": (
                    "Freeze-dried instant coffee in three-in-one sachets and unsweetened black "
                    "sticks."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "16 g × 20"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "18"],
                ],
                "rounds": [2024],
                "top10": [],
            },
        ],
    },
    {
        "key": "banh-mi-thu-do",
        "name": "Công ty Cổ phần Bánh mì Công nghiệp Thủ Đô",
        "name_en": "Thu Do Industrial Bakery JSC",
        "short_name": "Bánh mì Thủ Đô",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0108237678",
        "former_district": "Bắc Từ Liêm",
        "ward": "Phú Diễn",
        "ward_kind": "phường",
        "address": "Số 40 đường Phú Diễn, phường Phú Diễn, Hà Nội",
        "website": "https://banh-mi-thu-do.example",
        "phone": "024 3678 8829",
        "email": "lienhe@banh-mi-thu-do.example",
        "description": (
            "Lò bánh công nghiệp cung cấp bánh mì cho trường học, bếp ăn và cửa hàng tiện lợi "
            "mỗi sáng."
        ),
        "description_en": (
            "An industrial bakery delivering bread to schools, canteens and convenience stores "
            "every morning."
        ),
        "products": [
            {
                "key": "banh-mi-goi-dong-tui-thu-do",
                "name": "Bánh mì gối đóng túi Thủ Đô",
                "name_en": "Thu Do packaged sandwich loaves",
                "sector": "che-bien",
                "description": (
                    "Bánh mì gối men tự nhiên, cắt lát sẵn, không dùng chất bảo quản tổng hợp."
                ),
                "description_en": (
                    "Pre-sliced naturally leavened loaves with no synthetic preservatives."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "400 g"],
                    ["Hạn sử dụng (ngày)", "Shelf life (days)", "5"],
                    ["Công suất (nghìn chiếc/ngày)", "Capacity (thousand loaves/day)", "60"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "nong-san-say-phuc-tho",
        "name": "Công ty Cổ phần Nông sản Sấy Phúc Thọ",
        "name_en": "Phuc Tho Dried Produce JSC",
        "short_name": "Nông sản Phúc Thọ",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0106083084",
        "former_district": "Phúc Thọ",
        "ward": "Phúc Thọ",
        "ward_kind": "xã",
        "address": "Thôn Phú Mỹ, xã Phúc Thọ, Hà Nội",
        "website": "https://nong-san-say-phuc-tho.example",
        "phone": "024 3321 6485",
        "email": "lienhe@nong-san-say-phuc-tho.example",
        "description": (
            "Doanh nghiệp sấy trái cây và rau củ của vùng bãi ven sông Hồng, giúp nông dân bán "
            "được giá cao hơn."
        ),
        "description_en": (
            "Dries fruit and vegetables from the Red River floodplain, earning farmers better "
            "prices."
        ),
        "products": [
            {
                "key": "trai-cay-say-deo-phuc-tho",
                "name": "Trái cây sấy dẻo Phúc Thọ",
                "name_en": "Phuc Tho soft-dried fruit",
                "sector": "che-bien",
                "description": (
                    "Bưởi, chuối và ổi sấy dẻo ở nhiệt độ thấp, không đường hóa học, đóng túi zip."
                ),
                "description_en": (
                    "Pomelo, banana and guava dried soft at low temperature with no artificial "
                    "sweetener, in zip bags."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "100 g, 250 g"],
                    ["Độ ẩm", "Moisture", "18–22%"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "9"],
                ],
                "rounds": [2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "son-kim-phong",
        "name": "Công ty Cổ phần Sơn Kim Phong",
        "name_en": "Kim Phong Paint JSC",
        "short_name": "Sơn Kim Phong",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0106513682",
        "former_district": "Sóc Sơn",
        "ward": "Đa Phúc",
        "ward_kind": "xã",
        "address": "Lô 6, cụm công nghiệp Đa Phúc, xã Đa Phúc, Hà Nội",
        "website": "https://son-kim-phong.example",
        "phone": "024 3817 7885",
        "email": "lienhe@son-kim-phong.example",
        "description": (
            "Nhà sản xuất sơn trang trí và chống thấm gốc nước, tự pha màu theo hệ thống máy "
            "tính tại đại lý."
        ),
        "description_en": (
            "Makes water-based decorative paints and waterproofing, tinted by computer at its "
            "dealers."
        ),
        "products": [
            {
                "key": "son-noi-that-goc-nuoc-kim-phong",
                "name": "Sơn nội thất gốc nước Kim Phong",
                "name_en": "Kim Phong water-based interior paint",
                "sector": "hoa-chat",
                "description": (
                    "Sơn nhũ tương acrylic ít mùi, hàm lượng hợp chất hữu cơ bay hơi thấp, lau "
                    "chùi được."
                ),
                "description_en": (
                    "Low-odour acrylic emulsion paint with low VOC content and a washable finish."
                ),
                "specs": [
                    ["Độ phủ lý thuyết", "Theoretical coverage", "10–12 m²/L"],
                    ["VOC", "VOC", "≤ 30 g/L"],
                    ["Quy cách đóng gói", "Pack size", "5 L, 18 L"],
                ],
                "rounds": [2020],
                "top10": [2020],
            },
            {
                "key": "son-chong-tham-dan-hoi-kim-phong",
                "name": "Sơn chống thấm đàn hồi Kim Phong",
                "name_en": "Kim Phong elastic waterproof coating",
                "sector": "hoa-chat",
                "description": (
                    "Lớp phủ gốc polymer co giãn theo vết nứt nhỏ của tường và sàn mái, chịu "
                    "nắng mưa lâu năm."
                ),
                "description_en": (
                    "A polymer coating that stretches over hairline cracks in walls and roofs "
                    "and stands up to years of sun and rain."
                ),
                "specs": [
                    ["Độ giãn dài", "Elongation", "≥ 300%"],
                    ["Độ phủ lý thuyết", "Theoretical coverage", "1–2 m²/kg"],
                ],
                "rounds": [2020],
                "top10": [],
            },
        ],
    },
    {
        "key": "nhua-ky-thuat-hoang-son",
        "name": "Công ty Cổ phần Nhựa Kỹ thuật Hoàng Sơn",
        "name_en": "Hoang Son Engineering Plastics JSC",
        "short_name": "Nhựa Hoàng Sơn",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0100573117",
        "former_district": "Thường Tín",
        "ward": "Thường Tín",
        "ward_kind": "xã",
        "address": "Lô 8, cụm công nghiệp Quất Động, xã Thường Tín, Hà Nội",
        "website": "https://nhua-ky-thuat-hoang-son.example",
        "phone": "024 3590 3755",
        "email": "lienhe@nhua-ky-thuat-hoang-son.example",
        "description": (
            "Nhà sản xuất ống và phụ kiện nhựa cho cấp thoát nước, điện lực và viễn thông."
        ),
        "description_en": (
            "Makes plastic pipes and fittings for water supply, drainage, power and telecoms."
        ),
        "products": [
            {
                "key": "ong-nhua-upvc-va-hdpe-hoang-son",
                "name": "Ống nhựa uPVC và HDPE Hoàng Sơn",
                "name_en": "Hoang Son uPVC and HDPE pipes",
                "sector": "hoa-chat",
                "description": (
                    "Ống nhựa cấp nước chịu áp lực, ép đùn trên dây chuyền điều khiển độ dày "
                    "thành ống tự động."
                ),
                "description_en": (
                    "Pressure pipes for drinking water, extruded on lines with automatic "
                    "wall-thickness control."
                ),
                "specs": [
                    ["Đường kính", "Diameter", "20–800 mm"],
                    ["Áp lực danh nghĩa", "Pressure rating", "PN6–PN20"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "ISO 1452, ISO 4427"],
                ],
                "rounds": [2018, 2021, 2024],
                "top10": [2024],
            },
            {
                "key": "ong-nhua-ppr-chiu-nhiet-hoang-son",
                "name": "Ống nhựa PPR chịu nhiệt Hoàng Sơn",
                "name_en": "Hoang Son heat-resistant PPR pipes",
                "sector": "hoa-chat",
                "description": (
                    "Ống dẫn nước nóng lạnh hàn nhiệt, không gỉ sét và không bám cặn trong nhà ở."
                ),
                "description_en": (
                    "Heat-welded hot- and cold-water pipes for homes that never rust or scale."
                ),
                "specs": [
                    ["Đường kính", "Diameter", "20–110 mm"],
                    ["Nhiệt độ làm việc", "Operating temperature", "≤ 95 °C"],
                ],
                "rounds": [2018, 2024],
                "top10": [],
            },
        ],
    },
    {
        "key": "yuanfeng-viet-nam",
        "name": "Công ty TNHH Nhựa Kỹ thuật Yuanfeng Việt Nam",
        "name_en": "Yuanfeng Engineering Plastics Vietnam Co., Ltd.",
        "short_name": "Yuanfeng",
        "illustrative": True,
        "fdi": True,
        "tax_code": "0104523597",
        "former_district": "Mê Linh",
        "ward": "Quang Minh",
        "ward_kind": "xã",
        "address": "Lô 32, khu công nghiệp Quang Minh, xã Quang Minh, Hà Nội",
        "website": "https://yuanfeng-viet-nam.example",
        "phone": "024 3512 6775",
        "email": "lienhe@yuanfeng-viet-nam.example",
        "description": (
            "Doanh nghiệp vốn Đài Loan sản xuất bao bì nhựa in ống đồng và phôi chai cho ngành "
            "thực phẩm, đồ uống."
        ),
        "description_en": (
            "A Taiwanese-owned maker of gravure-printed plastic packaging and bottle preforms "
            "for food and drink."
        ),
        "products": [
            {
                "key": "mang-bao-bi-in-ong-dong-yuanfeng",
                "name": "Màng bao bì in ống đồng Yuanfeng",
                "name_en": "Yuanfeng gravure-printed packaging film",
                "sector": "hoa-chat",
                "description": (
                    "Màng ghép nhiều lớp in tới mười màu, dùng cho bao bì mì ăn liền, bánh kẹo "
                    "và cà phê."
                ),
                "description_en": (
                    "Laminated films printed in up to ten colours for noodle, confectionery and "
                    "coffee packs."
                ),
                "specs": [
                    ["Vật liệu", "Material", "BOPP, PET, CPP, AL"],
                    ["Số màu in", "Print colours", "≤ 10"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "phoi-chai-pet-yuanfeng",
                "name": "Phôi chai PET Yuanfeng",
                "name_en": "Yuanfeng PET preforms",
                "sector": "hoa-chat",
                "description": (
                    "Phôi chai ép phun nhiều lòng khuôn, cổ chai chính xác cho dây chuyền thổi "
                    "tốc độ cao."
                ),
                "description_en": (
                    "Multi-cavity injection-moulded preforms with precise necks for high-speed "
                    "blowing lines."
                ),
                "specs": [
                    ["Khối lượng", "Weight", "12–48 g"],
                    ["Chuẩn cổ chai", "Neck finish", "PCO 1881, 38 mm"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "duoc-pham-thien-phuc",
        "name": "Công ty Cổ phần Dược phẩm Thiên Phúc",
        "name_en": "Thien Phuc Pharmaceutical JSC",
        "short_name": "Dược Thiên Phúc",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105544423",
        "former_district": "Long Biên",
        "ward": "Long Biên",
        "ward_kind": "phường",
        "address": "Lô 12, khu công nghiệp Sài Đồng B, phường Long Biên, Hà Nội",
        "website": "https://duoc-pham-thien-phuc.example",
        "phone": "024 3396 6907",
        "email": "lienhe@duoc-pham-thien-phuc.example",
        "description": (
            "Nhà máy dược đạt chuẩn GMP-WHO sản xuất thuốc generic thiết yếu cho bệnh viện và "
            "nhà thuốc."
        ),
        "description_en": (
            "A WHO-GMP pharmaceutical plant making essential generic medicines for hospitals and "
            "pharmacies."
        ),
        "products": [
            {
                "key": "vien-nen-khang-sinh-thien-phuc",
                "name": "Viên nén kháng sinh Thiên Phúc",
                "name_en": "Thien Phuc antibiotic tablets",
                "sector": "hoa-chat",
                "description": (
                    "Thuốc kháng sinh dạng viên nén bao phim, đóng vỉ nhôm – nhôm chống ẩm."
                ),
                "description_en": (
                    "Film-coated antibiotic tablets in moisture-proof alu–alu blisters."
                ),
                "specs": [
                    ["Hàm lượng hoạt chất", "Active ingredient", "Amoxicillin 500 mg"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "36"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "GMP-WHO"],
                ],
                "rounds": [2021],
                "top10": [],
            },
            {
                "key": "si-ro-ho-thao-duoc-thien-phuc",
                "name": "Si-rô ho thảo dược Thiên Phúc",
                "name_en": "Thien Phuc herbal cough syrup",
                "sector": "hoa-chat",
                "description": "Si-rô từ húng chanh, tỳ bà diệp và mật ong, dùng được cho trẻ nhỏ.",
                "description_en": (
                    "Syrup of Indian borage, loquat leaf and honey, suitable for young children."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "100 ml"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "24"],
                ],
                "rounds": [2021],
                "top10": [],
            },
        ],
    },
    {
        "key": "duoc-lieu-huong-son",
        "name": "Công ty Cổ phần Dược liệu Hương Sơn",
        "name_en": "Huong Son Herbal Medicine JSC",
        "short_name": "Dược liệu Hương Sơn",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0101246602",
        "former_district": "Mỹ Đức",
        "ward": "Hương Sơn",
        "ward_kind": "xã",
        "address": "Thôn Yến Vĩ, xã Hương Sơn, Hà Nội",
        "website": "https://duoc-lieu-huong-son.example",
        "phone": "024 3923 4174",
        "email": "lienhe@duoc-lieu-huong-son.example",
        "description": (
            "Doanh nghiệp trồng và chế biến dược liệu theo chuẩn GACP trên vùng đồi núi đá vôi "
            "Mỹ Đức."
        ),
        "description_en": (
            "Grows and processes medicinal herbs to GACP standards on the limestone hills of Mỹ "
            "Đức."
        ),
        "products": [
            {
                "key": "vien-nang-thao-duoc-bo-gan-huong-son",
                "name": "Viên nang thảo dược bổ gan Hương Sơn",
                "name_en": "Huong Son herbal liver-support capsules",
                "sector": "hoa-chat",
                "description": (
                    "Viên nang chiết xuất cà gai leo và diệp hạ châu từ vùng trồng của doanh "
                    "nghiệp."
                ),
                "description_en": (
                    "Capsules of Solanum procumbens and Phyllanthus extracts from the company's "
                    "own fields."
                ),
                "specs": [
                    ["Khối lượng viên", "Capsule weight", "500 mg"],
                    ["Số viên mỗi hộp", "Capsules per box", "60"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "GMP"],
                ],
                "rounds": [2019, 2022, 2025],
                "top10": [2025],
            },
            {
                "key": "tra-tui-loc-thao-moc-huong-son",
                "name": "Trà túi lọc thảo mộc Hương Sơn",
                "name_en": "Huong Son herbal tea bags",
                "sector": "che-bien",
                "description": "Trà túi lọc từ lá vối, hoa cúc và cỏ ngọt phơi sấy tại vùng trồng.",
                "description_en": (
                    "Tea bags of water-myrtle leaf, chrysanthemum and stevia dried where they "
                    "are grown."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "2 g × 25"],
                    ["Hạn sử dụng (tháng)", "Shelf life (months)", "24"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "hoa-my-pham-ngoc-lan",
        "name": "Công ty Cổ phần Hóa mỹ phẩm Ngọc Lan",
        "name_en": "Ngoc Lan Household Chemicals JSC",
        "short_name": "Ngọc Lan",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0104333155",
        "former_district": "Đông Anh",
        "ward": "Phúc Thịnh",
        "ward_kind": "xã",
        "address": "Lô 4, cụm công nghiệp Phúc Thịnh, xã Phúc Thịnh, Hà Nội",
        "website": "https://hoa-my-pham-ngoc-lan.example",
        "phone": "024 3712 0455",
        "email": "lienhe@hoa-my-pham-ngoc-lan.example",
        "description": (
            "Nhà sản xuất chất tẩy rửa gia dụng dùng hoạt chất phân hủy sinh học, bán qua chợ và "
            "siêu thị miền Bắc."
        ),
        "description_en": (
            "Makes household cleaners with biodegradable surfactants, sold in markets and "
            "supermarkets across the north."
        ),
        "products": [
            {
                "key": "nuoc-rua-chen-ngoc-lan",
                "name": "Nước rửa chén Ngọc Lan",
                "name_en": "Ngoc Lan dishwashing liquid",
                "sector": "hoa-chat",
                "description": (
                    "Nước rửa chén chiết xuất chanh và trà xanh, pH trung tính, không làm khô da "
                    "tay."
                ),
                "description_en": (
                    "Lemon and green-tea dishwashing liquid with neutral pH that is kind to hands."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "400 ml, 750 ml"],
                    ["Độ pH", "pH", "6–8"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "nuoc-giat-dam-dac-ngoc-lan",
                "name": "Nước giặt đậm đặc Ngọc Lan",
                "name_en": "Ngoc Lan concentrated laundry liquid",
                "sector": "hoa-chat",
                "description": (
                    "Nước giặt có enzyme đánh bay vết bẩn ở nhiệt độ thường, dùng cho cả máy cửa "
                    "trước và cửa trên."
                ),
                "description_en": (
                    "An enzyme laundry liquid that lifts stains in cold water, for front- and "
                    "top-loading machines."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "2 kg, 4 kg"],
                    ["Chất hoạt động bề mặt", "Surfactants", "≥ 20%"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "cao-su-ky-thuat-dong-duong",
        "name": "Công ty Cổ phần Cao su Kỹ thuật Đông Dương",
        "name_en": "Dong Duong Technical Rubber JSC",
        "short_name": "Cao su Đông Dương",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0107866867",
        "former_district": "Chương Mỹ",
        "ward": "Xuân Mai",
        "ward_kind": "xã",
        "address": "Lô 8, cụm công nghiệp Thủy Xuân Tiên, xã Xuân Mai, Hà Nội",
        "website": "https://cao-su-ky-thuat-dong-duong.example",
        "phone": "024 3701 5893",
        "email": "lienhe@cao-su-ky-thuat-dong-duong.example",
        "description": (
            "Nhà sản xuất sản phẩm cao su kỹ thuật cho ngành cơ khí, khai khoáng và xây dựng."
        ),
        "description_en": (
            "Makes technical rubber products for engineering, mining and construction."
        ),
        "products": [
            {
                "key": "gioang-phot-cao-su-ky-thuat-dong-duong",
                "name": "Gioăng phớt cao su kỹ thuật Đông Dương",
                "name_en": "Dong Duong technical rubber seals",
                "sector": "hoa-chat",
                "description": (
                    "Gioăng và phớt làm kín bằng cao su NBR, EPDM, silicone cho bơm, van và xi "
                    "lanh thủy lực."
                ),
                "description_en": (
                    "NBR, EPDM and silicone seals for pumps, valves and hydraulic cylinders."
                ),
                "specs": [
                    ["Độ cứng", "Hardness", "50–90 Shore A"],
                    ["Nhiệt độ làm việc", "Operating temperature", "-40 – +200 °C"],
                ],
                "rounds": [2023],
                "top10": [],
            },
            {
                "key": "bang-tai-cao-su-loi-vai-dong-duong",
                "name": "Băng tải cao su lõi vải Đông Dương",
                "name_en": "Dong Duong fabric-core rubber conveyor belts",
                "sector": "hoa-chat",
                "description": (
                    "Băng tải nhiều lớp bố polyester – nylon, lớp phủ chịu mài mòn cho mỏ đá và "
                    "nhà máy xi măng."
                ),
                "description_en": (
                    "Multi-ply polyester–nylon belts with an abrasion-resistant cover for "
                    "quarries and cement works."
                ),
                "specs": [
                    ["Khổ rộng", "Width", "500–2000 mm"],
                    ["Số lớp bố", "Plies", "3–6"],
                ],
                "rounds": [2023],
                "top10": [],
            },
            {
                "key": "goi-cau-cao-su-dong-duong",
                "name": "Gối cầu cao su Đông Dương",
                "name_en": "Dong Duong elastomeric bridge bearings",
                "sector": "hoa-chat",
                "description": (
                    "Gối cầu cao su cốt bản thép đỡ dầm cầu, hấp thụ dao động và giãn nở nhiệt."
                ),
                "description_en": (
                    "Steel-laminated elastomeric bearings that carry bridge girders and absorb "
                    "movement and thermal expansion."
                ),
                "specs": [
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "TCVN 11823, AASHTO M251"],
                    ["Tải trọng", "Load capacity", "500–5000 kN"],
                ],
                "rounds": [2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "nhua-gia-dung-an-lac",
        "name": "Công ty Cổ phần Nhựa Gia dụng An Lạc",
        "name_en": "An Lac Household Plastics JSC",
        "short_name": "Nhựa An Lạc",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0100212625",
        "former_district": "Hà Đông",
        "ward": "Yên Nghĩa",
        "ward_kind": "phường",
        "address": "Lô 18, cụm công nghiệp Yên Nghĩa, phường Yên Nghĩa, Hà Nội",
        "website": "https://nhua-gia-dung-an-lac.example",
        "phone": "024 3493 1099",
        "email": "lienhe@nhua-gia-dung-an-lac.example",
        "description": (
            "Nhà sản xuất đồ nhựa gia dụng dùng nhựa nguyên sinh an toàn thực phẩm, có dây "
            "chuyền tái chế phế phẩm nội bộ."
        ),
        "description_en": (
            "Makes household plastics in food-safe virgin resin and recycles its own scrap in "
            "house."
        ),
        "products": [
            {
                "key": "hop-nhua-dung-thuc-pham-an-lac",
                "name": "Hộp nhựa đựng thực phẩm An Lạc",
                "name_en": "An Lac food storage boxes",
                "sector": "hoa-chat",
                "description": (
                    "Hộp nhựa PP nắp gài bốn cạnh kín hơi, dùng được trong lò vi sóng và tủ đông."
                ),
                "description_en": (
                    "PP boxes with four-clip airtight lids, safe in microwaves and freezers."
                ),
                "specs": [
                    ["Vật liệu", "Material", "PP"],
                    ["Dung tích", "Capacity", "300–5000 ml"],
                    ["Nhiệt độ làm việc", "Operating temperature", "-20 – +120 °C"],
                ],
                "rounds": [2019],
                "top10": [],
            },
            {
                "key": "ghe-nhua-duc-an-lac",
                "name": "Ghế nhựa đúc An Lạc",
                "name_en": "An Lac moulded plastic chairs",
                "sector": "hoa-chat",
                "description": (
                    "Ghế nhựa đúc nguyên khối có gân chịu lực, xếp chồng gọn cho quán ăn và hội "
                    "trường."
                ),
                "description_en": (
                    "One-piece ribbed plastic chairs that stack neatly for eateries and halls."
                ),
                "specs": [
                    ["Tải trọng", "Load capacity", "150 kg"],
                    ["Khối lượng", "Weight", "1800–2500 g"],
                ],
                "rounds": [2019],
                "top10": [],
            },
            {
                "key": "pallet-nhua-hdpe-an-lac",
                "name": "Pallet nhựa HDPE An Lạc",
                "name_en": "An Lac HDPE plastic pallets",
                "sector": "hoa-chat",
                "description": (
                    "Pallet nhựa đúc một khối chịu tải nặng, không mối mọt, dùng cho kho lạnh và "
                    "nhà máy thực phẩm."
                ),
                "description_en": (
                    "One-piece moulded pallets for heavy loads that never rot, used in cold "
                    "stores and food plants."
                ),
                "specs": [
                    ["Kích thước", "Dimensions", "1200 × 1000 mm"],
                    ["Tải trọng tĩnh", "Static load", "4 t"],
                    ["Vật liệu", "Material", "HDPE"],
                ],
                "rounds": [2020],
                "top10": [],
            },
        ],
    },
    {
        "key": "vat-tu-y-te-hong-an",
        "name": "Công ty Cổ phần Vật tư Y tế Hồng Ân",
        "name_en": "Hong An Medical Supplies JSC",
        "short_name": "Hồng Ân",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0106786104",
        "former_district": "Mê Linh",
        "ward": "Yên Lãng",
        "ward_kind": "xã",
        "address": "Lô 5, cụm công nghiệp Yên Lãng, xã Yên Lãng, Hà Nội",
        "website": "https://vat-tu-y-te-hong-an.example",
        "phone": "024 3607 5090",
        "email": "lienhe@vat-tu-y-te-hong-an.example",
        "description": (
            "Nhà sản xuất vật tư y tế tiêu hao bằng nhựa y tế, tiệt trùng bằng khí EO trong nhà "
            "máy phòng sạch."
        ),
        "description_en": (
            "Makes single-use medical supplies in medical-grade plastic, EO-sterilised in a "
            "clean-room plant."
        ),
        "products": [
            {
                "key": "bom-kim-tiem-dung-mot-lan-hong-an",
                "name": "Bơm kim tiêm dùng một lần Hồng Ân",
                "name_en": "Hong An disposable syringes",
                "sector": "hoa-chat",
                "description": (
                    "Bơm tiêm ba thành phần, kim thép không gỉ vát ba mặt, tiệt trùng và đóng "
                    "gói từng chiếc."
                ),
                "description_en": (
                    "Three-part syringes with tri-bevel stainless needles, sterilised and packed "
                    "singly."
                ),
                "specs": [
                    ["Dung tích", "Capacity", "1–50 ml"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "ISO 7886-1, ISO 13485"],
                ],
                "rounds": [2022],
                "top10": [2022],
            },
            {
                "key": "bo-day-truyen-dich-hong-an",
                "name": "Bộ dây truyền dịch Hồng Ân",
                "name_en": "Hong An IV infusion sets",
                "sector": "hoa-chat",
                "description": (
                    "Dây truyền dịch có bầu nhỏ giọt và khóa điều chỉnh lưu lượng, màng lọc khí "
                    "chống nhiễm khuẩn."
                ),
                "description_en": (
                    "Infusion sets with drip chamber, flow regulator and a bacteria-retentive "
                    "air filter."
                ),
                "specs": [
                    ["Chiều dài dây", "Tube length", "1500 mm"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "ISO 8536-4"],
                ],
                "rounds": [2022],
                "top10": [],
            },
        ],
    },
    {
        "key": "composite-ha-bac",
        "name": "Công ty Cổ phần Composite Hà Bắc",
        "name_en": "Ha Bac Composite JSC",
        "short_name": "Composite Hà Bắc",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0108303391",
        "former_district": "Sóc Sơn",
        "ward": "Kim Anh",
        "ward_kind": "xã",
        "address": "Lô 9, cụm công nghiệp Kim Anh, xã Kim Anh, Hà Nội",
        "website": "https://composite-ha-bac.example",
        "phone": "024 3990 7339",
        "email": "lienhe@composite-ha-bac.example",
        "description": (
            "Doanh nghiệp chế tạo sản phẩm nhựa cốt sợi thủy tinh cho xử lý nước, hóa chất và "
            "xây dựng."
        ),
        "description_en": (
            "Builds glass-fibre-reinforced plastic products for water treatment, chemicals and "
            "construction."
        ),
        "products": [
            {
                "key": "bon-chua-composite-frp-ha-bac",
                "name": "Bồn chứa composite FRP Hà Bắc",
                "name_en": "Ha Bac FRP storage tanks",
                "sector": "hoa-chat",
                "description": (
                    "Bồn quấn sợi thủy tinh chứa hóa chất và nước thải, không gỉ, nhẹ hơn bồn "
                    "thép nhiều lần."
                ),
                "description_en": (
                    "Filament-wound tanks for chemicals and wastewater that never rust and weigh "
                    "a fraction of steel tanks."
                ),
                "specs": [
                    ["Dung tích", "Capacity", "1–100 m³"],
                    ["Nhiệt độ làm việc", "Operating temperature", "≤ 80 °C"],
                ],
                "rounds": [2024],
                "top10": [],
            },
            {
                "key": "tam-lop-composite-lay-sang-ha-bac",
                "name": "Tấm lợp composite lấy sáng Hà Bắc",
                "name_en": "Ha Bac translucent composite roofing sheets",
                "sector": "hoa-chat",
                "description": (
                    "Tấm lợp trong mờ chống tia UV, lắp xen với tôn để lấy ánh sáng tự nhiên cho "
                    "nhà xưởng."
                ),
                "description_en": (
                    "UV-stable translucent sheets laid among steel roofing to bring daylight "
                    "into factories."
                ),
                "specs": [
                    ["Độ dày", "Thickness", "1–3 mm"],
                    ["Độ truyền sáng", "Light transmission", "≥ 80%"],
                ],
                "rounds": [2024],
                "top10": [],
            },
        ],
    },
    {
        "key": "phan-bon-huu-co-song-tich",
        "name": "Công ty Cổ phần Phân bón Hữu cơ Sông Tích",
        "name_en": "Song Tich Organic Fertiliser JSC",
        "short_name": "Sông Tích",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0107551200",
        "former_district": "Sơn Tây",
        "ward": "Sơn Tây",
        "ward_kind": "phường",
        "address": "Số 25 đường Xuân Khanh, phường Sơn Tây, Hà Nội",
        "website": "https://phan-bon-huu-co-song-tich.example",
        "phone": "024 3302 2764",
        "email": "lienhe@phan-bon-huu-co-song-tich.example",
        "description": (
            "Doanh nghiệp biến phụ phẩm chăn nuôi và nông nghiệp thành phân bón hữu cơ vi sinh."
        ),
        "description_en": "Turns livestock and crop residues into microbial organic fertiliser.",
        "products": [
            {
                "key": "phan-bon-huu-co-vi-sinh-song-tich",
                "name": "Phân bón hữu cơ vi sinh Sông Tích",
                "name_en": "Song Tich microbial organic fertiliser",
                "sector": "hoa-chat",
                "description": (
                    "Phân ủ từ phân bò, bã nấm và chế phẩm vi sinh, cải tạo đất bạc màu cho rau "
                    "và cây ăn quả."
                ),
                "description_en": (
                    "Compost of cattle manure, spent mushroom substrate and microbes that "
                    "revives tired soil for vegetables and fruit trees."
                ),
                "specs": [
                    ["Hữu cơ", "Organic matter", "≥ 20%"],
                    ["Quy cách đóng gói", "Pack size", "25 kg, 50 kg"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "my-pham-la-xanh",
        "name": "Công ty Cổ phần Mỹ phẩm Thiên nhiên Lá Xanh",
        "name_en": "La Xanh Natural Cosmetics JSC",
        "short_name": "Lá Xanh",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0107396019",
        "former_district": "Ba Đình",
        "ward": "Ba Đình",
        "ward_kind": "phường",
        "address": "Số 8 phố Phan Đình Phùng, phường Ba Đình, Hà Nội",
        "website": "https://my-pham-la-xanh.example",
        "phone": "024 3686 7060",
        "email": "lienhe@my-pham-la-xanh.example",
        "description": (
            "Thương hiệu mỹ phẩm từ nguyên liệu thảo mộc Việt, gia công tại nhà máy đạt chuẩn "
            "CGMP-ASEAN."
        ),
        "description_en": (
            "A cosmetics brand built on Vietnamese botanicals, made in a CGMP-ASEAN certified "
            "plant."
        ),
        "products": [
            {
                "key": "dau-goi-bo-ket-la-xanh",
                "name": "Dầu gội bồ kết Lá Xanh",
                "name_en": "La Xanh soap-berry shampoo",
                "sector": "hoa-chat",
                "description": "Dầu gội từ quả bồ kết, vỏ bưởi và hương nhu, không chứa sulfate.",
                "description_en": (
                    "Shampoo of honey-locust pods, pomelo peel and holy basil, free of sulfates."
                ),
                "specs": [
                    ["Quy cách đóng gói", "Pack size", "300 ml, 500 ml"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "CGMP-ASEAN"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "aoba-viet-nam",
        "name": "Công ty TNHH Thiết bị Vệ sinh Aoba Việt Nam",
        "name_en": "Aoba Sanitary Ware Vietnam Co., Ltd.",
        "short_name": "Aoba",
        "illustrative": True,
        "fdi": True,
        "tax_code": "0104195346",
        "former_district": "Long Biên",
        "ward": "Long Biên",
        "ward_kind": "phường",
        "address": "Lô 8, khu công nghiệp Sài Đồng B, phường Long Biên, Hà Nội",
        "website": "https://aoba-viet-nam.example",
        "phone": "024 3632 2949",
        "email": "lienhe@aoba-viet-nam.example",
        "description": (
            "Doanh nghiệp vốn Nhật Bản sản xuất sứ vệ sinh và sen vòi, nung sứ bằng lò tuynel "
            "dùng khí hóa lỏng."
        ),
        "description_en": (
            "A Japanese-owned maker of sanitary ceramics and taps, firing its ware in LPG tunnel "
            "kilns."
        ),
        "products": [
            {
                "key": "su-ve-sinh-aoba",
                "name": "Sứ vệ sinh Aoba",
                "name_en": "Aoba sanitary ceramics",
                "sector": "vat-lieu",
                "description": (
                    "Bồn cầu, chậu rửa và tiểu nam men chống bám bẩn, xả xoáy tiết kiệm nước."
                ),
                "description_en": (
                    "Toilets, basins and urinals with a dirt-repellent glaze and a water-saving "
                    "swirl flush."
                ),
                "specs": [
                    ["Lượng nước xả", "Flush volume", "4 L"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "TCVN 6073, ISO 9001"],
                ],
                "rounds": [2020, 2023],
                "top10": [2020, 2023],
            },
            {
                "key": "sen-voi-va-chau-rua-aoba",
                "name": "Sen vòi và chậu rửa Aoba",
                "name_en": "Aoba taps, showers and washbasins",
                "sector": "vat-lieu",
                "description": (
                    "Vòi chậu, vòi sen thân đồng mạ crôm niken và chậu rửa sứ đồng bộ, lõi van "
                    "gốm bền hơn nửa triệu lần đóng mở."
                ),
                "description_en": (
                    "Chrome-nickel brass taps and showers with matching ceramic basins, their "
                    "ceramic cartridges rated for half a million operations."
                ),
                "specs": [
                    ["Mác đồng thân vòi", "Body brass grade", "C3604"],
                    ["Áp suất làm việc", "Working pressure", "50–750 kPa"],
                    ["Lưu lượng", "Flow rate", "6 L/min"],
                ],
                "rounds": [2020, 2023],
                "top10": [2020],
            },
        ],
    },
    {
        "key": "go-cong-nghiep-tan-linh",
        "name": "Công ty Cổ phần Gỗ Công nghiệp Tản Lĩnh",
        "name_en": "Tan Linh Engineered Wood JSC",
        "short_name": "Tản Lĩnh",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105976487",
        "former_district": "Ba Vì",
        "ward": "Ba Vì",
        "ward_kind": "xã",
        "address": "Lô 2, cụm công nghiệp Cam Thượng, xã Ba Vì, Hà Nội",
        "website": "https://go-cong-nghiep-tan-linh.example",
        "phone": "024 3474 1342",
        "email": "lienhe@go-cong-nghiep-tan-linh.example",
        "description": "Nhà máy ván sợi dùng gỗ rừng trồng của nông dân vùng bán sơn địa Ba Vì.",
        "description_en": (
            "A fibreboard mill using plantation timber from farmers in Ba Vì's foothills."
        ),
        "products": [
            {
                "key": "van-soi-cung-hdf-tan-linh",
                "name": "Ván sợi cứng HDF Tản Lĩnh",
                "name_en": "Tan Linh high-density fibreboard",
                "sector": "vat-lieu",
                "description": (
                    "Ván sợi mật độ cao ép nóng liên tục, bề mặt phẳng mịn làm cốt sàn gỗ và cửa."
                ),
                "description_en": (
                    "Continuous-press high-density fibreboard with a smooth face, used as a core "
                    "for floors and doors."
                ),
                "specs": [
                    ["Độ dày", "Thickness", "3–18 mm"],
                    ["Tỷ trọng", "Density", "850–950 kg/m³"],
                    ["Phát thải formaldehyde", "Formaldehyde class", "E1"],
                ],
                "rounds": [2020],
                "top10": [],
            },
        ],
    },
    {
        "key": "vat-lieu-xanh-minh-phu",
        "name": "Công ty Cổ phần Vật liệu Xây dựng Xanh Minh Phú",
        "name_en": "Minh Phu Green Building Materials JSC",
        "short_name": "Minh Phú",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0101107528",
        "former_district": "Sóc Sơn",
        "ward": "Sóc Sơn",
        "ward_kind": "xã",
        "address": "Lô 15, cụm công nghiệp Minh Phú, xã Sóc Sơn, Hà Nội",
        "website": "https://vat-lieu-xanh-minh-phu.example",
        "phone": "024 3117 9611",
        "email": "lienhe@vat-lieu-xanh-minh-phu.example",
        "description": (
            "Doanh nghiệp vật liệu không nung và cấu kiện bê tông đúc sẵn, dùng tro bay và xỉ từ "
            "nhà máy nhiệt điện làm nguyên liệu."
        ),
        "description_en": (
            "Makes unfired building materials and precast concrete, using fly ash and slag from "
            "power stations."
        ),
        "products": [
            {
                "key": "gach-be-tong-khi-chung-ap-minh-phu",
                "name": "Gạch bê tông khí chưng áp Minh Phú",
                "name_en": "Minh Phu autoclaved aerated concrete blocks",
                "sector": "vat-lieu",
                "description": (
                    "Gạch nhẹ bằng một phần ba gạch đất nung, cách âm cách nhiệt tốt, thi công "
                    "bằng vữa mỏng."
                ),
                "description_en": (
                    "Blocks a third the weight of fired clay, insulating against heat and noise, "
                    "laid with thin-bed mortar."
                ),
                "specs": [
                    ["Tỷ trọng", "Density", "550–700 kg/m³"],
                    ["Độ bền nén", "Compressive strength", "≥ 3 MPa"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "TCVN 7959"],
                ],
                "rounds": [2018, 2021, 2024],
                "top10": [],
            },
            {
                "key": "vua-kho-tron-san-minh-phu",
                "name": "Vữa khô trộn sẵn Minh Phú",
                "name_en": "Minh Phu dry-mix mortar",
                "sector": "vat-lieu",
                "description": (
                    "Vữa xây, trát và keo dán gạch đóng bao, chỉ cần trộn nước tại công trường."
                ),
                "description_en": (
                    "Bagged masonry, plaster and tile-adhesive mortars that need only water on "
                    "site."
                ),
                "specs": [
                    ["Độ bền nén", "Compressive strength", "5–15 MPa"],
                    ["Quy cách đóng gói", "Pack size", "25 kg, 40 kg"],
                ],
                "rounds": [2024],
                "top10": [],
            },
            {
                "key": "coc-be-tong-ly-tam-ung-suat-truoc-minh-phu",
                "name": "Cọc bê tông ly tâm ứng suất trước Minh Phú",
                "name_en": "Minh Phu prestressed spun concrete piles",
                "sector": "vat-lieu",
                "description": (
                    "Cọc tròn rỗng quay ly tâm và dưỡng hộ hơi nước áp suất cao, chịu tải lớn "
                    "cho nền đất yếu."
                ),
                "description_en": (
                    "Hollow round piles spun and steam-cured under pressure, carrying heavy "
                    "loads on weak ground."
                ),
                "specs": [
                    ["Đường kính", "Diameter", "300–800 mm"],
                    ["Độ bền nén", "Compressive strength", "≥ 80 MPa"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "TCVN 7888"],
                ],
                "rounds": [2022],
                "top10": [2022],
            },
            {
                "key": "cong-hop-be-tong-duc-san-minh-phu",
                "name": "Cống hộp bê tông đúc sẵn Minh Phú",
                "name_en": "Minh Phu precast box culverts",
                "sector": "vat-lieu",
                "description": (
                    "Cống hộp cốt thép đúc trong khuôn thép, lắp ghép nhanh cho đường giao thông "
                    "và kênh tưới."
                ),
                "description_en": (
                    "Reinforced box culverts cast in steel moulds, assembled quickly under roads "
                    "and along canals."
                ),
                "specs": [
                    ["Kích thước", "Dimensions", "1000 × 1000 – 3000 × 3000 mm"],
                    ["Độ bền nén", "Compressive strength", "≥ 40 MPa"],
                ],
                "rounds": [2022],
                "top10": [],
            },
        ],
    },
    {
        "key": "kinh-an-toan-dong-a",
        "name": "Công ty Cổ phần Kính An toàn Đông Á",
        "name_en": "Dong A Safety Glass JSC",
        "short_name": "Kính Đông Á",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0104253118",
        "former_district": "Gia Lâm",
        "ward": "Thuận An",
        "ward_kind": "xã",
        "address": "Lô 7, cụm công nghiệp Kiêu Kỵ, xã Thuận An, Hà Nội",
        "website": "https://kinh-an-toan-dong-a.example",
        "phone": "024 3422 0564",
        "email": "lienhe@kinh-an-toan-dong-a.example",
        "description": "Nhà máy gia công kính an toàn cho tòa nhà cao tầng và đồ nội thất.",
        "description_en": "A safety-glass processor for high-rise façades and furniture.",
        "products": [
            {
                "key": "kinh-cuong-luc-dong-a",
                "name": "Kính cường lực Đông Á",
                "name_en": "Dong A tempered glass",
                "sector": "vat-lieu",
                "description": (
                    "Kính tôi nhiệt bền gấp năm lần kính thường, khi vỡ tạo hạt nhỏ không sắc cạnh."
                ),
                "description_en": (
                    "Heat-tempered glass five times stronger than float that breaks into small "
                    "blunt pieces."
                ),
                "specs": [
                    ["Độ dày", "Thickness", "5–19 mm"],
                    ["Kích thước tối đa", "Maximum size", "2440 × 6000 mm"],
                    ["Tiêu chuẩn áp dụng", "Applicable standard", "TCVN 7455"],
                ],
                "rounds": [2018],
                "top10": [],
            },
            {
                "key": "kinh-hop-cach-nhiet-dong-a",
                "name": "Kính hộp cách nhiệt Đông Á",
                "name_en": "Dong A insulated glass units",
                "sector": "vat-lieu",
                "description": (
                    "Kính hai lớp có khoang khí trơ và lớp phủ low-E, giảm nhiệt truyền vào nhà."
                ),
                "description_en": (
                    "Double glazing with an inert-gas cavity and low-E coating that keeps heat out."
                ),
                "specs": [
                    ["Độ giảm ồn", "Sound reduction", "30–38 dB"],
                    ["Độ dày", "Thickness", "16–32 mm"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "nhom-dinh-hinh-hung-viet",
        "name": "Công ty Cổ phần Nhôm Định hình Hưng Việt",
        "name_en": "Hung Viet Aluminium Profile JSC",
        "short_name": "Nhôm Hưng Việt",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0100935399",
        "former_district": "Thanh Oai",
        "ward": "Thanh Oai",
        "ward_kind": "xã",
        "address": "Lô 11, cụm công nghiệp Bình Minh, xã Thanh Oai, Hà Nội",
        "website": "https://nhom-dinh-hinh-hung-viet.example",
        "phone": "024 3724 3384",
        "email": "lienhe@nhom-dinh-hinh-hung-viet.example",
        "description": (
            "Nhà máy ép đùn nhôm thanh cho cửa, vách kính và tản nhiệt công nghiệp, có dây "
            "chuyền sơn tĩnh điện tự động."
        ),
        "description_en": (
            "Extrudes aluminium profiles for doors, curtain walls and industrial heat sinks, "
            "with an automatic powder-coating line."
        ),
        "products": [
            {
                "key": "thanh-nhom-he-cua-hung-viet",
                "name": "Thanh nhôm hệ cửa Hưng Việt",
                "name_en": "Hung Viet window and door profiles",
                "sector": "vat-lieu",
                "description": (
                    "Hệ nhôm cầu cách nhiệt cho cửa đi và cửa sổ, độ dày thành đồng đều theo "
                    "thiết kế."
                ),
                "description_en": (
                    "Thermal-break aluminium systems for doors and windows with consistent wall "
                    "thickness."
                ),
                "specs": [
                    ["Vật liệu", "Material", "6063-T5"],
                    ["Độ dày thành", "Wall thickness", "2 mm"],
                    ["Lớp sơn", "Coating thickness", "60–80 µm"],
                ],
                "rounds": [2019],
                "top10": [],
            },
        ],
    },
    {
        "key": "thach-cao-vinh-phat",
        "name": "Công ty Cổ phần Tấm Thạch cao Vĩnh Phát",
        "name_en": "Vinh Phat Gypsum Board JSC",
        "short_name": "Vĩnh Phát",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0105910158",
        "former_district": "Mê Linh",
        "ward": "Tiến Thắng",
        "ward_kind": "xã",
        "address": "Lô 9, cụm công nghiệp Tiến Thắng, xã Tiến Thắng, Hà Nội",
        "website": "https://thach-cao-vinh-phat.example",
        "phone": "024 3511 4796",
        "email": "lienhe@thach-cao-vinh-phat.example",
        "description": (
            "Nhà sản xuất tấm thạch cao và khung trần, tận dụng thạch cao nhân tạo từ nhà máy "
            "nhiệt điện."
        ),
        "description_en": (
            "Makes gypsum boards and ceiling frames, using by-product gypsum from power stations."
        ),
        "products": [
            {
                "key": "tam-thach-cao-chong-am-vinh-phat",
                "name": "Tấm thạch cao chống ẩm Vĩnh Phát",
                "name_en": "Vinh Phat moisture-resistant gypsum board",
                "sector": "vat-lieu",
                "description": (
                    "Tấm thạch cao lõi chống ẩm cho trần và vách nhà vệ sinh, bếp, giữ phẳng "
                    "trong mùa nồm."
                ),
                "description_en": (
                    "Moisture-resistant boards for bathroom and kitchen ceilings and partitions "
                    "that stay flat through the damp season."
                ),
                "specs": [
                    ["Độ dày", "Thickness", "9–15 mm"],
                    ["Kích thước", "Dimensions", "1220 × 2440 mm"],
                    ["Độ hút nước", "Water absorption", "≤ 5%"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "chong-tham-song-nhue",
        "name": "Công ty Cổ phần Vật liệu Chống thấm Sông Nhuệ",
        "name_en": "Song Nhue Waterproofing Materials JSC",
        "short_name": "Sông Nhuệ",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0108858675",
        "former_district": "Hà Đông",
        "ward": "Kiến Hưng",
        "ward_kind": "phường",
        "address": "Số 17 đường Cầu Bươu, phường Kiến Hưng, Hà Nội",
        "website": "https://chong-tham-song-nhue.example",
        "phone": "024 3240 9666",
        "email": "lienhe@chong-tham-song-nhue.example",
        "description": (
            "Doanh nghiệp sản xuất màng chống thấm và phụ gia bê tông cho công trình ngầm và mái."
        ),
        "description_en": (
            "Makes waterproofing membranes and concrete admixtures for basements and roofs."
        ),
        "products": [
            {
                "key": "mang-chong-tham-bitum-kho-nong-song-nhue",
                "name": "Màng chống thấm bitum khò nóng Sông Nhuệ",
                "name_en": "Song Nhue torch-on bitumen membranes",
                "sector": "vat-lieu",
                "description": (
                    "Màng bitum cải tiến polymer gia cố lưới polyester, khò dán cho mái bằng và "
                    "tầng hầm."
                ),
                "description_en": (
                    "Polymer-modified bitumen on a polyester carrier, torch-applied on flat "
                    "roofs and basements."
                ),
                "specs": [
                    ["Độ dày", "Thickness", "3–4 mm"],
                    ["Kích thước", "Dimensions", "1 × 10 m"],
                    ["Độ bền chảy", "Flow resistance", "100 °C"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
    {
        "key": "gom-su-quang-vinh",
        "name": "Công ty TNHH Gốm sứ Quang Vinh Bát Tràng",
        "name_en": "Quang Vinh Bat Trang Ceramics Co., Ltd.",
        "short_name": "Gốm Quang Vinh",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0104095126",
        "former_district": "Gia Lâm",
        "ward": "Bát Tràng",
        "ward_kind": "xã",
        "address": "Số 21 xóm 3, xã Bát Tràng, Hà Nội",
        "website": "https://gom-su-quang-vinh.example",
        "phone": "024 3868 2267",
        "email": "lienhe@gom-su-quang-vinh.example",
        "description": (
            "Xưởng gốm gia đình ba thế hệ ở Bát Tràng, nay dùng lò ga và khuôn in để xuất khẩu "
            "sang Nhật Bản, châu Âu."
        ),
        "description_en": (
            "A three-generation family pottery in Bát Tràng that now uses gas kilns and moulds "
            "to export to Japan and Europe."
        ),
        "products": [
            {
                "key": "bo-do-an-gom-men-lam-quang-vinh",
                "name": "Bộ đồ ăn gốm men lam Quang Vinh",
                "name_en": "Quang Vinh blue-glaze ceramic tableware",
                "sector": "thu-cong",
                "description": (
                    "Bát đĩa vẽ tay men lam truyền thống, nung ở nhiệt độ cao nên an toàn với lò "
                    "vi sóng và máy rửa bát."
                ),
                "description_en": (
                    "Hand-painted blue-glaze bowls and plates fired at high temperature, safe in "
                    "microwaves and dishwashers."
                ),
                "specs": [
                    ["Nhiệt độ nung", "Firing temperature", "1280 °C"],
                    ["Thị trường xuất khẩu", "Export markets", "JP, DE, FR, US"],
                ],
                "rounds": [2018, 2021, 2024],
                "top10": [2024],
            },
            {
                "key": "lo-hoa-gom-men-ran-quang-vinh",
                "name": "Lọ hoa gốm men rạn Quang Vinh",
                "name_en": "Quang Vinh crackle-glaze vases",
                "sector": "thu-cong",
                "description": (
                    "Lọ hoa men rạn cổ được tạo hình trên bàn xoay và đắp nổi hoa văn bằng tay."
                ),
                "description_en": (
                    "Crackle-glaze vases thrown on the wheel and decorated with hand-applied "
                    "relief."
                ),
                "specs": [
                    ["Chiều cao", "Height", "200–1200 mm"],
                    ["Thị trường xuất khẩu", "Export markets", "JP, KR, NL"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "kham-trai-chuyen-my",
        "name": "Công ty TNHH Khảm trai Chuyên Mỹ",
        "name_en": "Chuyen My Mother-of-Pearl Inlay Co., Ltd.",
        "short_name": "Khảm trai Chuyên Mỹ",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0104937037",
        "former_district": "Phú Xuyên",
        "ward": "Phú Xuyên",
        "ward_kind": "xã",
        "address": "Thôn Phú Hữu, xã Phú Xuyên, Hà Nội",
        "website": "https://kham-trai-chuyen-my.example",
        "phone": "024 3478 7717",
        "email": "lienhe@kham-trai-chuyen-my.example",
        "description": (
            "Doanh nghiệp của nghệ nhân làng khảm Chuyên Mỹ, đưa tranh và đồ gỗ khảm ra thị "
            "trường quốc tế."
        ),
        "description_en": (
            "Founded by craftsmen of the Chuyên Mỹ inlay village, it sells inlaid pictures and "
            "furniture abroad."
        ),
        "products": [
            {
                "key": "do-go-kham-trai-chuyen-my",
                "name": "Đồ gỗ khảm trai Chuyên Mỹ",
                "name_en": "Chuyen My mother-of-pearl inlaid furniture",
                "sector": "thu-cong",
                "description": (
                    "Tủ, sập và hộp gỗ khảm xà cừ cắt tay theo tích cổ, hoàn thiện bằng sơn ta."
                ),
                "description_en": (
                    "Cabinets, daybeds and boxes inlaid with hand-cut nacre in classic motifs, "
                    "finished in traditional lacquer."
                ),
                "specs": [
                    ["Thời gian chế tác (ngày)", "Crafting time (days)", "20–90"],
                    ["Thị trường xuất khẩu", "Export markets", "US, FR, KR"],
                ],
                "rounds": [2018],
                "top10": [],
            },
        ],
    },
    {
        "key": "may-tre-phu-vinh",
        "name": "Công ty TNHH Mây tre đan Xuất khẩu Phú Vinh",
        "name_en": "Phu Vinh Rattan and Bamboo Export Co., Ltd.",
        "short_name": "Mây tre Phú Vinh",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0106893917",
        "former_district": "Chương Mỹ",
        "ward": "Chương Mỹ",
        "ward_kind": "phường",
        "address": "Thôn Phú Vinh, phường Chương Mỹ, Hà Nội",
        "website": "https://may-tre-phu-vinh.example",
        "phone": "024 3890 3321",
        "email": "lienhe@may-tre-phu-vinh.example",
        "description": (
            "Doanh nghiệp của làng nghề mây tre Phú Vinh, liên kết với hơn 500 hộ đan tại nhà."
        ),
        "description_en": (
            "A business of the Phú Vinh rattan village that works with more than 500 home weavers."
        ),
        "products": [
            {
                "key": "gio-tre-dan-xuat-khau-phu-vinh",
                "name": "Giỏ tre đan xuất khẩu Phú Vinh",
                "name_en": "Phu Vinh woven bamboo baskets",
                "sector": "thu-cong",
                "description": (
                    "Giỏ, khay và hộp đựng đan từ tre, giang đã xử lý chống mốc, xếp lồng nhau "
                    "để tiết kiệm cước vận chuyển."
                ),
                "description_en": (
                    "Baskets, trays and boxes woven from mould-treated bamboo, nesting to save "
                    "on freight."
                ),
                "specs": [
                    ["Sản lượng (nghìn chiếc/năm)", "Output (thousand pieces/year)", "400"],
                    ["Thị trường xuất khẩu", "Export markets", "DE, UK, JP, AU"],
                ],
                "rounds": [2020, 2023],
                "top10": [],
            },
        ],
    },
    {
        "key": "son-mai-duyen-thai",
        "name": "Công ty TNHH Sơn mài Duyên Thái",
        "name_en": "Duyen Thai Lacquerware Co., Ltd.",
        "short_name": "Sơn mài Duyên Thái",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0100116819",
        "former_district": "Thường Tín",
        "ward": "Thường Tín",
        "ward_kind": "xã",
        "address": "Thôn Hạ Thái, xã Thường Tín, Hà Nội",
        "website": "https://son-mai-duyen-thai.example",
        "phone": "024 3413 2294",
        "email": "lienhe@son-mai-duyen-thai.example",
        "description": (
            "Xưởng sơn mài truyền thống của làng Hạ Thái, kết hợp thiết kế đương đại cho quà "
            "tặng và nội thất."
        ),
        "description_en": (
            "A traditional lacquer workshop from Hạ Thái village, pairing the craft with "
            "contemporary design for gifts and interiors."
        ),
        "products": [
            {
                "key": "tranh-son-mai-duyen-thai",
                "name": "Tranh sơn mài Duyên Thái",
                "name_en": "Duyen Thai lacquer paintings",
                "sector": "thu-cong",
                "description": "Tranh sơn ta vẽ và mài qua nhiều lớp, dát vàng bạc và vỏ trứng.",
                "description_en": (
                    "Paintings in natural lacquer built up and polished in many layers with "
                    "gold, silver and eggshell."
                ),
                "specs": [
                    ["Số lớp sơn", "Lacquer coats", "12–18"],
                    ["Thị trường xuất khẩu", "Export markets", "FR, IT, JP"],
                ],
                "rounds": [2019],
                "top10": [],
            },
            {
                "key": "binh-va-hop-son-mai-duyen-thai",
                "name": "Bình và hộp sơn mài Duyên Thái",
                "name_en": "Duyen Thai lacquer vases and boxes",
                "sector": "thu-cong",
                "description": (
                    "Bình, khay và hộp cốt tre hoặc gỗ, phủ sơn mài nhiều màu cho quà tặng doanh "
                    "nghiệp."
                ),
                "description_en": (
                    "Vases, trays and boxes on bamboo or wood cores in multi-coloured lacquer "
                    "for corporate gifts."
                ),
                "specs": [
                    ["Thời gian hoàn thiện (ngày)", "Production time (days)", "30–60"],
                    ["Thị trường xuất khẩu", "Export markets", "US, DE, KR"],
                ],
                "rounds": [2019],
                "top10": [],
            },
        ],
    },
    {
        "key": "thu-cong-phu-luu",
        "name": "Công ty TNHH Thủ công mỹ nghệ Phù Lưu",
        "name_en": "Phu Luu Handicrafts Co., Ltd.",
        "short_name": "Phù Lưu Craft",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0106721474",
        "former_district": "Ứng Hòa",
        "ward": "Ứng Hòa",
        "ward_kind": "xã",
        "address": "Thôn Phù Lưu, xã Ứng Hòa, Hà Nội",
        "website": "https://thu-cong-phu-luu.example",
        "phone": "024 3907 2577",
        "email": "lienhe@thu-cong-phu-luu.example",
        "description": (
            "Doanh nghiệp thu mua và hoàn thiện hàng đan lục bình, cói của các hộ nông dân phía "
            "nam thành phố."
        ),
        "description_en": (
            "Buys and finishes water-hyacinth and sedge weaving from farm households in the "
            "south of the city."
        ),
        "products": [
            {
                "key": "do-dan-luc-binh-phu-luu",
                "name": "Đồ đan lục bình Phù Lưu",
                "name_en": "Phu Luu water-hyacinth woven goods",
                "sector": "thu-cong",
                "description": (
                    "Thảm, giỏ và đồ nội thất đan từ thân lục bình phơi khô, sợi tự nhiên phân "
                    "hủy sinh học."
                ),
                "description_en": (
                    "Rugs, baskets and furniture woven from dried water-hyacinth stems, a "
                    "natural, biodegradable fibre."
                ),
                "specs": [
                    ["Độ ẩm", "Moisture", "≤ 12%"],
                    ["Thị trường xuất khẩu", "Export markets", "US, NL, DE"],
                ],
                "rounds": [2022],
                "top10": [],
            },
        ],
    },
    {
        "key": "tuong-go-son-dong",
        "name": "Công ty TNHH Điêu khắc Gỗ Sơn Đồng",
        "name_en": "Son Dong Wood Carving Co., Ltd.",
        "short_name": "Điêu khắc Sơn Đồng",
        "illustrative": True,
        "fdi": False,
        "tax_code": "0108737744",
        "former_district": "Hoài Đức",
        "ward": "Hoài Đức",
        "ward_kind": "xã",
        "address": "Thôn Sơn Đồng, xã Hoài Đức, Hà Nội",
        "website": "https://tuong-go-son-dong.example",
        "phone": "024 3746 8916",
        "email": "lienhe@tuong-go-son-dong.example",
        "description": (
            "Xưởng điêu khắc gỗ của làng Sơn Đồng, chuyên tượng và đồ thờ sơn son thếp vàng cho "
            "đình chùa và khách nước ngoài."
        ),
        "description_en": (
            "A wood-carving workshop of Sơn Đồng village making gilded statues and altar pieces "
            "for temples and overseas buyers."
        ),
        "products": [
            {
                "key": "tuong-go-son-son-thep-vang-son-dong",
                "name": "Tượng gỗ sơn son thếp vàng Sơn Đồng",
                "name_en": "Son Dong gilded lacquered wooden statues",
                "sector": "thu-cong",
                "description": (
                    "Tượng gỗ mít tạc tay, phủ sơn son và dát vàng quỳ theo kỹ thuật truyền thống."
                ),
                "description_en": (
                    "Hand-carved jackfruit-wood statues finished in red lacquer and gold leaf by "
                    "traditional methods."
                ),
                "specs": [
                    ["Chiều cao", "Height", "300–3000 mm"],
                    ["Thị trường xuất khẩu", "Export markets", "JP, KR, US"],
                ],
                "rounds": [2025],
                "top10": [],
            },
        ],
    },
]


def summary() -> dict[int, tuple[int, int, int, int]]:
    """Per round year: (products, enterprises, TOP 10 products, TOP 10 enterprises)."""
    result: dict[int, tuple[int, int, int, int]] = {}
    for year in sorted(ROUNDS):
        products = enterprises = top_products = 0
        top_enterprises = 0
        for enterprise in ENTERPRISES:
            recognised = [p for p in enterprise["products"] if year in p["rounds"]]
            top = [p for p in recognised if year in p["top10"]]
            products += len(recognised)
            enterprises += bool(recognised)
            top_products += len(top)
            top_enterprises += bool(top)
        result[year] = (products, enterprises, top_products, top_enterprises)
    return result


if __name__ == "__main__":
    print("year  products  enterprises  top10  top10 enterprises")
    for year, (products, enterprises, top, top_firms) in summary().items():
        print(f"{year}  {products:8}  {enterprises:11}  {top:5}  {top_firms:17}")
