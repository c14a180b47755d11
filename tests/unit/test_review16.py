"""Review of the sixteenth session's attribution rules (commits 23ca9fa, 3f5c45b, 7965707,
3ffaf35, 13a5d5f, 59bd111): near misses, sentences of ordinary journalism that each rule
also fires on. The ones the extractor gets wrong are strict xfails for the lead to fix; the
ones it gets right guard the rule. Every sentence is written for its test."""

from __future__ import annotations

import pytest
from test_extract import doc, quotes, speaker_of

from tealeaves.extract import extract, load_registry
from tealeaves.model import Block, Document


def _x(language: str, *paragraphs: str, kinds: dict[int, str] | None = None):
    kinds = kinds or {}
    blocks = [Block(kinds.get(n, "body"), p) for n, p in enumerate(paragraphs)]
    d = Document.build(id="t", title="T", blocks=blocks, language=language)
    return extract(d, load_registry())


def _ru_speaker(x, start: str) -> str | None:
    found = [q for q in x.quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in x.quotes]
    return found[0].speaker


def _zh_names(x) -> set[str]:
    return {p.native_name or p.name for p in x.people}


def _zh_speaker(x, fragment: str) -> str | None:
    (q,) = [q for q in x.quotes if q.text.startswith(fragment)]
    names = {p.id: p.native_name or p.name for p in x.people}
    return names.get(q.speaker) if q.speaker else None


# -- 23ca9fa: IN_APPOSITION ("sister of leader …"), the who-clause, namesakes, 'shot back' --


def test_apposition_object_does_not_take_the_reported_statement():
    """IN_APPOSITION, reported speech: "Ri Son Gwon, an adviser to leader Kim Jong Un, said
    … that the talks were “…”": the statement is now Ri's, but the reported span around it
    is still credited to Kim Jong Un, the object of the role."""
    d = doc(
        "Ri Son Gwon, an adviser to leader Kim Jong Un, said on state television that the "
        "talks were “a door we opened ourselves.”",
    )
    assert {q.speaker for q in quotes(d) if "a door we opened" in q.text} == {"ri-son-gwon"}


def test_apposition_object_is_the_he_of_the_next_sentence():
    """IN_APPOSITION, pronoun: "Kim Yo Jong, the sister of leader Kim Jong Un, stood beside
    him. “…,” he said": the only man is the object of her role; the rule drops him as a
    rival, so "he" goes to the sister."""
    d = doc(
        "Kim Yo Jong, the sister of leader Kim Jong Un, stood beside him on the podium. “We "
        "will answer strength with strength,” he said.",
    )
    assert speaker_of(d, "We will answer") in (None, "kim-jong-un")


def test_apposition_spokesman_for_a_ministry_keeps_the_subject():
    """IN_APPOSITION, role of an institution (no name in it): the subject speaks and is 'he'."""
    d = doc(
        "Wang Wenbin, the spokesman for the foreign ministry, said on Friday that Washington "
        "was “playing with fire.” He added that the talks would go on.",
    )
    assert speaker_of(d, "playing with fire") == "wang-wenbin"


def test_apposition_predecessor_of_another_premier():
    """IN_APPOSITION, 'the predecessor of X': the subject, not X, speaks."""
    d = doc(
        "Fumio Kishida, the predecessor of Shigeru Ishiba, once said that Japan must be “a "
        "bridge, not a wall.”",
    )
    assert speaker_of(d, "a bridge, not a wall") == "fumio-kishida"


def test_apposition_envoy_then_the_leader_acts_in_his_own_sentence():
    """IN_APPOSITION, the object acting later: two men named outside an apposition leave
    "he" unsettled."""
    d = doc(
        "Choe Son Hui, an envoy of leader Kim Jong Un, arrived in Moscow on Monday. Kim Jong Un "
        "spoke by phone with Vladimir Putin later that day. “Our friendship is invincible,” he "
        "said.",
    )
    assert speaker_of(d, "Our friendship") is None


