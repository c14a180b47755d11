"""Review of c22c1b1's attribution rules: the English trade nouns added to _UNNAMED
(investor, lawyer, consultant, entrepreneur …); the Russian that-clause that goes on after a
capitalised quote (_CLAUSE_GOES_ON), the chain of "он" past someone met in an oblique case
(_RuMentions._chained), short names' oblique forms and a role after a colon
(_ROLE_AFTER_COLON); the Chinese 他/她 opening a paragraph read from the sentence that
closed the one before (_ZhMentions._opener) and surname+title made ambiguous by "两位/几位".
Near misses where a rule fires on ordinary journalism and should not are strict xfails for
the lead to fix (most are losses against the code before c22c1b1, said so in each); the
passing ones guard what the rules were made for. Every sentence is written for its test;
the quotations are invented."""

from __future__ import annotations

import pytest
from test_extract import doc, speaker_of

from tealeaves.extract import extract, load_registry
from tealeaves.model import Block, Document


def _x(language: str, *paragraphs: str):
    blocks = [Block("body", p) for p in paragraphs]
    d = Document.build(id="t", title="T", blocks=blocks, language=language)
    return extract(d, load_registry())


def _said(x, fragment: str) -> str | None:
    (q,) = [q for q in x.quotes if fragment in q.text]
    return q.speaker


# -- English: the new trade nouns of _UNNAMED --------------------------------------------


def test_en_an_investor_as_the_object_before_he():
    """ "Wang Jianlin … sold a stake to an investor from Hong Kong. “…,” he said": the
    investor is the one sold to, not a subject; the words are Wang's (before c22c1b1: his)."""
    d = doc(
        "Wang Jianlin built the company over three decades. Last year he sold a stake to an "
        "investor from Hong Kong. “I have no regrets,” he said.",
    )
    assert speaker_of(d, "I have no regrets") == "wang-jianlin"


def test_en_hired_a_lawyer_in_the_paragraph_of_the_quote():
    """ "Jack Ma kept out of sight. ¶ He hired a lawyer and waited. “…,” he said later":
    the lawyer is hired, the "he" who hires and speaks is Ma (before c22c1b1: his)."""
    d = doc(
        "Jack Ma kept out of sight for months.",
        "He hired a lawyer and waited. “I was told to be patient,” he said later.",
    )
    assert speaker_of(d, "I was told to be patient") == "jack-ma"


def test_en_worked_as_a_consultant():
    """ "After leaving the ministry he worked as a consultant …. “…,” he said": what the
    named man was, not someone else (before c22c1b1: Yang Hengjun's)."""
    d = doc(
        "Yang Hengjun spent years in Sydney. After leaving the ministry he worked as a "
        "consultant and wrote novels. “I am not a spy,” he said.",
    )
    assert speaker_of(d, "I am not a spy") == "yang-hengjun"


def test_en_had_become_an_entrepreneur():
    """ "Dong Mingzhu joined Gree …. ¶ … she had become an entrepreneur in her own right.
    “…,” she said": a predicate of hers (before c22c1b1: Dong's)."""
    d = doc(
        "Dong Mingzhu joined Gree in 1990.",
        "Within a decade she had become an entrepreneur in her own right. “I never asked for "
        "permission,” she said.",
    )
    assert speaker_of(d, "I never asked for permission") == "dong-mingzhu"


def test_en_trained_as_a_lawyer():
    """ "He had trained himself as a lawyer without a degree. “…,” he said": Chen's own
    trade (before c22c1b1: his)."""
    d = doc(
        "Chen Guangcheng escaped in 2012. He had trained himself as a lawyer without a degree. "
        "“The law was the only weapon I had,” he said.",
    )
    assert speaker_of(d, "The law was the only weapon") == "chen-guangcheng"


def test_en_an_investor_in_the_question_asked():
    """ "Asked whether an investor should still come to China, he paused. “…,” he said":
    the investor is the question's topic; the ambassador answers (before c22c1b1: Burns)."""
    d = doc(
        "Ambassador Nicholas Burns gave an interview. Asked whether an investor should still "
        "come to China, he paused. “Come with your eyes open,” he said.",
    )
    assert speaker_of(d, "Come with your eyes open") == "nicholas-burns"


