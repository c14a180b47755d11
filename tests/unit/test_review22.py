"""Review of afacc70..a78a2b3 (the twenty-second session's rules): Chinese terms that open a
clause after a comma, 把 before a term, a demonstrative after the marks (这一/这个/这股), a
status named at once after a comma, passives' labels, others' hype, 不等于, unnamed groups
before a colon, a country's side in a speaker slot (美方/欧方) and a name in 方 after a role,
就 before 向/对; Russian свой/собственный and a noun for words, "его любимое" after its owner,
"для него"/"для самого X"/"для которого", "автор определения", "на взгляд", and a sentence
opened by its subject that gives words a noun and a dash.

Every sentence is written for its test; quotations are invented. A strict xfail whose reason
starts with "older" was wrong before afacc70 too; the others are losses or misfires of the
new rules."""

from __future__ import annotations

import pytest

from helpers import credited as _credited
from helpers import extracted as _x
from helpers import people_of as _people
from helpers import speaker_of as _speaker

# ---- Chinese: a short quote that opens a clause after a comma --------------------------------


def test_zh_own_verb_phrase_opening_a_clause_with_its_object_after():
    x = _x("zh", "外交部发言人毛宁说，“坚决反对”美方在台湾问题上的一切挑衅。")
    assert _speaker(x, "坚决反对") == "mao-ning"


def test_zh_own_short_clause_before_but_is_the_speaker_s():
    x = _x("zh", "北京大学教授王缉思认为，“门槛很高”但并非不可逾越。")
    assert _speaker(x, "门槛很高") == "wang-jisi"


def test_zh_subject_term_in_traditional_characters_is_nobody_s():
    x = _x("zh", "台灣大學教授張登及認為，「戰略模糊」在華府早已不再流行。")
    assert _speaker(x, "戰略模糊") is None


# ---- Chinese: 把 and demonstratives after the marks ------------------------------------------


def test_zh_ba_before_the_speaker_s_own_clause_keeps_the_speaker():
    x = _x("zh", "外交部长王毅表示，中方会把“该做的事情做好”，不受外界干扰。")
    assert _speaker(x, "该做的事情做好") == "wang-yi"


def test_zh_this_sentence_after_the_speaker_s_own_words_is_his():
    x = _x("zh", "中国人民大学教授王文说，“美元霸权正在松动”这句话他十年前就说过。")
    assert _speaker(x, "美元霸权正在松动") == "wang-wen"


def test_zh_this_positioning_after_the_speaker_s_description_keeps_it_his():
    x = _x(
        "zh",
        "外交部长王毅说，中俄关系是“世界上最稳定的大国关系”，这一定位不会因外部压力而改变。",
    )
    assert _speaker(x, "世界上最稳定的大国关系") == "wang-yi"


def test_zh_that_current_after_a_term_is_a_term():
    x = _x("zh", "中国社会科学院研究员孙壮志提醒，不要小看“友岸外包”那股潮流。")
    assert _speaker(x, "友岸外包") is None


@pytest.mark.xfail(
    strict=True,
    reason="older: '，这一自我定位' (a word before 定位) is not in the status list "
    "(身份/定位/标签/叙事 right after 这一): the status is credited to the speaker",
)
def test_zh_this_self_positioning_after_a_status_is_a_term():
    x = _x(
        "zh",
        "上海国际问题研究院研究员赵隆强调，中国的自我定位始终是“近北极国家”，"
        "这一自我定位决定了参与的边界。",
    )
    assert _speaker(x, "近北极国家") is None


def test_zh_this_status_and_this_current_in_traditional_characters_are_terms():
    x = _x(
        "zh",
        "上海國際問題研究院研究員趙隆強調，中國的自我定位始終是「近北極國家」，這一身份決定了參與的邊界。",
        "中國社會科學院研究員孫壯志提醒，不要小看「友岸外包」這股潮流。",
    )
    assert _speaker(x, "近北極國家") is None
    assert _speaker(x, "友岸外包") is None