def test_who_clause_naming_a_partner_of_the_subject():
    """_IN_WHO_CLAUSE: "Lavrov, who spent the morning with Wang Yi, took questions. “…,” he
    said": the subject answers."""
    d = doc(
        "Sergei Lavrov, who spent the morning with Wang Yi, took questions afterwards. “We are "
        "not in a hurry,” he said.",
    )
    assert speaker_of(d, "We are not in a hurry") == "sergei-lavrov"


def test_namesake_after_a_time_phrase_before_the_title():
    """_opens_sentence, namesakes: "On Tuesday, Premier Li Qiang opened a forum. Li told
    delegates …" in an article following Li Hui: Li Qiang is the subject of the sentence
    before, but "On Tuesday," keeps him from 'opening' it, so the quote (and its reported
    span) is lost."""
    d = doc(
        "Li Hui, China's special envoy, arrived in Warsaw on Monday.",
        "Li met the Polish foreign minister for two hours. Li later visited a grain terminal.",
        "On Tuesday, Premier Li Qiang opened a forum in Tianjin. Li told delegates that growth "
        "would be “steady, not spectacular.”",
    )
    assert speaker_of(d, "steady, not spectacular") == "li-qiang"


def test_namesake_after_a_possessive_title():
    """_opens_sentence, namesakes: "In Tianjin, meanwhile, China’s Premier Li Qiang opened a
    forum. Li told …": the subject of the sentence before, left unsettled."""
    d = doc(
        "Li Hui, China's special envoy, arrived in Warsaw on Monday.",
        "Li met the Polish foreign minister for two hours. Li later visited a grain terminal.",
        "In Tianjin, meanwhile, China’s Premier Li Qiang opened a forum. Li told delegates that "
        "growth would be “steady, not spectacular.”",
    )
    assert speaker_of(d, "steady, not spectacular") == "li-qiang"


def test_namesake_who_opens_the_sentence_before_keeps_the_surname():
    """_opens_sentence: "Premier Li Qiang opened a forum. Li told …": his."""
    d = doc(
        "Li Hui, China's special envoy, arrived in Warsaw on Monday.",
        "Li met the Polish foreign minister for two hours. Li later visited a grain terminal.",
        "Premier Li Qiang opened a forum in Tianjin. Li told delegates that growth would be "
        "“steady, not spectacular.”",
    )
    assert speaker_of(d, "steady, not spectacular") == "li-qiang"


def test_shot_back_with_a_pronoun_and_jokes_in_the_present():
    """'shot back' after 'he', 'jokes' in the present: tags of their subjects."""
    d = doc(
        "Clara Nyström asked Ruan Zongze about batteries. “We lived without them in 2010,” "
        "she joked.",
        "“And we drove slower cars,” he shot back.",
        "“Sanctions are a tax on Europeans,” Sergei Lavrov jokes, and the room laughs.",
    )
    assert speaker_of(d, "And we drove slower") == "ruan-zongze"
    assert speaker_of(d, "Sanctions are a tax") == "sergei-lavrov"


def test_soldiers_shooting_back_are_no_tag():
    """'shot back' as gunfire after an order in quotes: no named speaker is made of it."""
    d = doc(
        "Sergei Lavrov met reporters in Ankara. “Negotiations are not a gift,” he said.",
        "“Hold your fire,” an officer ordered, and the soldiers shot back.",
    )
    assert speaker_of(d, "Hold your fire") is None


def test_who_clause_near_misses():
    """_IN_WHO_CLAUSE: a who-clause naming a rival leaves 'she' to the subject; a tag that
    names the one in the who-clause is his; a name outside it acts in its own sentence."""
    d = doc(
        "Nargis Kassenova, who debated Alexander Cooley in Almaty last week, was unconvinced. "
        "“The corridor is a brochure,” she said.",
        "Temur Umarov, who was interviewed by Alexander Gabuev for a podcast, doubts the "
        "corridor. “Cargo follows tariffs,” Gabuev said.",
        "Vladimir Putin, who met Xi Jinping in May, is due in Beijing again. Xi told him that "
        "ties were “at their best in history.”",
    )
    assert speaker_of(d, "The corridor is a brochure") == "nargis-kassenova"
    assert speaker_of(d, "Cargo follows tariffs") == "alexander-gabuev"
    assert speaker_of(d, "at their best") == "xi-jinping"


