"""Attribution rules of the twentieth session, one kind of sentence per test, Russian and
Chinese. Every sentence is written for its test (not taken from a tuning article)."""

from __future__ import annotations

from helpers import extracted as _x
from helpers import people_of as _people
from helpers import speaker_of as _speaker

# ---- Russian -------------------------------------------------------------------------


def test_ru_present_tense_tag_in_a_split_quote():
    """ "«…, — продолжает Лукьянов. — …»", "— иронизирует он": a feature's present tense."""
    x = _x(
        "ru",
        "Главный редактор журнала Фёдор Лукьянов говорил о Пекине.",
        "«Китай не торопится, — продолжает Лукьянов. — Время работает на него».",
        "«Запад всё ещё ждёт раскола», — иронизирует он.",
    )
    assert _speaker(x, "Китай не торопится") == "fyodor-lukyanov"
    assert _speaker(x, "Запад всё ещё") == "fyodor-lukyanov"


def test_ru_going_further_with_a_colon():
    """ "В беседе с нами он пошёл ещё дальше: «…»": what he says next."""
    x = _x(
        "ru",
        "Директор центра Василий Кашин оценил учения как обычные. В беседе с нами он пошёл "
        "ещё дальше: «Никакого союза не будет, и это всех устраивает».",
    )
    assert _speaker(x, "Никакого союза") == "vasily-kashin"


def test_ru_tag_he_after_a_name_of_no_case_endings_with_a_preposition():
    """ "С Бобо Ло не согласен … Дмитрий Тренин. … «…», — говорит он": Ло after "с" is no
    subject, though his name does not decline."""
    x = _x(
        "ru",
        "С Бобо Ло не согласен и политолог Дмитрий Тренин. По его мнению, сближение надолго. "
        "«Это не брак по расчёту, а выбор эпохи», — говорит он.",
    )
    assert _speaker(x, "Это не брак") == "dmitri-trenin"


def test_ru_pronoun_after_an_opening_phrase_then_that():
    """ "На вопрос, … , он ответил, что «…»", "В своём блоге он пишет, что «…»"."""
    x = _x(
        "ru",
        "Посол России в КНР Игорь Моргулов говорил коротко. На вопрос, когда начнётся "
        "стройка, он ответил, что «сроки определят компании».",
        "Политолог Алексей Маслов тоже высказался. В своём телеграм-канале он пишет, что "
        "«спешка здесь только навредит».",
    )
    assert _speaker(x, "сроки определят") == "igor-morgulov"
    assert _speaker(x, "спешка здесь") == "alexei-maslov"


def test_ru_pronoun_of_a_relative_clause_about_a_country_is_not_the_speaker():
    """ "Китай …, где он назвал себя «…»": "он" is the country, not the one speaking."""
    x = _x(
        "ru",
        "КАШИН: Индия к ним не относится, хотя в её доктрине, где она назвала себя "
        "«великой морской державой», сказано иное.",
    )
    assert _speaker(x, "великой морской") is None


def test_ru_he_after_several_people_did_something_is_nobody():
    """ "Министры провели пресс-конференцию. Отвечая …, он сказал, что «…»": which one?"""
    x = _x(
        "ru",
        "Сергей Лавров встретился в Пекине с Ван И.",
        "После встречи министры ответили на вопросы. Отвечая на вопрос о санкциях, он "
        "сказал, что «давление не работает».",
    )
    assert _speaker(x, "давление не") is None


def test_ru_an_unnamed_one_inside_a_quote_does_not_stop_the_pronoun():
    """ "«… одна из причин …», — сказал дипломат. … он ответил, что «…»": "одна из" inside
    the quote is no unnamed source standing between."""
    x = _x(
        "ru",
        "Посол КНР Чжан Ханьхуэй был краток. «Доверие — одна из основ наших связей», — "
        "сказал дипломат. На вопрос о визите он ответил, что «всё решат лидеры».",
    )
    assert _speaker(x, "всё решат") == "zhang-hanhui"


def test_ru_and_then_a_second_verb_after_words_in_guillemets():
    """ "Песков назвал слухи о «…» выдумкой и заявил, что такие сообщения «…»": the
    subject of the sentence; "назвал атмосферу «…» и пошутил, что …«…»" alike."""
    x = _x(
        "ru",
        "Пресс-секретарь президента Дмитрий Песков назвал слухи о «тайной сделке» выдумкой и "
        "заявил, что такие сообщения «не заслуживают внимания».",
        "Кирилл Дмитриев назвал встречу «полезной» и пошутил, что чай у хозяев «стал крепче».",
    )
    assert _speaker(x, "не заслуживают") == "dmitry-peskov"
    assert _speaker(x, "стал крепче") == "kirill-dmitriev"