# ---- Chinese: passives, hype, 不等于, 将 ---------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="older: 将, the written 把, before a term ('不要将“全球南方”视为…') is not in the "
    "list: the term is credited to the speaker",
)
def test_zh_jiang_before_a_term_is_a_term():
    x = _x("zh", "前外交部副部长傅莹提醒，不要将“全球南方”视为一个整齐划一的阵营。")
    assert _speaker(x, "全球南方") is None


def test_zh_a_passive_label_with_jiaozuo_is_nobody_s():
    x = _x("zh", "上海外国语大学教授杨成指出，中亚国家的外交常被叫做“多元平衡”。")
    assert _speaker(x, "多元平衡") is None


def test_zh_a_passive_label_with_a_long_agent_is_nobody_s():
    x = _x(
        "zh",
        "上海外国语大学教授杨成指出，中亚国家的外交被西方主流媒体普遍形容为“多元平衡”。",
    )
    assert _speaker(x, "多元平衡") is None


def test_zh_a_term_after_others_trumpeting_it_is_nobody_s():
    x = _x(
        "zh",
        "中国社会科学院研究员李勇慧指出，一些西方媒体大肆宣扬中俄在北极“瓜分航道”，这并不符合事实。",
    )
    assert _speaker(x, "瓜分航道") is None


def test_zh_two_terms_told_apart_with_dengtongyu_are_terms():
    x = _x("zh", "北京大学教授王缉思认为，“竞争”并不等同于“对抗”，两者之间有很大的空间。")
    assert _speaker(x, "竞争") is None
    assert _speaker(x, "对抗") is None


# ---- Chinese: people not named speaking before a colon --------------------------------------


def test_zh_an_unnamed_expert_before_a_colon_is_nobody():
    x = _x("zh", "兰州大学教授杨恕说，有专家私下说：“这条铁路十年之内修不完。”")
    assert _speaker(x, "这条铁路十年之内") is None


def test_zh_local_herders_before_a_colon_are_nobody():
    x = _x("zh", "兰州大学教授杨恕说，当地牧民常说：“草场在哪里，家就在哪里。”")
    assert _speaker(x, "草场在哪里") is None


def test_zh_respondents_before_a_colon_in_traditional_characters_are_nobody():
    x = _x(
        "zh",
        "蘭州大學教授楊恕說，受訪者最常說的一句話是：「鐵路修到哪裡，集市就開到哪裡。」",
    )
    assert _speaker(x, "鐵路修到哪裡") is None


# ---- Chinese: a country's side and a name in 方 -------------------------------------------


def test_zh_on_behalf_of_the_eu_side_is_no_person():
    x = _x("zh", "欧盟驻华大使托莱多代表欧方表示，“双方的分歧可以管控”。")
    assert "ou-fang" not in _people(x)
    assert _speaker(x, "双方的分歧") != "ou-fang"


def test_zh_a_scholar_surnamed_ou_after_a_role_is_a_person():
    x = _x("zh", "中国社会科学院研究员欧方指出，“东北亚的局势正在起变化”。")
    assert _speaker(x, "东北亚的局势") == "ou-fang"


@pytest.mark.xfail(
    strict=True,
    reason="older: a scholar named 韩方 after a role ('教授韩方说') is not found at all (the "
    "role exception works for 欧方 and 何方 but not 韩方): the words are nobody's",
)
def test_zh_a_scholar_surnamed_han_after_a_role_is_a_person():
    x = _x("zh", "北京大学教授韩方说，“东北亚的局势正在起变化”。")
    assert _speaker(x, "东北亚的局势") == "han-fang"


def test_zh_sides_whose_first_character_is_a_surname_are_no_people():
    x = _x(
        "zh",
        "马方在会谈中表示，“愿同中方继续合作”。",
        "沙方则表示，“能源合作没有上限”。",
        "韓方在會談中表示，「願意加強溝通」。",
    )
    assert not _people(x)
    assert _credited(x, "愿同中方") <= {None}
    assert _credited(x, "能源合作") <= {None}


# ---- Chinese: 就 before 向/对 ---------------------------------------------------------------


def test_zh_jiu_meaning_regarding_does_not_give_another_s_words_to_the_named():
    x = _x("zh", "清华大学教授阎学通认为，拜登就对华政策说过的话“并不算数”。")
    assert _speaker(x, "并不算数") != "joe-biden"