def test_fired_back_after_a_named_spokeswoman():
    """'fired back' as a tag with a role and name before it: hers, not the accuser's."""
    d = doc(
        "Josep Borrell accused Beijing of helping Moscow. “Europe should look in the mirror,” "
        "Chinese foreign ministry spokeswoman Mao Ning fired back.",
    )
    assert speaker_of(d, "Europe should look") == "mao-ning"


# -- 3f5c45b: _met_unnamed ('the trader said'), minister/ambassador/…, her/him -------------


def test_met_unnamed_predicate_noun_of_a_named_man():
    """_met_unnamed: "Ivan Sokolov has been a trader … since 1998. “…,” the trader said":
    'a trader' describes the man named, who is not met unnamed; the credit is lost."""
    d = doc(
        "Ivan Sokolov has been a trader in Blagoveshchensk since 1998. “Nobody pays in "
        "dollars now,” the trader said.",
    )
    assert speaker_of(d, "Nobody pays") == "ivan-sokolov"


def test_met_unnamed_as_a_trader_in_a_who_clause():
    """_met_unnamed: "Sokolov, who started as a grain trader in 1998, … “…,” the trader
    said": the named man's past, not someone else met; the credit is lost."""
    d = doc(
        "Ivan Sokolov, who started as a grain trader in 1998, now owns a depot. “Nobody pays "
        "in dollars now,” the trader said.",
    )
    assert speaker_of(d, "Nobody pays") == "ivan-sokolov"


def test_met_unnamed_became_a_minister():
    """_met_unnamed with the new noun 'minister': "Lavrov became a minister in 2004 … “…,”
    the minister said": the credit is lost."""
    d = doc(
        "Sergei Lavrov became a minister in 2004 and has outlasted every colleague. "
        "“Diplomacy is patience,” the minister said on Friday.",
    )
    assert speaker_of(d, "Diplomacy is patience") == "sergei-lavrov"


def test_met_unnamed_in_apposition_and_after_a_met_officer():
    """_met_unnamed: the named trader met a customs officer (another noun): still his."""
    d = doc(
        "Ivan Sokolov, a trader from Blagoveshchensk, met a customs officer at the depot. "
        "“Nobody pays in dollars now,” the trader said.",
        "Our correspondent spoke to an oil trader in Dubai. “Discounts are shrinking,” the "
        "trader said.",
    )
    assert speaker_of(d, "Nobody pays") == "ivan-sokolov"
    assert speaker_of(d, "Discounts are shrinking") is None


def test_a_former_ambassador_and_a_veteran_lawmaker_opening_with_the_name_after():
    """_UNNAMED 'ambassador'/'lawmaker': "A former ambassador to Beijing, Andrei Denisov …"
    names the man; his 'he' stays his."""
    d = doc(
        "A former ambassador to Beijing, Andrei Denisov now sits in the Federation Council. "
        "“China does not do alliances,” he said.",
        "A veteran lawmaker, Leonid Slutsky has chaired the Duma's foreign affairs committee "
        "since 2022. “Europe has lost its voice,” he said.",
    )
    assert speaker_of(d, "China does not do") == "andrei-denisov"
    assert speaker_of(d, "Europe has lost") == "leonid-slutsky"


def test_unnamed_subject_with_her_own():
    """_unnamed_subject, 'her' as the unnamed subject's own possessive: "A Latvian deputy
    minister described her own first visit …. “…,” she said": the minister speaks, not the
    woman named in the paragraph before."""
    d = doc(
        "Kaja Kallas spoke first at the meeting.",
        "A Latvian deputy minister described her own first visit to Beijing in 2019. “They "
        "listened politely and changed nothing,” she said.",
    )
    assert speaker_of(d, "They listened politely") is None