def test_en_guard_an_apposition_with_a_new_trade_noun_stays_the_named_one():
    """ "Zhou Li, a lawyer in Shanghai …, said …. “…,” she said", "Radchenko, a historian
    at Johns Hopkins", "Mo Shaoping, a Beijing lawyer who told Reuters …": the one named."""
    d = doc(
        "Foreign Ministry spokesman Lin Jian declined to comment on the case.",
        "Zhou Li, a lawyer in Shanghai who has represented several of the detained, said the "
        "charges were vague. “Nobody can tell you what the crime is,” she said.",
        "Sergey Radchenko, a historian at Johns Hopkins, said the treaty had always been thin. "
        "“It was a marriage of convenience from the start,” he said.",
    )
    assert speaker_of(d, "Nobody can tell you") == "zhou-li"
    assert speaker_of(d, "It was a marriage") == "sergey-radchenko"
    d = doc(
        "Mo Shaoping, a Beijing lawyer who told Reuters the charges were vague, has defended "
        "dissidents for decades.",
        "“Nobody can tell you what the crime is,” he said.",
    )
    assert speaker_of(d, "Nobody can tell you") == "mo-shaoping"


def test_en_guard_an_unnamed_forwarder_after_a_named_minister():
    """ "Wang Wentao toured the port. ¶ A freight forwarder …, who gave no name, said ….
    “…,” he said": the forwarder's, nobody named (the rule's purpose)."""
    d = doc(
        "Trade Minister Wang Wentao toured the port.",
        "A freight forwarder in Tianjin, who gave no name, said queues were long. “We wait "
        "four days for a berth,” he said.",
    )
    assert speaker_of(d, "We wait four days") is None


# -- Russian: _CLAUSE_GOES_ON -------------------------------------------------------------


def test_ru_short_quote_after_that_with_the_clause_going_on_and_that():
    """ "Лавров заявил, что «Запад проиграл» и что …": his words, not a name (before
    c22c1b1: his); the clause goes on with "и что", not with a company beside it."""
    x = _x("ru", "Сергей Лавров заявил, что «Запад проиграл» и что переговоры неизбежны.")
    assert _said(x, "Запад проиграл") == "sergey-lavrov"


def test_ru_short_quote_after_that_with_an_adverbial_after_it():
    """ "Песков сказал, что «Москва открыта» для любого диалога", "Захарова заявила, что
    «Вашингтон лжёт» уже не первый год": words said, the clause going on with a phrase of
    their own sentence (before c22c1b1: theirs)."""
    x = _x(
        "ru",
        "Дмитрий Песков сказал, что «Москва открыта» для любого диалога.",
        "Мария Захарова заявила, что «Вашингтон лжёт» уже не первый год.",
    )
    assert _said(x, "Москва открыта") == "dmitry-peskov"
    assert _said(x, "Вашингтон лжёт") == "maria-zakharova"


def test_ru_guard_a_company_in_a_that_clause_and_a_short_quote_ending_it():
    """ "Песков сказал, что «Газпром» и CNPC …": a company; "Лавров заявил, что «Запад
    проиграл». …": the clause ends, his words."""
    x = _x(
        "ru",
        "Дмитрий Песков сказал, что «Газпром» и CNPC договорятся о цене сами.",
        "Сергей Лавров заявил, что «Запад проиграл». Переговоры, по его словам, неизбежны.",
    )
    assert _said(x, "Газпром") is None
    assert _said(x, "Запад проиграл") == "sergey-lavrov"


# -- Russian: _RuMentions._chained ---------------------------------------------------------


def test_ru_she_of_the_previous_paragraph_is_a_newspaper():
    """ "«Российская газета» …. Она опубликовала интервью с Валентиной Матвиенко. ¶ «…», —
    сказала она": that "Она" is the newspaper; the one interviewed speaks, not Zakharova
    named two paragraphs up (before c22c1b1: Matviyenko)."""
    x = _x(
        "ru",
        "Официальный представитель МИД России Мария Захарова в четверг провела брифинг.",
        "«Российская газета» в тот же день вышла с большим материалом о Китае. Она "
        "опубликовала интервью с Валентиной Матвиенко.",
        "«Парламентская дипломатия не знает пауз», — сказала она.",
    )
    assert _said(x, "Парламентская дипломатия") == "valentina-matviyenko"