@pytest.mark.xfail(
    strict=True,
    reason="older: after '就向记者', 解释说 is read as a name (xie-shishuo) and the words go to "
    "that invented person instead of the spokesman",
)
def test_zh_jiu_to_the_reporters_then_explained_is_the_spokesman_s():
    x = _x("zh", "外交部发言人林剑就向记者解释说，“中方没有义务回应各种猜测”。")
    assert "xie-shishuo" not in _people(x)
    assert _speaker(x, "中方没有义务") == "lin-jian"


# ---- Russian: свой/собственный and a noun for words ---------------------------------------


def test_ru_a_quotation_of_someone_else_in_one_s_own_article_is_not_one_s_own():
    x = _x(
        "ru",
        "Иван Зуенко вынес в заголовок своей статьи цитату «Дальний Восток — это фасад "
        "страны», принадлежащую Владимиру Путину.",
    )
    assert _speaker(x, "Дальний Восток") in {None, "vladimir-putin"}


def test_ru_one_s_own_remark_on_a_slogan_others_coined_is_not_one_s_words():
    x = _x(
        "ru",
        "Дмитрий Тренин посвятил свою реплику лозунгу «Пекин и Москва спина к спине», который "
        "придумали китайские журналисты.",
    )
    assert _speaker(x, "Пекин и Москва") is None


def test_ru_an_aphorism_borrowed_for_one_s_own_book_is_not_one_s_own():
    x = _x(
        "ru",
        "Тимофей Бордачёв позаимствовал для своей книги афоризм «дипломатия — это искусство "
        "ждать» у Евгения Примакова.",
    )
    assert _speaker(x, "дипломатия") in {None, "yevgeny-primakov"}


def test_ru_svoy_after_the_one_contrasted_is_not_the_subject_s():
    x = _x(
        "ru",
        "Фёдор Лукьянов, в отличие от Сергея Караганова со своим «Европа нам больше не нужна», "
        "говорил осторожно.",
    )
    assert _speaker(x, "Европа нам") in {None, "sergei-karaganov"}


def test_ru_ego_after_the_one_contrasted_is_not_the_subject_s():
    x = _x(
        "ru",
        "Фёдор Лукьянов, в отличие от Сергея Караганова с его вечным «Европа нам больше не "
        "нужна», говорил осторожно.",
    )
    assert _speaker(x, "Европа нам") in {None, "sergei-karaganov"}


# ---- Russian: "его любимое" ----------------------------------------------------------------


def test_ru_the_name_with_his_favourite_saying_is_his():
    x = _x("ru", "Сергей Лавров с его любимым «не дождётесь» снова стал героем соцсетей.")
    assert _speaker(x, "не дождётесь") == "sergey-lavrov"


@pytest.mark.xfail(
    strict=True,
    reason="older: 'Ломанов вспомнил Примакова и его любимое «…»': the owner is the object in "
    "the genitive before 'и его', which is skipped as oblique: the saying is nobody's",
)
def test_ru_his_favourite_saying_after_an_object_is_the_object_s():
    x = _x(
        "ru",
        "Александр Ломанов вспомнил Евгения Примакова и его любимое «Восток — дело тонкое, но "
        "решаемое».",
    )
    assert _speaker(x, "Восток — дело тонкое") == "yevgeny-primakov"


# ---- Russian: "для него", "для самого X", "для которого" -----------------------------------


def test_ru_for_whom_after_the_object_is_the_object_s():
    x = _x(
        "ru",
        "Сергей Караганов спорит с Фёдором Лукьяновым, для которого нынешний кризис — «долгая "
        "зима».",
        "Сергей Лавров посетил Казахстан, для которого транзит — «вопрос выживания».",
    )
    assert _speaker(x, "долгая зима") == "fyodor-lukyanov"
    assert _speaker(x, "вопрос выживания") is None


def test_ru_for_him_after_a_critique_is_not_the_critic_s():
    x = _x(
        "ru",
        "Фёдор Лукьянов раскритиковал доклад Сергея Караганова: для него Европа — лишь "
        "«пройденный этап», и это, по словам Лукьянова, ошибка.",
    )
    assert _speaker(x, "пройденный этап") != "fyodor-lukyanov"