def test_unnamed_subject_who_sat_beside_her():
    """_unnamed_subject, 'her' in a relative clause: "A Latvian minister who sat beside her
    was less impressed. “She talks …,” she said": Kallas is credited with words about
    herself."""
    d = doc(
        "Kaja Kallas spoke first at the meeting.",
        "A Latvian minister who sat beside her was less impressed. “She talks as if the war "
        "ends tomorrow,” she said.",
    )
    assert speaker_of(d, "She talks as if") is None


def test_unnamed_subject_who_has_known_him():
    """_unnamed_subject, 'him': "An Indian diplomat who has known him for years was blunt.
    “He gives nothing for free,” he said": Wang Yi is credited with words about himself
    (unsettled before the commit)."""
    d = doc(
        "Wang Yi spoke first.",
        "An Indian diplomat who has known him for years was blunt about the talks. “He gives "
        "nothing for free,” he said.",
    )
    assert speaker_of(d, "He gives nothing") is None


# -- 7965707: ZH 别 as a syllable, the long label with its role, X的同事…说 ------------------


def test_zh_bie_wang_after_a_full_name():
    """别 syllable: "谢尔盖·拉夫罗夫别忘了": a spurious person 谢尔盖·拉夫罗夫别忘."""
    x = _x("zh", "谢尔盖·拉夫罗夫别忘了，二十年前他也说过同样的话。")
    assert "谢尔盖·拉夫罗夫" in _zh_names(x)
    assert not [n for n in _zh_names(x) if "别" in n]


def test_zh_bie_chu_after_a_full_name():
    """别 syllable: "谢尔盖·拉夫罗夫别处的讲话更强硬：“…”": a spurious 谢尔盖·拉夫罗夫别处
    takes the quote (Lavrov had it before the commit)."""
    x = _x("zh", "谢尔盖·拉夫罗夫别处的讲话更强硬：“西方已经输了。”")
    assert not [n for n in _zh_names(x) if "别" in n]
    assert _zh_speaker(x, "西方已经输了") == "谢尔盖·拉夫罗夫"


def test_zh_bie_zai_after_a_full_name():
    """别 syllable: "谢尔盖·拉夫罗夫别再指望…": a spurious 谢尔盖·拉夫罗夫别 (wrong before the
    commit too; 别再 is not in _NOT_A_SYLLABLE)."""
    x = _x("zh", "谢尔盖·拉夫罗夫别再指望西方让步了，一位评论员写道。")
    assert not [n for n in _zh_names(x) if "别" in n]


def test_zh_bie_in_words_after_a_surname_and_in_names():
    """别 syllable: 特别, 别具一格, 别有深意 after a name end it; 别洛乌索夫 is read whole."""
    x = _x(
        "zh",
        "王毅表示：“中方立场一贯。”拉夫罗夫特别强调：“双方合作不针对第三方。”",
        "普京总统别具一格地回答：“我们不是在找朋友，而是在找伙伴。”",
        "拉夫罗夫说：“我们不着急。”佩斯科夫别有深意地补充说：“时间在我们这边。”",
        "谢尔盖·拉夫罗夫表示：“局势可控。”安德烈·别洛乌索夫则说：“演习按计划进行。”",
    )
    assert not [n for n in _zh_names(x) if n.endswith("别")]
    assert _zh_speaker(x, "双方合作不针对") == "谢尔盖·拉夫罗夫"
    assert _zh_speaker(x, "我们不是在找朋友") == "普京"
    assert _zh_speaker(x, "时间在我们这边") == "佩斯科夫"
    assert _zh_speaker(x, "演习按计划进行") == "安德烈·别洛乌索夫"


def test_zh_long_label_in_a_list_of_people():
    """_LONG_LABEL with a bracket: a who's-who list "弗拉基米尔·普京（Vladimir Putin，1952年
    生）：俄罗斯总统……" credits each entry's description as the person's words."""
    x = _x(
        "zh",
        "本文涉及的人物：",
        "弗拉基米尔·普京（Vladimir Putin，1952年生）：俄罗斯总统，2000年首次当选。",
        "谢尔盖·拉夫罗夫（Sergei Lavrov）：俄罗斯外交部长，2004年起任职。",
    )
    assert not [q for q in x.quotes if q.text.startswith("俄罗斯")]