def test_ru_he_of_the_previous_paragraph_is_a_tv_channel():
    """ "Первый канал …. Он показал большое интервью с Сергеем Лавровым. ¶ «…», — сказал
    он": the channel showed Lavrov, who speaks (before c22c1b1: Lavrov), not Peskov."""
    x = _x(
        "ru",
        "Дмитрий Песков в среду отказался комментировать сроки визита.",
        "Первый канал тем временем готовил вечерний выпуск. Он показал большое интервью с "
        "Сергеем Лавровым.",
        "«Мы не закрываем дверь ни перед кем», — сказал он.",
    )
    assert _said(x, "Мы не закрываем дверь") == "sergey-lavrov"


def test_ru_the_guest_met_in_the_accusative_speaks():
    """ "Путин …. Он принял председателя КНР Си Цзиньпина. ¶ Гость говорил негромко. «…»,
    — сказал он": the guest, Xi (before c22c1b1: Xi), not Putin by the chain."""
    x = _x(
        "ru",
        "Владимир Путин провёл в Кремле несколько встреч. Он принял председателя КНР Си Цзиньпина.",
        "Гость говорил негромко. «Мир меняется так, как не менялся сто лет», — сказал он.",
    )
    assert _said(x, "Мир меняется") == "xi-jinping"


def test_ru_the_one_given_the_floor_speaks():
    """ "Дискуссию открыл Фёдор Лукьянов. Он сразу предоставил слово Василию Кашину. ¶ «…»,
    — сказал он": the one given the floor speaks (before c22c1b1: Kashin), not the
    moderator. (Open to argument; the military topic is Kashin's.)"""
    x = _x(
        "ru",
        "Дискуссию открыл Фёдор Лукьянов. Он сразу предоставил слово Василию Кашину.",
        "«Военное сотрудничество растёт, но союза нет», — сказал он.",
    )
    assert _said(x, "Военное сотрудничество") == "vasily-kashin"


@pytest.mark.xfail(
    strict=True,
    reason="older (c22c1b1 narrowed, no longer fires): the one met two paragraphs up, "
    "past an unnamed deputy",
)
def test_ru_an_unnamed_subject_in_the_paragraph_between():
    """ "Песков …. Он напомнил о … переговорах с Ли Цяном. ¶ Один из депутатов Госдумы,
    попросивший не называть его имени, высказался резче. ¶ «…», — сказал он": the deputy's,
    nobody named; the chain gives Peskov (before c22c1b1: Li Qiang, wrong too)."""
    x = _x(
        "ru",
        "Дмитрий Песков ответил на вопросы журналистов. Он напомнил о недавних переговорах с "
        "Ли Цяном.",
        "Один из депутатов Госдумы, попросивший не называть его имени, высказался резче.",
        "«Пекин выжимает из нас скидки», — сказал он.",
    )
    assert _said(x, "Пекин выжимает") is None


@pytest.mark.xfail(
    strict=True,
    reason="older (c22c1b1, narrowed, no longer fires): 'Он' of МИД КНР, the one it met (Lavrov)",
)
def test_ru_he_of_the_previous_paragraph_is_a_ministry():
    """ "Тем временем МИД КНР …. Он направил ноту Сергею Лаврову. ¶ «…», — сказал он": the
    ministry, no person; the chain gives Maslov (before c22c1b1: Lavrov, wrong too)."""
    x = _x(
        "ru",
        "Алексей Маслов выступил на конференции в Казани.",
        "Тем временем МИД КНР тоже не молчал. Он направил ноту Сергею Лаврову.",
        "«Китай не вмешивается в чужие дела», — сказал он.",
    )
    assert _said(x, "Китай не вмешивается") is None


