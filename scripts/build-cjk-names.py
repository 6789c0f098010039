#!/usr/bin/env python3
"""Prints the names_in_cjk_scripts recognizer of rules/recognizers/names.yaml.

The surname lists and the words that open with a surname's character are kept here, readable,
and written into the rule's regexes, which are too long to edit by hand. Usage:

    python3 scripts/build-cjk-names.py   # then replace the block in rules/recognizers/names.yaml

Sources: the most frequent Chinese surnames (Ministry of Public Security, 2020 household register
ranking, simplified and traditional forms), Japanese surnames (myoji-yurai ranking, top 100) and
Korean surnames (Statistics Korea census 2015, top 30), as public facts; the word lists are
hand-curated.
"""
ZH_SINGLE = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龔錢嚴湯羅"
ZH_COMPOUND = ["欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "司徒", "东方", "東方", "皇甫", "夏侯", "尉迟", "公孙", "公孫", "慕容"]
# Frequent words that open with a surname's character: never a name on their own.
ZH_WORDS = ["谢谢", "謝謝", "马上", "馬上", "方便", "方法", "方面", "方式", "方向", "高兴", "高興", "高级", "高級", "周末", "周一", "周围", "金额",
            "金額", "万一", "白色", "黄色", "黃色", "王国", "張開", "张开", "江湖", "石头", "史上", "向上", "于是", "任何", "任务", "任務", "程序",
            "程度", "曾经", "曾經", "许多", "許多", "许可", "余额", "餘額", "范围", "範圍", "夏天", "付款", "付费", "白天", "黄金", "黃金", "何时",
            "何必", "高速", "罗马", "羅馬", "韩国", "韓國", "田野", "钱包", "錢包", "严重", "嚴重", "严格", "顾客", "顧客", "顾问", "顧問", "毛病",
            "武器", "孙子", "陆续", "陸續", "金融", "段落", "雷达", "熊猫", "苏州", "蘇州", "沈阳", "武汉", "武漢", "龙虾", "陈列", "胡说", "宋体",
            "唐朝", "杜绝", "叶子", "钟头", "丁香", "付出", "江苏", "黎明", "贺卡", "万元", "高手", "高度", "林业", "马路", "郑重", "肖像", "董事",
            "白菜", "石油", "夏季", "孔子", "汤匙", "谢绝", "许愿", "余下", "于此", "何况", "周期", "周年", "方案", "方针", "高中", "高考", "金钱",
            "万岁", "严肃", "向往", "梁山", "江西", "江南", "曹操",
            # places that open with a surname's character
            "黄河", "黃河", "黄山", "黃山", "高雄", "金门", "金門", "徐州", "郑州", "鄭州", "唐山", "吕梁", "卢森堡", "盧森堡", "夏威夷", "孟加拉",
            "熊本", "江门", "龙岩", "黎巴嫩", "邵阳", "莫斯科", "马德里", "馬德里", "马尼拉", "馬尼拉", "马来", "馬來", "金华", "许昌", "周口",
            "石家庄", "秦皇岛", "武昌", "韩城", "苏格兰", "蘇格蘭", "罗马尼亚", "马耳他", "马里", "高丽", "汤加", "贺州", "钱塘", "孙中山",
            "周二", "周三", "周四", "周五", "周六", "周日", "高铁", "高鐵", "白名", "孙女", "孫女", "高清", "马桶", "馬桶", "高血", "金牛",
            "方块", "石墨", "马拉", "黄油", "白酒", "白板", "金属", "万物", "程式"]
JA = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "渡邊", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村",
      "斎藤", "斉藤", "清水", "山崎", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤",
      "村上", "遠藤", "青木", "坂本", "福田", "太田", "西村", "藤井", "金子", "岡本", "藤原", "中野", "三浦", "原田", "中川", "松田", "竹内", "小野",
      "田村", "中山", "和田", "石田", "森田", "上田", "柴田", "酒井", "工藤", "横山", "宮崎", "宮本", "内田", "高木", "安藤", "島田", "谷口", "大野",
      "高田", "丸山", "今井", "河野", "藤本", "村田", "武田", "上野", "杉山", "増田", "小山", "大塚", "平野", "菅原", "久保", "松井", "千葉", "岩崎",
      "桜井", "木下", "野口", "松尾", "菊地", "野村", "新井"]
KO = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남"
KO_WORDS = ["안녕", "한국", "한글", "정말", "정보", "정상", "이것", "이거", "이번", "이제", "이상", "이유", "이름", "오늘", "오류", "오후", "오전",
            "서울", "서비스", "고객", "고장", "문제", "문의", "전화", "전송", "전체", "조금", "조회", "최고", "최근", "유지", "유료", "양식", "장소",
            "한번", "홍보", "남자", "손님", "백업", "배송", "송금", "송장", "신청", "신규", "권한", "황금", "안내", "안전", "임시", "강남", "박스",
            "김치", "허가", "선생", "사장", "부장", "과장", "차장", "대리", "회장", "교수", "여러분", "고마워", "고맙", "오케이", "박물관",
            "강아지", "이사장", "서버", "배포", "문서", "이슈", "장애", "정리", "오빠", "유튜브", "안녕히", "한국인", "전화번호", "이메일",
            # titles and roles said with 님 or 씨, and other frequent words of three syllables
            "박사", "이사", "신부", "이모", "전무", "조교", "고모", "장관", "차관", "원장", "실장", "팀장", "소장", "국장", "반장", "주임",
            "남편", "정부", "전문", "강의", "조직", "조사", "이용", "유저", "서명", "신용", "안경", "전자", "정책", "조건", "최대", "최소",
            "한도", "배달", "백신", "손해", "양도", "임대", "장기", "전기", "조정", "고기", "고등", "문자", "서류", "유학", "송별", "권리",
            "고추", "오이", "양파", "배추", "호박"]