def test_zh_ones_person_aide_named_and_non_person_nouns():
    """_ONES_PERSON: "拉夫罗夫的助手、…扎哈罗娃说" is the aide's; 的翻译工作, 的家人 and 的学生
    时代 are not someone else speaking."""
    x = _x(
        "zh",
        "拉夫罗夫的助手、外交部官员扎哈罗娃说：“谈判没有中断。”",
        "普京的翻译工作由外交部负责。普京说：“我们会继续对话。”",
        "拉夫罗夫的家人很少露面，他在采访中说：“我的工作就是我的生活。”",
        "冯玉军的学生时代在莫斯科度过。冯玉军说：“那时我第一次理解了俄罗斯。”",
    )
    assert _zh_speaker(x, "谈判没有中断") == "扎哈罗娃"
    assert _zh_speaker(x, "我们会继续对话") == "普京"
    assert _zh_speaker(x, "我的工作就是") == "拉夫罗夫"
    assert _zh_speaker(x, "那时我第一次") == "冯玉军"


def test_zh_ones_person_named_after_the_relation():
    """_ONES_PERSON: "王毅的朋友拉夫罗夫说", "习近平的父亲习仲勋曾说": the one named after the
    relation speaks."""
    x = _x("zh", "王毅的朋友拉夫罗夫说：“我们不着急。”", "习近平的父亲习仲勋曾说：“要实事求是。”")
    assert _zh_speaker(x, "我们不着急") == "拉夫罗夫"
    assert _zh_speaker(x, "要实事求是") == "习仲勋"


# -- 3ffaf35: expert polls (poll_answers), RU stenogram labels (_NAME_LABEL) ---------------


def test_poll_feature_section_heads_with_an_epithet():
    """poll_answers, a feature's section heads "**Wang Yi, the great survivor**", "**Qin
    Gang, the fallen star**": the narration under them is credited as their words."""
    d = doc(
        "China's diplomats have had a turbulent decade.",
        "Wang Yi, the great survivor",
        "He has served as foreign minister twice, and outlasted his own successor.",
        "“Stability is the first principle,” he told a forum in Beijing last year.",
        "Qin Gang, the fallen star",
        "His rise was fast and his fall faster. Nobody in the ministry explains it.",
        kinds={1: "bold", 4: "bold"},
    )
    assert not [q for q in quotes(d) if q.text.startswith(("He has served", "His rise"))]
    assert speaker_of(d, "Stability is the first") == "wang-yi"


def test_poll_author_bios_at_the_end():
    """poll_answers, two authors' bios in bold at the end ("**Alexander Gabuev, director of
    …**"): the publisher's note after them is credited to the second author."""
    d = doc(
        "Kazakhstan has quietly become the region's pivot state. Its exports to China doubled "
        "in five years.",
        "Alexander Gabuev, director of the Carnegie Russia Eurasia Center",
        "Temur Umarov, fellow at the Carnegie Russia Eurasia Center",
        "This article is part of a series on Central Asia supported by a grant from the "
        "foundation.",
        kinds={1: "bold", 2: "bold"},
    )
    assert not [q for q in quotes(d) if q.text.startswith("This article")]


def test_poll_ru_profile_heads_with_a_dash():
    """poll_answers, Russian profile heads "**Сергей Лавров — бессменный**": the narration
    about each is credited as their statement."""
    x = _x(
        "ru",
        "Российская дипломатия пережила трудное десятилетие.",
        "Сергей Лавров — бессменный",
        "Министр пережил четырёх президентов США и не собирается уходить.",
        "Мария Захарова — голос министерства",
        "Её брифинги смотрят миллионы. Коллеги говорят, что она пишет тексты сама.",
        kinds={1: "bold", 3: "bold"},
    )
    assert not [q for q in x.quotes if q.text.startswith(("Министр пережил", "Её брифинги"))]