def test_ru_guard_the_chain_of_he_past_someone_met():
    """ "Он поблагодарил Лаврова" after "его принял Си Цзиньпин": Xi; "Он был встречен
    ректором Анатолием Торкуновым": the ambassador; "Она ответила на вопросы Анатолия
    Аксакова": Nabiullina; "с Ли Цяном": Mishustin (before c22c1b1 all the one met)."""
    x = _x(
        "ru",
        "Сергей Лавров провёл переговоры в Пекине.",
        "Вечером гостя принял Си Цзиньпин. Он поблагодарил Лаврова за работу.",
        "«Наши отношения находятся на историческом максимуме», — сказал он.",
    )
    assert _said(x, "Наши отношения") == "xi-jinping"
    x = _x(
        "ru",
        "Посол Китая в России Чжан Ханьхуэй выступил в МГИМО.",
        "Он был встречен ректором Анатолием Торкуновым.",
        "«Я рад вернуться в эту аудиторию», — сказал он.",
    )
    assert _said(x, "Я рад вернуться") == "zhang-hanhui"
    x = _x(
        "ru",
        "Эльвира Набиуллина выступила в Госдуме. Она ответила на вопросы Анатолия Аксакова.",
        "«Ставка останется высокой столько, сколько нужно», — сказала она.",
    )
    assert _said(x, "Ставка останется") == "elvira-nabiullina"
    x = _x(
        "ru",
        "Михаил Мишустин прилетел в Пекин. Он провёл переговоры с Ли Цяном.",
        "«Мы договорились о многом», — сказал он.",
    )
    assert _said(x, "Мы договорились") == "mikhail-mishustin"


# -- Russian: _ROLE_AFTER_COLON -------------------------------------------------------------


def test_ru_a_role_after_a_colon_of_the_one_before_the_colon_expert():
    """ "Ван Вэнь из Жэньминьского университета был осторожен: китайский эксперт отметил,
    что «…»": one sentence about one man; the expert is Wang Wen (before c22c1b1: his)."""
    x = _x(
        "ru",
        "Ван Вэнь из Жэньминьского университета был осторожен: китайский эксперт отметил, "
        "что «санкции не остановят торговлю».",
    )
    assert _said(x, "санкции не остановят") == "wang-wen"


def test_ru_a_role_after_a_colon_of_the_one_before_the_colon_diplomat():
    """ "Мария Захарова ответила резко: дипломат заявила, что «…»": the feminine verb and
    the sentence's one subject make it hers (before c22c1b1: hers)."""
    x = _x(
        "ru",
        "Мария Захарова ответила резко: дипломат заявила, что «никаких уступок не будет».",
    )
    assert _said(x, "никаких уступок") == "maria-zakharova"


def test_ru_a_role_after_a_colon_of_the_one_before_the_colon_host():
    """ "Главный редактор … Фёдор Лукьянов подвёл итог: ведущий напомнил, что «…»": the
    host is the one summing up (before c22c1b1: Lukyanov)."""
    x = _x(
        "ru",
        "Главный редактор журнала «Россия в глобальной политике» Фёдор Лукьянов подвёл итог: "
        "ведущий напомнил, что «ни одна из сторон не готова уступить».",
    )
    assert _said(x, "ни одна из сторон") == "fyodor-lukyanov"


def test_ru_guard_a_role_after_a_colon_the_text_gives_him():
    """ "Ван И был краток: глава китайской дипломатии сказал", "Министр … Лавров …. Лавров
    ответил коротко: министр заявил": the one before the colon."""
    x = _x(
        "ru",
        "Ван И был краток: глава китайской дипломатии сказал, что «дверь остаётся открытой».",
        "Министр иностранных дел России Сергей Лавров прилетел в Пекин. Лавров ответил "
        "коротко: министр заявил, что «никаких уступок не будет».",
    )
    assert _said(x, "дверь остаётся") == "wang-yi"
    assert _said(x, "никаких уступок") == "sergey-lavrov"


# -- Chinese: _ZhMentions._opener across paragraphs; 两位/几位 ---------------------------------


def test_zh_he_after_a_reporter_interviewed_someone():
    """ "本报记者王芳日前专访了……阎学通。¶他表示，“…”": the one interviewed, not the reporter
    who opens the sentence (and is a 她 by her name); before c22c1b1: Yan."""
    x = _x(
        "zh",
        "中美关系近来再度紧张。",
        "本报记者王芳日前专访了清华大学国际关系研究院院长阎学通。",
        "他表示，“两国都不想打仗，但都在准备”。",
    )
    assert _said(x, "两国都不想打仗") == "yan-xuetong"