def alt(words): return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))
ZH = "(?:" + alt(ZH_COMPOUND) + "|[" + ZH_SINGLE + "])"
BEFORE = r"(?:(?<=[\x21-\x7E][ \t])|^)"
AFTER = r"(?=[ \t]*(?:[\x21-\x7E，。！？：；、]|$))"
CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}]"
zh_latin = BEFORE + "(?!(?:" + alt(ZH_WORDS) + r"))" + ZH + r"\p{Han}{1,2}(?!" + CJK + ")" + AFTER
ja_latin = (BEFORE + "(?:" + alt(JA) + r")(?:[ \t\x{3000}](?!駅|市|区|県|町|村|線|公園|空港|大学|病院|通り|店)[\p{Han}\p{Hiragana}\p{Katakana}]{1,4}"
            r"|(?!さん|さま|様|くん|ちゃん|氏)\p{Hiragana}{2,4}|\p{Han}{1,3})?(?!" + CJK + ")" + AFTER)
ko_latin = BEFORE + "(?!(?:" + alt(KO_WORDS) + r"))[" + KO + r"][가-힣]{2}(?![가-힣])" + AFTER
zh_cue = r"(?:客户|客戶|顾客|顧客|联系人|聯繫人|聯絡人|姓名|名字是|名字叫|我叫|患者|收件人|负责人|負責人)[：:\s]{0,3}((?!(?:" + alt(ZH_WORDS) + r"))" + ZH + r"\p{Han}{1,2})(?![\p{Han}])"
zh_title = r"(?:(?<![\p{Han}])|(?<=[找和跟给與与问問请請是的叫对對向让讓被把位同]))(?!(?:" + alt(ZH_WORDS) + r"))" + ZH + r"\p{Han}{0,2}?(?=先生|女士|小姐|老师|老師|医生|醫生|经理|經理|总监|總監|同学|同學|阿姨|大夫)"
ja_title = "(?:" + alt(JA) + r")\p{Han}{0,2}?(?=さん|様|さま|先生|くん|ちゃん|氏)"
ko_title = r"(?<![가-힣])(?!(?:" + alt(KO_WORDS) + r"))[" + KO + r"][가-힣]{1,2}(?=[ \t]?(?:씨|님))"
def q(rx): return "'" + rx.replace("'", "''") + "'"
PATTERNS = [
    ("chinese_in_latin_text", zh_latin, 0.6, None), ("japanese_in_latin_text", ja_latin, 0.6, None),
    ("korean_in_latin_text", ko_latin, 0.6, None), ("chinese_after_cue", zh_cue, 0.7, 1),
    ("chinese_before_title", zh_title, 0.6, None), ("japanese_before_honorific", ja_title, 0.7, None),
    ("korean_before_honorific", ko_title, 0.6, None),
]
patterns = "    patterns:\n" + "".join(
    f"      - name: {name}\n        regex: {q(rx)}\n        score: {score}\n" + (f"        group: {group}\n" if group else "")
    for name, rx, score, group in PATTERNS)
print(f"""  # Generated by scripts/build-cjk-names.py (the surname and word lists are there).
  - id: names_in_cjk_scripts
    entity: PERSON
    description: 'Chinese, Japanese and Korean names in their own scripts, which the name lists (in Latin letters) and the tokenizer (no spaces between Han words) miss: a common surname and one or two more characters (Korean: exactly two more syllables among Latin words) standing alone between words of Latin text ("My colleague 李娜 has", "Contact: 佐藤 花子,", "I''m 김민준 from"), after a cue in Chinese (客户 陈静, 联系人：王芳, 我叫张伟) or before a form of address (王先生, 田中さん, 김민준 씨). Frequent words that open with a surname''s character (谢谢, 马上, 고객, 안녕) are none.'
{patterns}    examples:
      match:
        - 'My colleague ⏩李娜⏪ has the same problem.'
        - 'Contact: ⏩佐藤 花子⏪, hello@example.com'
        - 'I''m ⏩김민준⏪ from Seoul'
        - 'customer ⏩陈静⏪ called about a refund'
        - '客户 ⏩陈静⏪ 请联系我'
        - '联系人：⏩王芳⏪，电话 138 0013 8000'
        - '请找⏩王⏪先生确认'
        - '⏩田中⏪さんに連絡してください'
        - '⏩김민준⏪ 씨에게 전화했어요'
        - '⏩김철⏪ 씨'
        - '患者：⏩王芳⏪，女，45岁'
        - 'Ask ⏩欧阳娜娜⏪ about it'
        - 'Ask ⏩李娜⏪，she knows'
        - 'Contact ⏩佐藤さくら⏪ or ⏩田中健太郎⏪.'
      no_match:
        - 'the word 谢谢 means thank you'
        - '我们马上就到，谢谢！'
        - 'use the 高级 settings'
        - '고객님, 안녕하세요'
        - 'say 안녕 to everyone'
        - '这个方法很方便'
        - '周末快乐'
        - 'the 黄河 river and 莫斯科'
        - 'sync on 周五 with the 程序员 team'
        - 'our 서버 and 박물관, then 박사님 and 고추 씨'
        - '患者高血压，'
        - 'Meet at 上野 駅'
        - '历史老师和高中同学'
""")