def test_poll_interview_with_bold_questions_addressing_each_guest():
    """poll_answers, bold questions that open with the guest's name ("**Fyodor Lukyanov, let
    us start with the summit.**"): the plain answer after is that guest's."""
    d = doc(
        "Fyodor Lukyanov spoke to us in Moscow; Dmitri Trenin joined by video.",
        "Fyodor Lukyanov, let us start with the summit.",
        "The summit changed less than the headlines said.",
        "Dmitri Trenin, and your view of it.",
        "I would put it more sharply than that.",
        kinds={1: "bold", 3: "bold"},
    )
    assert speaker_of(d, "The summit changed") == "fyodor-lukyanov"
    assert speaker_of(d, "I would put it") == "dmitri-trenin"


def test_poll_ru_answer_quoting_another_with_its_own_tag():
    """poll_answers: a quote in an answer with a dash credit of its own keeps it."""
    x = _x(
        "ru",
        "Мы спросили двух экспертов, чего ждать от саммита.",
        "Иван Зуенко, научный сотрудник МГИМО",
        "«Мы не торопимся», — сказал Лавров на прошлой неделе. Это правда.",
        "Александр Габуев, директор Берлинского центра Карнеги",
        "Ждать прорывов не стоит.",
        kinds={1: "bold", 3: "bold"},
    )
    assert _ru_speaker(x, "Мы не торопимся") == "sergey-lavrov"
    assert _ru_speaker(x, "Ждать прорывов") == "alexander-gabuev"


def test_ru_stenogram_note_of_laughter_and_notes_in_running_text():
    """_NAME_LABEL with a note: "Ф.Лукьянов (смеётся): …" is his; "Кашин (в своей книге
    2019 года): …" outside a stenogram credits nobody wrongly."""
    x = _x(
        "ru",
        "Участники: Фёдор Лукьянов, главный редактор журнала; Василий Кашин, директор центра "
        "в Высшей школе экономики.",
        "Ф.Лукьянов: Начнём с простого вопроса. Что изменилось за год?",
        "В.Кашин (по видеосвязи): Изменилось многое, но не главное. Торговля растёт.",
        "Ф.Лукьянов (смеётся): Это уже хорошая новость.",
        "В.Кашин: Платежи остаются узким местом.",
    )
    assert _ru_speaker(x, "Это уже хорошая") == "fyodor-lukyanov"
    y = _x(
        "ru",
        "Фёдор Лукьянов и Василий Кашин спорили весь вечер.",
        "Кашин (в своей книге 2019 года): союз Москвы и Пекина невозможен.",
    )
    assert not [q for q in y.quotes if q.speaker]


def test_ru_stenogram_two_speakers_with_the_same_initial():
    """_NAME_LABEL 'Ф.Лукьянов' / 'Ф.Войтоловский': the same initial, no space, each label
    its own speaker."""
    x = _x(
        "ru",
        "Участники: Фёдор Лукьянов, главный редактор журнала; Фёдор Войтоловский, директор ИМЭМО.",
        "Ф.Лукьянов: Начнём с простого вопроса. Что изменилось за год?",
        "Ф.Войтоловский: Изменилось многое, но не главное.",
        "Ф.Лукьянов: А что с платежами?",
        "Ф.Войтоловский: Платежи остаются узким местом.",
    )
    assert _ru_speaker(x, "Изменилось многое") == "fyodor-voytolovsky"
    assert _ru_speaker(x, "А что с платежами") == "fyodor-lukyanov"


@pytest.mark.xfail(strict=True, reason="_NAME_LABEL: a floor question naming its asker is lost")
def test_ru_stenogram_question_from_the_floor_with_its_asker_named():
    """_NAME_LABEL 'Вопрос из зала', with the asker named in the note ("Вопрос из зала (Иван
    Зуенко, МГИМО): …"): the turn is dropped altogether (contestable: the README may want
    it nobody's, but then it should still be a quote)."""
    x = _x(
        "ru",
        "Участники: Фёдор Лукьянов, главный редактор журнала; Василий Кашин, директор центра "
        "в Высшей школе экономики.",
        "Ф.Лукьянов: Начнём с простого вопроса. Что изменилось за год?",
        "В.Кашин (по видеосвязи): Изменилось многое, но не главное. Торговля растёт.",
        "Вопрос из зала (Иван Зуенко, МГИМО): А что с платежами?",
        "В.Кашин: Платежи остаются узким местом.",
    )
    assert _ru_speaker(x, "А что с платежами") == "ivan-zuenko"