def test_zh_he_after_a_medal_given_to_someone():
    """ "普京……向中国科学院院士王贻芳颁发了友谊勋章。¶他说，“这份荣誉属于整个团队”": the
    one honoured thanks; before c22c1b1: Wang Yifang."""
    x = _x(
        "zh",
        "俄罗斯总统普京在克里姆林宫向中国科学院院士王贻芳颁发了友谊勋章。",
        "他说，“这份荣誉属于整个团队”。",
    )
    assert _said(x, "这份荣誉") == "wang-yifang"


def test_zh_he_answers_after_a_question_put_to_him():
    """ "卡拉加诺夫向冯玉军提出了一个尖锐的问题。¶他回答说，“…”": the one asked answers;
    before c22c1b1: Feng."""
    x = _x(
        "zh",
        "复旦大学教授冯玉军出席了研讨会。",
        "会上，俄罗斯学者卡拉加诺夫向冯玉军提出了一个尖锐的问题。",
        "他回答说，“中国不会在俄乌之间选边”。",
    )
    assert _said(x, "中国不会在俄乌之间选边") == "feng-yujun"


@pytest.mark.xfail(
    strict=True, reason="older: a background sentence on Zelensky closes the expert's paragraph"
)
def test_zh_he_after_a_background_sentence_on_someone_else():
    """ "李永辉分析了局势。泽连斯基上周再次访问了华盛顿。¶他认为，“乌克兰手里的筹码正在减少”":
    the analyst's judgment, not Zelensky's (before c22c1b1: Zelensky too)."""
    x = _x(
        "zh",
        "中国社会科学院俄罗斯东欧中亚研究所研究员李永辉分析了局势。泽连斯基上周再次访问了华盛顿。",
        "他认为，“乌克兰手里的筹码正在减少”。",
    )
    assert _said(x, "乌克兰手里的筹码") == "li-yonghui"


def test_zh_guard_he_goes_on_from_the_subject_that_closed_the_paragraph():
    """ "王毅首先对拉夫罗夫表示欢迎。¶他说": Wang Yi (the one met before c22c1b1);
    "主持人……请……阎学通发表看法。¶他说": Yan."""
    x = _x(
        "zh",
        "外交部长王毅在北京会见了到访的俄罗斯外长拉夫罗夫。",
        "拉夫罗夫此行是为峰会做准备。王毅首先对拉夫罗夫表示欢迎。",
        "他说，“中俄关系不针对第三方”。",
    )
    assert _said(x, "中俄关系不针对第三方") == "wang-yi"
    x = _x(
        "zh",
        "论坛由凤凰卫视主持人吴小莉主持。吴小莉首先请清华大学教授阎学通发表看法。",
        "他说，“中美两国都在准备一场不想打的仗”。",
    )
    assert _said(x, "中美两国都在准备") == "yan-xuetong"


def test_zh_he_after_a_passive_welcome_is_the_one_welcomed():
    """ "普京受到了……习近平的热烈欢迎。¶他说": Putin, the subject of the passive."""
    x = _x(
        "zh",
        "俄罗斯总统普京抵达北京。",
        "普京受到了中国国家主席习近平的热烈欢迎。",
        "他说，“我们是好邻居”。",
    )
    assert _said(x, "我们是好邻居") == "vladimir-putin"


def test_zh_several_of_professor_wangs_students():
    """ "几位王教授的学生围上来提问。¶王教授笑着说": the students of one Professor Wang, not
    several of them; the one the text calls 教授 (before c22c1b1: Wang Jisi)."""
    x = _x(
        "zh",
        "中国人民大学国际关系学院研究员王义桅谈了欧洲。",
        "北京大学国际关系学院教授王缉思认为，中美关系仍是关键。",
        "会后，几位王教授的学生围上来提问。",
        "王教授笑着说，“答案要你们自己去找”。",
    )
    assert _said(x, "答案要你们自己去找") == "wang-jisi"