def test_ru_for_him_himself_at_a_sentence_start_is_his_view():
    x = _x(
        "ru",
        "Александр Габуев выпустил новую книгу. Для него самого это — «итог десятилетия».",
    )
    assert _speaker(x, "итог десятилетия") == "alexander-gabuev"


# ---- Russian: "автор определения" --------------------------------------------------------


def test_ru_the_author_of_a_formula_in_the_instrumental_is_not_the_subject():
    x = _x("ru", "Фёдор Лукьянов спорит с Сергеем Карагановым — автором формулы «холодный мир».")
    assert _speaker(x, "холодный мир") in {None, "sergei-karaganov"}


def test_ru_the_author_of_a_book_title_is_no_speaker():
    x = _x(
        "ru",
        "Александр Габуев — автор определения «асимметричная взаимозависимость» и книги "
        "«Пекин без иллюзий».",
    )
    assert _speaker(x, "асимметричная") == "alexander-gabuev"
    assert _speaker(x, "Пекин без иллюзий") is None


def test_ru_the_author_of_a_famous_phrase_with_an_adjective_coined_it():
    x = _x("ru", "Александр Габуев — автор крылатой фразы «асимметричная взаимозависимость».")
    assert _speaker(x, "асимметричная") == "alexander-gabuev"


def test_ru_a_concept_brought_into_use_in_the_passive_is_the_coiner_s():
    x = _x(
        "ru",
        "Понятие «стратегическое одиночество», введённое в оборот Дмитрием Трениным, "
        "обсуждали весь вечер.",
    )
    assert _speaker(x, "стратегическое одиночество") == "dmitri-trenin"


# ---- Russian: "на взгляд" ------------------------------------------------------------------


def test_ru_her_gaze_is_no_view_of_hers():
    x = _x(
        "ru",
        "Мария Захарова вошла в зал последней. Журналисты обратили внимание на её взгляд, "
        "усталый и раздражённый, хотя брифинг прошёл спокойно.",
    )
    assert not any(q.speaker == "maria-zakharova" for q in x.quotes)


def test_ru_at_first_sight_and_an_outsider_s_view_are_no_one_s():
    x = _x(
        "ru",
        "На первый взгляд, переговоры шли без всякого прогресса.",
        "На взгляд постороннего, стороны говорили о разном.",
    )
    assert not x.quotes or all(q.speaker is None for q in x.quotes)


# ---- Russian: the subject gives words a noun and a dash or a colon -------------------------


def test_ru_a_formula_heard_from_others_is_not_the_hearer_s():
    x = _x(
        "ru", "Василий Кашин услышал от китайских коллег новую формулу: «учения без противника»."
    )
    assert _speaker(x, "учения без противника") is None


def test_ru_a_definition_cited_with_its_giver_after_it_is_not_the_citer_s():
    x = _x(
        "ru",
        "Фёдор Лукьянов привёл старое определение — «евразийский остров», которое когда-то дал "
        "Евгений Примаков.",
    )
    assert _speaker(x, "евразийский остров") in {None, "yevgeny-primakov"}


def test_ru_a_formula_debunked_is_not_the_debunker_s():
    x = _x("ru", "Тимофей Бордачёв развенчал модную формулу — «азиатский век».")
    assert _speaker(x, "азиатский век") is None


def test_ru_a_thesis_cast_into_doubt_is_not_the_doubter_s():
    x = _x(
        "ru",
        "Василий Кашин поставил под сомнение популярный тезис — «китайское оружие для России».",
    )
    assert _speaker(x, "китайское оружие") is None


# ---- Russian: close variants of the subject's own words ------------------------------------


def test_ru_one_s_own_favourite_little_word_is_one_s_own():
    x = _x(
        "ru",
        "Василий Кашин со своим любимым словечком «витринная армия» выступил последним.",
    )
    assert _speaker(x, "витринная армия") == "vasily-kashin"


def test_ru_known_for_her_words_is_hers():
    x = _x(
        "ru",
        "Мария Захарова, известная своими словами «давайте по существу», прервала журналиста.",
    )
    assert _speaker(x, "давайте по существу") == "maria-zakharova"