def test_ru_a_short_tag_with_an_adverb_before_the_verb():
    """ "«…», — коротко ответил он.", and "приводит его слова" an outlet."""
    x = _x(
        "ru",
        "Помощник президента Юрий Ушаков вышел к журналистам.",
        "Ушакова спросили о сроках. «Это пока не обсуждалось», — коротко ответил он.",
        "«Мы готовы продолжать», — приводит его слова агентство Bloomberg.",
    )
    assert _speaker(x, "Это пока не") == "yuri-ushakov"
    assert _speaker(x, "Мы готовы") == "yuri-ushakov"


def test_ru_an_aside_between_the_subject_and_the_verb():
    """ "Сам Ли Хуэй, как напоминает автор, позже сказал …: «…»": the aside's verb is not
    the one before the quote."""
    x = _x(
        "ru",
        "Книга разбирает турне спецпредставителя Ли Хуэя. Журналистка опросила дипломатов. "
        "Сам Ли Хуэй, как напоминает автор, позднее сказал на брифинге в Москве: «Мы не "
        "стремились к посредничеству».",
    )
    assert _speaker(x, "Мы не стремились") == "li-hui"


def test_ru_pronoun_then_an_adverb_then_the_verb_and_a_colon():
    """ "Главной угрозой он по-прежнему считает …: «…»"."""
    x = _x(
        "ru",
        "Экономист Яков Миркин много пишет о санкциях. Главной угрозой он по-прежнему "
        "считает отток капитала: «Деньги уходят туда, где им спокойнее».",
    )
    assert _speaker(x, "Деньги уходят") == "yakov-mirkin"


def test_ru_a_name_with_an_apostrophe():
    """ "Джим О'Нил": one person, not "Джим О"."""
    x = _x(
        "ru",
        "Экономист Джим О'Нил придумал слово BRIC. По словам О'Нила, клуб «так и не решил, "
        "кем он хочет быть».",
    )
    names = {p.native_name for p in x.people}
    assert "Джим О'Нил" in names
    assert not any(n.endswith(" О") for n in names)


# ---- Chinese -------------------------------------------------------------------------


def test_zh_terms_held_to_fought_or_a_status_are_nobodys():
    """ "秉持“…精神”", "打击“…”", "以“…”身份": terms the documents name, not words."""
    x = _x(
        "zh",
        "外交部副部长马朝旭在会上指出，各方应始终秉持“团结精神”，共同打击“电信诈骗”，"
        "中国以“观察员”身份参与相关工作。",
    )
    for term in ("团结精神", "电信诈骗", "观察员"):
        assert _speaker(x, term) is None


def test_zh_a_reported_clause_stops_where_another_named_one_speaks():
    """ "正如A所说，……，B教授认为，……": the last clause is B's, not A's."""
    x = _x(
        "zh",
        "中国人民大学教授时殷弘和复旦大学教授赵华胜都参加了会议。正如时殷弘所说，两国"
        "“各有所需”，赵教授认为，能源合作最有前景。",
    )
    reported = [q for q in x.quotes if q.kind == "reported" and "能源合作" in q.text]
    assert [q.speaker for q in reported] == ["zhao-huasheng"]
    assert not any("能源合作" in q.text and q.speaker == "shi-yinhong" for q in x.quotes)


def test_zh_in_his_view_opening_a_sentence_is_the_one_who_opened_the_last():
    """ "A把B的提议概括为“…”。在他看来，……": A, the subject, not B in the object."""
    x = _x(
        "zh",
        "上海外国语大学教授杨成把王毅的表态概括为“稳中求进”。在他看来，中方更看重长期合同，"
        "而不是短期价格。",
    )
    reported = [q for q in x.quotes if q.kind == "reported" and "长期合同" in q.text]
    assert [q.speaker for q in reported] == ["yang-cheng"]


def test_zh_by_his_account():
    """ "据他介绍，……": the one named before."""
    x = _x(
        "zh",
        "上海国际问题研究院研究员杨剑介绍了北极合作的进展。据他介绍，今年的科考航次比去年"
        "多了一倍。",
    )
    reported = [q for q in x.quotes if q.kind == "reported" and "科考航次" in q.text]
    assert [q.speaker for q in reported] == ["yang-jian"]