# -- 13a5d5f: RU dash credit tail with «…», channel post headers ---------------------------


def test_ru_dash_credit_tails_with_titles():
    """_CREDIT_TAIL: a column's title, a thesis and a book in «…» after the credited name."""
    x = _x(
        "ru",
        "«Пекин не станет рисковать рынком ради Москвы», — Тимофей Бордачёв в колонке для "
        "«Известий».",
        "«Москва не ищет себе покровителя в Пекине» — Тимофей Бордачёв, в ответ на тезис "
        "«Китай нас спасёт».",
        "«Это не союз, а брак по расчёту» — Александр Габуев, в рецензии на книгу «Путин и Си: "
        "дружба без границ».",
    )
    assert _ru_speaker(x, "Пекин не станет") == "timofei-bordachev"
    assert _ru_speaker(x, "Москва не ищет") == "timofei-bordachev"
    assert _ru_speaker(x, "Это не союз") == "alexander-gabuev"


def test_ru_dash_credit_after_a_short_quote():
    """_dash_credit: "«Москва не ищет покровителя» — Тимофей Бордачёв.": four words before a
    dash and a name are his words, but the quote is taken for a scare quote, nobody's
    (before the commit too)."""
    x = _x(
        "ru",
        "«Москва не ищет покровителя» — Тимофей Бордачёв, в ответ на тезис «Китай нас спасёт».",
    )
    assert _ru_speaker(x, "Москва не ищет") == "timofei-bordachev"


def test_ru_dash_credit_with_a_title_then_another_sentence():
    """_CREDIT_TAIL: "«…» — Иван Тимофеев, в интервью «Коммерсанту». «…», — добавил …": the
    first quote is read as a title and loses its credit when a sentence follows."""
    x = _x(
        "ru",
        "«Санкции работают медленно» — Иван Тимофеев, в интервью «Коммерсанту». «Но они "
        "работают», — добавил Эдвард Фишман.",
    )
    assert _ru_speaker(x, "Санкции работают") == "ivan-timofeev"


def test_ru_post_header_of_a_live_feed_naming_its_topic():
    """post_headers, a news feed whose item header names its topic ("[Переговоры] Сергей
    Лавров · 14:20 Министр прибыл …"): the reporter's line is credited to Lavrov."""
    x = _x(
        "ru",
        "[Переговоры] Сергей Лавров · 14:20 Министр прибыл в Анкару; встреча продлится два часа.",
    )
    assert not [q for q in x.quotes if q.text.startswith("Министр прибыл")]


def test_ru_post_header_in_a_reference_list():
    """post_headers, a numbered reference list "[1] Иван Тимофеев · Санкции и мы ⏎ Москва,
    2024.": the imprint is credited to the author as a statement."""
    x = _x(
        "ru",
        "Список литературы",
        "[1] Иван Тимофеев · Санкции и мы\nМосква, 2024.",
        "[2] Иван Зуенко · Китай в Арктике\nВладивосток, 2023.",
    )
    assert not x.quotes


def test_ru_post_headers_repost_and_an_author_reporting_another():
    """post_headers: a repost header ("Репост: …") credits nobody; a post that reports
    another's words is its author's, the reported words the other's."""
    x = _x(
        "ru",
        "[Китай и мы] Иван Зуенко · 3 марта, 09:15 Лавров заявил, что торговля выросла. Я в "
        "этом сомневаюсь.",
        "[Китай и мы] Репост: Алексей Маслов · 3 марта, 10:00 Юань стал главной валютой расчётов.",
    )
    assert _ru_speaker(x, "Лавров заявил") == "ivan-zuenko"
    assert _ru_speaker(x, "торговля выросла") == "sergey-lavrov"
    assert not [q for q in x.quotes if q.text.startswith("Юань")]


# -- 59bd111: an adverb before the tag's verb (\w+ly), the kin rules ------------------------


def test_adverb_rule_reads_family_as_an_adverb():
    """_NAMED_THEN_VERB with BEFORE_VERB: "“…,” Navalny’s family said": \\w+ly takes
    'family' for an adverb, so the dead man is credited with his family's statement."""
    d = doc(
        "Alexei Navalny died in an Arctic prison in February 2024.",
        "“We demand that his body be returned,” Navalny’s family said in a statement.",
    )
    assert speaker_of(d, "We demand that") is None


def test_adverb_rule_reads_ally_as_an_adverb():
    """_NAMED_THEN_VERB with BEFORE_VERB: "“…,” Modi’s ally said": the ally's words go to
    Modi."""
    d = doc(
        "Narendra Modi won a third term in 2024.",
        "“The coalition will hold,” Modi’s ally said on Tuesday.",
    )
    assert speaker_of(d, "The coalition will hold") is None


def test_adverbs_before_the_verb_of_a_tag():
    """BEFORE_VERB: 'had long argued', 'reportedly told' are tags of their subject."""
    d = doc(
        "Sergei Karaganov has advised the Kremlin for years. “Europe is finished,” he had long "
        "argued. “Asia is next,” Karaganov reportedly told students.",
    )
    assert speaker_of(d, "Europe is finished") == "sergei-karaganov"
    assert speaker_of(d, "Asia is next") == "sergei-karaganov"


def test_kin_the_son_quoted_in_the_next_paragraph():
    """_KIN_BEFORE, an obituary: "His son, Pyotr Orlov, said …. ¶ “He worked until …,” Orlov
    said": the son goes on speaking of his father; the dead man is credited."""
    d = doc(
        "Lev Pavlovich Orlov, a Soviet sinologist, died on Monday. His son, Pyotr Orlov, said "
        "the cause was a stroke.",
        "“He worked until the last week of his life,” Orlov said.",
        title="Lev Orlov, sinologist, dies at 88",
    )
    assert speaker_of(d, "He worked until") in (None, "pyotr-orlov")


def test_kin_surname_with_the_relatives_own_role():
    """_KIN_BEFORE: "Her husband, Laszlo Kovacs, was a diplomat …. ¶ “…,” Kovacs, the former
    diplomat, recalled": the role says it is the husband; the wife is credited."""
    d = doc(
        "Anna Kovacs has written the better book. Her husband, Laszlo Kovacs, was a diplomat "
        "in Beijing.",
        "“Beijing never forgot a slight,” Kovacs, the former diplomat, recalled.",
        title="Anna Kovacs on the reluctant partners",
    )
    assert speaker_of(d, "Beijing never forgot") in (None, "laszlo-kovacs")


def test_kin_word_in_a_figure_of_speech_keeps_the_subject():
    """_KIN_WORD in 'the father of the pivot', a namesake named paragraphs before: the
    article's subject keeps his surname."""
    d = doc(
        "Sergei Karaganov has shaped Russian thinking on Asia for decades. Karaganov chairs a "
        "council in Moscow.",
        "Dmitry Karaganov, a young economist at the Higher School of Economics, is no relation.",
        "The council publishes a report every spring. Its readers sit in ministries.",
        "Karaganov wrote the first such report in 2012. Karaganov likes to argue.",
        "Karaganov calls himself the father of the pivot to the east. “We saw it first,” "
        "Karaganov said.",
        title="Sergei Karaganov and the turn to Asia",
    )
    assert speaker_of(d, "We saw it first") == "sergei-karaganov"


# -- outside the reviewed rules, met on the way ---------------------------------------------


def test_zh_span_over_two_speakers_quotes():
    """Not one of the reviewed rules: "王毅表示：“…”拉夫罗夫强调：“…”" gives, besides each
    quote, a statement spanning both (with Lavrov's tag inside) credited to Wang Yi."""
    x = _x("zh", "王毅表示：“中方立场一贯。”拉夫罗夫强调：“双方合作不针对第三方。”")
    assert not [q for q in x.quotes if "中方立场" in q.text and "第三方" in q.text]