def test_zh_a_three_character_name_whose_start_is_a_word_with_an_adverb_after():
    """ "副所长庞大鹏重点谈了……。庞大鹏表示": 庞大 is a word, but the text names 庞大鹏
    again where a name stands."""
    x = _x(
        "zh",
        "研究所副所长庞大鹏重点谈了能源问题。庞大鹏表示，“价格谈判还会继续”。",
    )
    assert "pang-dapeng" in _people(x)
    assert _speaker(x, "价格谈判") == "pang-dapeng"


def test_zh_transliterated_name_then_an_adverb():
    """ "费奥多尔·卢基扬诺夫常说": 常 is no part of the name."""
    x = _x("zh", "我的同事费奥多尔·卢基扬诺夫常说，制裁“比战争更难结束”。")
    assert "fyodor-lukyanov" in _people(x)
    assert _speaker(x, "比战争更难") == "fyodor-lukyanov"


def test_zh_once_then_a_word_after_a_title_is_no_surname():
    """ "普京总统曾公开表示": 曾 is "once", not the surname Zeng."""
    x = _x("zh", "普京总统曾公开表示，两国合作“是互补的”。")
    assert _people(x) == {"vladimir-putin"}


def test_zh_he_described_a_thing_as():
    """ "他回顾了……，把A形容为“…”", "她形容这种说法是“…”": the pronoun's person."""
    x = _x(
        "zh",
        "华东师范大学教授冯绍雷谈到了历史。他回顾了条约的谈判，把边界问题形容为“最难啃的骨头”。",
        "前外交部副部长傅莹也谈到了这一点。她形容这种叙事是“刻舟求剑”。",
    )
    assert _speaker(x, "最难啃的") == "feng-shaolei"
    assert _speaker(x, "刻舟求剑") == "fu-ying"


def test_zh_in_his_own_words_then_a_few_words_before_the_quote():
    """ "用他自己的话说，特使的任务就是“…”": his words, a formula though they are."""
    x = _x(
        "zh",
        "中国政府欧亚事务特别代表李辉多次访问欧洲。用他自己的话说，特使的任务就是“多听、"
        "多看、多沟通”。",
    )
    assert _speaker(x, "多听") == "li-hui"


def test_zh_the_surname_ou_and_a_saying_the_trade_holds():
    """区/區 is a surname (Ou); "「…」已成業界的心態" is a saying many hold, not the words of
    the one whose statement it stands in."""
    x = _x(
        "zh",
        "香港大學經濟學系教授區志明表示，資金流向正在改變。據他介紹，多家銀行收緊了審查，"
        "「多一事不如少一事」已成業界的普遍心態。",
    )
    assert "ou-zhiming" in _people(x)
    assert _speaker(x, "多一事不如少一事") is None


def test_ru_a_round_table_turn_goes_on_when_a_named_moderator_asks():
    """A transcript whose moderator is named under a label and asks: an unlabelled paragraph
    after an answer goes on with that answer."""
    x = _x(
        "ru",
        "Модератор — Фёдор Лукьянов. Участники: Василий Кашин, Иван Зуенко.",
        "ЛУКЬЯНОВ: Василий, что изменилось за год?",
        "КАШИН: Изменилось многое. Торговля выросла.",
        "Но главное — доверие военных. Его стало больше.",
        "ЛУКЬЯНОВ: Иван, вы согласны?",
        "ЗУЕНКО: Отчасти.",
    )
    assert _speaker(x, "Но главное") == "vasily-kashin"


def test_ru_a_third_person_verb_after_a_label_is_not_the_labels_speaker():
    """ "ОСИПОВ: Правительство Индии называет пошлины «…»": the host asks, the words are
    the government's, not his."""
    x = _x(
        "ru",
        "Ведущий — Кирилл Осипов, гость — Игорь Юшков.",
        "ОСИПОВ: Токио, между тем, называет эти меры «вынужденными». Это надолго?",
        "ЮШКОВ: Думаю, да.",
        "ОСИПОВ: Почему?",
        "ЮШКОВ: Рынок перестроился.",
    )
    assert _speaker(x, "вынужденными") is None


def test_ru_two_surnames_side_by_side_are_not_one_name():
    """ "Хилл Клёнова отвечает" (Фиона Хилл in the dative, then Мария Клёнова): no person
    "Хилл Клёнова"; and "Из Москвы." opening a sentence is no name."""
    x = _x(
        "ru",
        "Автор книги Мария Клёнова спорит с Фионой Хилл. Фиона Хилл назвала Китай «спонсором». "
        "Хилл Клёнова отвечает целой главой.",
        "Из Москвы. Пресс-секретарь президента Дмитрий Песков сказал: «Ждём ясности».",
    )
    names = {p.native_name for p in x.people}
    assert "Хилл Клёнова" not in names
    assert not any(n.startswith("Из ") for n in names)


def test_zh_a_registry_name_glued_to_a_preposition_and_a_customs_chief():
    """ "外交部长王毅同拉夫罗夫通电话": 王毅 and 同 (with); 海关总署署长俞建华: 署长 a role."""
    x = _x("zh", "外交部长王毅同拉夫罗夫通电话。海关总署署长俞建华说，“进出口保持增长”。")
    assert {"wang-yi", "sergey-lavrov", "yu-jianhua"} <= _people(x)
    assert _speaker(x, "进出口保持") == "yu-jianhua"


def test_zh_a_leader_with_a_title_describes_at_length():
    """ "托卡耶夫总统还把中亚形容为“…，…”": a name, its title, 把, and a description with a
    comma in it (a statement, not a phrase)."""
    x = _x(
        "zh",
        "哈萨克斯坦奉行平衡外交，托卡耶夫总统还把中亚形容为“东西方的十字路口，而不是任何大国"
        "的后院”。",
    )
    assert _speaker(x, "东西方的十字路口") == "kassym-jomart-tokayev"


def test_zh_a_two_character_name_then_a_verb_or_a_particle_of_one_character():
    """ "发言人毛宁称，", "林剑均表示", "谢锋于3日表示": the name is two characters; 称, 均, 于
    are no part of it."""
    x = _x(
        "zh",
        "外交部发言人毛宁称，“中方坚决反对”。外长林剑均表示，“双方愿意合作”。驻美大使谢锋于3日"
        "表示，“对话不会中断”。",
    )
    assert {p.native_name for p in x.people} == {"毛宁", "林剑", "谢锋"}
    assert _speaker(x, "中方坚决") == "mao-ning"


def test_ru_a_womans_name_with_a_surname_of_no_endings():
    """ "Александра Прокопенко … Прокопенко уверена", "— написала Даунс": hers, not the
    genitive of Александр Прокопенко or Эрик Даунс."""
    x = _x(
        "ru",
        "Экономист Александра Прокопенко работала в Банке России. Прокопенко уверена, что "
        "санкции надолго. Аналитик Эрика Даунс тоже высказалась. «Время работает на Пекин», — "
        "написала Даунс.",
    )
    names = {p.native_name for p in x.people}
    assert {"Александра Прокопенко", "Эрика Даунс"} <= names


def test_ru_a_registry_name_of_three_words_and_its_namesakes_surname():
    """ "Ким Чен Ын" (the registry's Cyrillic form) is found; "Ким Ё Чжон … написала: «…»"
    is not credited to him by the shared surname."""
    x = _x(
        "ru",
        "Лидер КНДР Ким Чен Ын назвал договор «историческим».",
        "Его сестра Ким Ё Чжон в заявлении написала: «Сеулу пора замолчать».",
    )
    assert "kim-jong-un" in _people(x)
    assert _speaker(x, "историческим") == "kim-jong-un"
    assert _speaker(x, "Сеулу пора") is None


def test_ru_what_one_calls_with_imenuet():
    """ "то, что он давно именует «…»", "окрестил сделку «…»": naming verbs."""
    x = _x(
        "ru",
        "Политолог Тимофей Бордачёв видит в этом проявление того, что он давно именует "
        "«стратегическим терпением». Экономист Яков Миркин окрестил сделку «бартером века».",
    )
    assert _speaker(x, "стратегическим терпением") == "timofei-bordachev"
    assert _speaker(x, "бартером века") == "yakov-mirkin"


def test_ru_in_ones_reading_sees_in_a_noun_defines_as():
    """ "В трактовке Кашина это «…»", "По определению Лукьянова, это «…»", "видит в сделке
    «…»", "определяет как «…»": whose view the words are."""
    x = _x(
        "ru",
        "В трактовке Василия Кашина это «брак по расчёту». По определению Фёдора Лукьянова, это "
        "«союз без договора». Политолог Дмитрий Тренин видит в сделке «ставку на время». "
        "Отношения двух стран Тимофей Бордачёв определяет как «зрелое соседство».",
    )
    assert _speaker(x, "брак по расчёту") == "vasily-kashin"
    assert _speaker(x, "союз без договора") == "fyodor-lukyanov"
    assert _speaker(x, "ставку на время") == "dmitri-trenin"
    assert _speaker(x, "зрелое соседство") == "timofei-bordachev"
