"""Review of the twenty-third session's Russian attribution rules: a tag after the quote with
a role of any trade (_ROLE_WORDS, TAG_VERB) and someone from the audience (_unnamed_after),
the words' own names left out of _paragraph_subject and _beat_before, "— сказал С. Лавров",
the floor given to "его коллега", a long sentence's subject read before the pattern's reach,
words someone brings (_QUOTES_ANOTHER with a relative clause), a digest's "о визите X:",
"обратил внимание"/"известен тем, что" before a quote, "Ответ X …" (_NOTED_OWNER), a role in
apposition (_APPOSED_BEFORE), "назвавший"/"назвав", a paper after "в беседе с"/"для", and
Chinese people who share a surname or stand side by side. Wrong credits first, then close
variants that should work. Every sentence is written for its test; the quotations are
invented."""

from __future__ import annotations

import pytest

from helpers import credited as _credited
from helpers import extracted as _x
from helpers import people_of as _people
from helpers import speaker_of as _speaker

# ==== Wrong credits ============================================================================

# ---- a tag after the quote with a role of any trade ------------------------------------------


def test_ru_a_driver_after_a_paragraph_about_a_governor_is_not_the_governor():
    """ "Губернатор … открыл мост. «…», — говорит водитель.": someone on the road, unnamed."""
    x = _x(
        "ru",
        "Губернатор Приморья Олег Кожемяко открыл новый мост через Раздольную. «Теперь до "
        "границы полтора часа, а не три», — говорит водитель.",
    )
    assert _credited(x, "Теперь до границы") <= {None}


def test_ru_a_businesswoman_is_not_the_man_the_paragraph_is_about():
    """A woman's trade in a tag of the present tense cannot refer back to Igor Safronov."""
    x = _x(
        "ru",
        "Игорь Сафронов открыл в Благовещенске склад для китайских товаров. «Без юаневых "
        "счетов мы бы не выжили», — рассказывает предпринимательница.",
    )
    assert _credited(x, "Без юаневых") <= {None}


def test_ru_a_local_farmer_is_not_the_visiting_mayor():
    x = _x(
        "ru",
        "Мэр Уссурийска Евгений Корж осмотрел поля под Новоникольском. «Сою в этом году "
        "продали китайцам вдвое дороже», — сказал местный фермер.",
    )
    assert _credited(x, "Сою в этом") <= {None}


def test_ru_a_general_is_not_the_political_scientist_named_before():
    x = _x(
        "ru",
        "Политолог Василий Кашин давно изучает армию Китая. «Учения у Тайваня — это "
        "репетиция блокады», — сказал генерал.",
    )
    assert _credited(x, "Учения у Тайваня") <= {None}


def test_ru_a_trade_tag_fits_the_second_of_two_named_not_the_first():
    """The tag's trade is the one the sentence gave Safronov; not the governor."""
    x = _x(
        "ru",
        "Губернатор Олег Кожемяко и предприниматель Игорь Сафронов осмотрели новый склад. "
        "«Китайские фуры теперь разгружаются за час», — говорит предприниматель.",
    )
    assert _credited(x, "Китайские фуры") <= {None, "igor-safronov"}


@pytest.mark.xfail(
    strict=True,
    reason="'— говорит экономист' after a paragraph about a governor: the governor credited "
    "(so before this session too)",
)
def test_ru_an_economist_is_not_the_governor_named_before():
    x = _x(
        "ru",
        "Губернатор Приморья Олег Кожемяко пообещал построить порт к весне. «Денег на это в "
        "краевом бюджете нет», — говорит экономист.",
    )
    assert _credited(x, "Денег на это") <= {None}


def test_ru_a_tag_recalling_someone_elses_words_is_not_the_recallers():
    x = _x(
        "ru",
        "Сергей Лавров начинал карьеру на Шри-Ланке. «Соседей не выбирают, с ними "
        "договариваются», — вспоминает Лавров слова Ван И.",
    )
    assert _credited(x, "Соседей не выбирают") <= {None, "wang-yi"}


def test_ru_a_tag_verb_of_laughing_with_another_named_in_the_words():
    """ "«Кашин опять …», — смеётся Маслов": Maslov laughs at Kashin; the words are his."""
    x = _x(
        "ru",
        "Алексей Маслов и Василий Кашин спорили до полуночи. «Кашин опять всё свёл к "
        "танкам», — смеётся Маслов.",
    )
    assert _speaker(x, "Кашин опять") == "alexei-maslov"


@pytest.mark.xfail(
    strict=True,
    reason="words that name Timofeev, '— смеётся экономист', he the only one named: "
    "Timofeev credited with words about himself (so before this session too)",
)
def test_ru_words_about_the_only_one_named_are_not_his():
    x = _x(
        "ru",
        "Иван Тимофеев рассказал о санкциях. «Тимофеев, как всегда, сгущает краски», — "
        "смеётся экономист.",
    )
    assert _credited(x, "Тимофеев, как всегда") <= {None}


def test_ru_a_womans_past_tense_trade_tag_is_not_the_man_named_before():
    x = _x(
        "ru",
        "Игорь Сафронов открыл в Благовещенске склад для китайских товаров. «Без юаневых "
        "счетов мы бы не выжили», — рассказывала предпринимательница.",
    )
    assert _credited(x, "Без юаневых") <= {None}


# ---- someone from the audience; the initial's stop; the floor -------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="'«…?» — спросила студентка, и Лукин рассмеялся': the capital in the tag keeps "
    "the student rule off and Lukin is credited with her question (so before this session too)",
)
def test_ru_a_students_question_is_not_the_professors_who_laughs_after_it():
    x = _x(
        "ru",
        "Профессор Артём Лукин рассказал о портах Приморья. «А кто будет там работать?» — "
        "спросила студентка, и Лукин рассмеялся.",
    )
    assert _credited(x, "А кто будет") <= {None}


def test_ru_an_initial_in_a_tag_naming_one_met_and_the_speaker():
    """ "— сказал на встрече с В. Путиным Си Цзиньпин": the tag reads past the initial to the
    one in the nominative."""
    x = _x("ru", "«Мы соседи, и это навсегда», — сказал на встрече с В. Путиным Си Цзиньпин.")
    assert _speaker(x, "Мы соседи") == "xi-jinping"


def test_ru_the_floor_given_to_her_colleague_is_not_the_woman_named_before():
    """ "Когда она закончила, слово взяла её коллега. «…», — сказала она.": the colleague."""
    x = _x(
        "ru",
        "Представитель США Линда Томас-Гринфилд говорила долго.",
        "Когда она закончила, слово взяла её коллега. «Мы ждём ответа уже год», — сказала она.",
    )
    assert _credited(x, "Мы ждём ответа") <= {None}


def test_ru_the_floor_given_away_and_taken_back_by_the_one_named():
    x = _x(
        "ru",
        "Представитель КНР Фу Цун говорил двадцать минут.",
        "Когда Фу Цун закончил, слово взял его американский коллега. Затем снова выступил Фу "
        "Цун. «Мы не навязываем никому своих решений», — сказал он.",
    )
    assert _speaker(x, "Мы не навязываем") == "fu-cong"


# ---- a long sentence's subject read before the pattern's reach --------------------------------


def test_ru_a_long_when_clause_s_subject_is_not_the_one_who_asks():
    x = _x(
        "ru",
        "Когда Фёдор Лукьянов закончил свой доклад о том, как за последние тридцать лет "
        "менялись отношения двух стран и почему ни одна из сторон так и не решилась назвать "
        "их союзом, из третьего ряда поднялся молодой аспирант и спросил: «А что будет после "
        "нас?»",
    )
    assert _credited(x, "А что будет после") <= {None}


@pytest.mark.xfail(
    strict=True,
    reason="long 'Пока Лукьянов перечислял …, американский гость заметил:': Lukyanov credited "
    "(so before this session too)",
)
def test_ru_a_long_while_clause_s_subject_is_not_the_guest_who_remarks():
    x = _x(
        "ru",
        "Пока Фёдор Лукьянов перечислял причины, по которым Москва и Пекин так и не заключили "
        "формального союза, хотя говорят о нём уже четверть века, сидевший рядом с ним "
        "американский гость вполголоса заметил: «Союзы заключают те, кто боится».",
    )
    assert _credited(x, "Союзы заключают") <= {None}


@pytest.mark.xfail(
    strict=True,
    reason="long 'После выступления Лукьянова, в котором …, модератор заметил:': Lukyanov, "
    "named in the genitive, credited (so before this session too)",
)
def test_ru_a_long_sentence_opening_with_someones_speech_is_not_his():
    x = _x(
        "ru",
        "После долгого выступления Фёдора Лукьянова, в котором он перечислил причины, по "
        "которым Москва и Пекин так и не заключили формального союза, хотя говорят о нём уже "
        "четверть века, модератор заметил: «Время вышло».",
    )
    assert _credited(x, "Время вышло") <= {None}


# ---- words someone brings; a digest's line ----------------------------------------------------


def test_ru_words_a_relative_clause_s_subject_heard_from_another_are_not_his():
    x = _x(
        "ru",
        "Василий Кашин привёл слова, которые Иван Тимофеев услышал от Ван И в Пекине: «Мы не "
        "сторона, мы сосед».",
    )
    assert _credited(x, "Мы не сторона") <= {None, "wang-yi"}


def test_ru_someones_remark_about_anothers_trip_is_still_his():
    """ "Сергей Лавров о поездке Ван И: «…»": Lavrov on Wang Yi's trip, not a digest's line."""
    x = _x("ru", "Сергей Лавров о поездке Ван И: «Это был очень полезный визит».")
    assert _speaker(x, "Это был очень") == "sergey-lavrov"


# ---- "обратил внимание", "известен тем, что", "Ответ X …" before a quote ---------------------


def test_ru_the_phrase_someone_drew_attention_to_is_not_his():
    x = _x(
        "ru",
        "Андрей Кортунов обратил внимание на фразу, которую накануне произнёс китайский "
        "министр. «Многополярный мир уже наступил, просто не все это заметили».",
    )
    assert _credited(x, "Многополярный мир") <= {None}


def test_ru_words_of_the_speeches_someone_is_known_for_translating_are_not_his():
    x = _x(
        "ru",
        "Алексей Маслов известен тем, что первым перевёл на русский речи китайского лидера. "
        "«Мы строим сообщество единой судьбы человечества».",
    )
    assert _credited(x, "Мы строим сообщество") <= {None}


def test_ru_a_retort_to_someones_answer_is_not_his_answer():
    x = _x(
        "ru",
        "Иван Тимофеев выступал вторым.",
        "Ответ Тимофеева вызвал у американского коллеги резкую реплику — «санкции работают, "
        "просто медленно».",
    )
    assert _credited(x, "санкции работают") <= {None}


def test_ru_an_objection_to_someones_conclusion_is_not_his():
    x = _x(
        "ru",
        "Василий Кашин выступал первым.",
        "Вывод Кашина тут же оспорил его молодой коллега — «армия решает меньше, чем экономика».",
    )
    assert _credited(x, "армия решает") <= {None}


@pytest.mark.xfail(
    strict=True,
    reason="'Ответ Тимофеева зал встретил недоверчивым смехом — «…»': now nobody; words between "
    "the answer and the dash that name others (зал) read as their reaction, on purpose after "
    "'вызвал у коллеги реплику — «…»' (new today, a mend of this review)",
)
def test_ru_someones_answer_the_hall_met_with_laughter_is_his():
    """ "Ответ Тимофеева зал встретил недоверчивым смехом — «…»": his answer, laughed at."""
    x = _x(
        "ru",
        "Иван Тимофеев выступал вторым.",
        "Тимофеева спросили о ценах. Ответ Тимофеева зал встретил недоверчивым смехом — «цены "
        "вырастут, но не у нас».",
    )
    assert _speaker(x, "цены вырастут") == "ivan-timofeev"


def test_ru_one_answer_after_anothers_quoted_question():
    """ "Тимофеев спросил: «…?» Ответ Кашина — «…»": the question Timofeev's, the answer
    Kashin's."""
    x = _x(
        "ru",
        "Иван Тимофеев и Василий Кашин спорили о банке.",
        "Тимофеев спросил: «Кто заплатит за новый банк?» Ответ Кашина — «тот, кто больше всех "
        "хочет им пользоваться».",
    )
    assert _speaker(x, "Кто заплатит") == "ivan-timofeev"
    assert _speaker(x, "тот, кто больше") == "vasily-kashin"


# ---- a role in apposition; "назвавший"; a paper in guillemets --------------------------------


def test_ru_a_name_in_the_genitive_inside_an_apposition_is_not_the_subject():
    x = _x(
        "ru",
        "Её ассистент, представитель кафедры профессора Глеба Сомова, назвал этот курс "
        "«самым трудным на факультете».",
    )
    assert _credited(x, "самым трудным") <= {None}


@pytest.mark.xfail(
    strict=True,
    reason="'Лавров ответил Блинкену, назвавшему санкции «…»': Lavrov credited with what "
    "Blinken called them (so before this session too)",
)
def test_ru_a_participle_of_calling_agreeing_with_the_one_answered():
    x = _x(
        "ru",
        "Сергей Лавров ответил Энтони Блинкену, назвавшему санкции «единственным языком, "
        "который понимает Москва».",
    )
    assert _credited(x, "единственным языком") <= {None, "antony-blinken"}


def test_ru_a_participle_of_calling_on_an_unnamed_subject_gives_the_object_nothing():
    """ "Журналист, назвавший Сергея Лаврова «…», получил премию": not Lavrov's words."""
    x = _x(
        "ru",
        "Журналист, назвавший Сергея Лаврова «последним дипломатом старой школы», получил премию.",
    )
    assert _credited(x, "последним дипломатом") <= {None}


def test_ru_a_gerund_of_calling_after_the_subject():
    x = _x(
        "ru",
        "Сергей Лавров, назвав предложение Энтони Блинкена «запоздалой любезностью», покинул зал.",
    )
    assert _speaker(x, "запоздалой любезностью") == "sergey-lavrov"


def test_ru_words_after_dlya_are_no_papers_name():
    """ "выгодным для «всех, кто …»": words, not a paper spoken for."""
    x = _x(
        "ru", "Сергей Лавров назвал соглашение выгодным для «всех, кто торгует без посредников»."
    )
    assert _speaker(x, "всех, кто торгует") == "sergey-lavrov"


def test_ru_a_relative_clause_with_a_paper_gives_the_words_to_its_antecedent():
    x = _x(
        "ru",
        "Иван Тимофеев и Василий Кашин пишут о Китае.",
        "Тимофеев спорил с Кашиным, который в интервью «Ведомостям» назвал санкции «налогом "
        "на собственную глупость».",
    )
    assert _credited(x, "налогом на") <= {None, "vasily-kashin"}


# ---- Chinese names side by side --------------------------------------------------------------


def test_ru_a_chinese_name_after_wang_yi_is_not_wang_yis_words():
    """ "Ван И" ends in a one-letter given name; the name after it is a second person's."""
    x = _x(
        "ru",
        "Министр иностранных дел Ван И выступил в Мюнхене.",
        "Предшественник Ван И Ли Чжаосин сказал: «Европа слишком долго смотрела только на "
        "Вашингтон».",
    )
    assert _credited(x, "Европа слишком") <= {None, "li-zhaoxing"}
    y = _x(
        "ru",
        "Министр иностранных дел Ван И выступил в Мюнхене.",
        "По словам предшественника Ван И Ли Чжаосина, «Европа слишком долго смотрела только "
        "на Вашингтон».",
    )
    assert _credited(y, "Европа слишком") <= {None, "li-zhaoxing"}


# ==== Close variants that should work ==========================================================


def test_ru_the_professor_answering_a_student_is_the_one_named_before():
    x = _x(
        "ru",
        "Профессор Артём Лукин рассказал о портах Приморья. «Работать там будут те, кто умеет "
        "считать», — отвечает студенту профессор.",
    )
    assert _speaker(x, "Работать там") == "artyom-lukin"


@pytest.mark.xfail(
    strict=True,
    reason="'— напомнил слушателям академик': слушателям read as someone from the audience, "
    "nobody credited (nobody before this session too)",
)
def test_ru_an_academic_reminding_his_listeners_is_the_one_named_before():
    x = _x(
        "ru",
        "Академик Пётр Игнатьев выступил в Новосибирске. «Сибирь станет мостом, если мы "
        "построим сам мост», — напомнил слушателям академик.",
    )
    assert _speaker(x, "Сибирь станет") == "pyotr-ignatyev"


@pytest.mark.xfail(
    strict=True,
    reason="'Пенсионерка Галина Короткова … — говорит пенсионерка': nobody credited (so "
    "before this session too)",
)
def test_ru_a_pensioner_the_paragraph_named_is_the_one_the_tag_means():
    x = _x(
        "ru",
        "Пенсионерка Галина Короткова двадцать лет торгует на рынке в Пограничном. «Китайцы "
        "теперь платят картой, а не наличными», — говорит пенсионерка.",
    )
    assert _speaker(x, "Китайцы теперь") == "galina-korotkova"


@pytest.mark.xfail(
    strict=True,
    reason="'Житель Благовещенска Сергей Попов … — говорит житель приграничного города': "
    "nobody credited (so before this session too)",
)
def test_ru_a_resident_the_paragraph_named_is_the_one_the_tag_means():
    x = _x(
        "ru",
        "Житель Благовещенска Сергей Попов каждую субботу ездит в Хэйхэ за продуктами. «Рубль "
        "подешевел, но там всё равно дешевле, чем дома», — говорит житель приграничного "
        "города.",
    )
    assert _speaker(x, "Рубль подешевел") == "sergey-popov"


@pytest.mark.xfail(
    strict=True,
    reason="'— сказал посол, вспомнив слова Е. Примакова': the tag now reads past the initial, "
    "Primakov named there makes it nobody's (new today; before, Morgulov; without the "
    "initial nobody before too)",
)
def test_ru_a_role_tag_with_an_initial_named_after_it_is_still_the_paragraphs_subject():
    x = _x(
        "ru",
        "Посол России в Китае Игорь Моргулов выступил в Шанхае. «Мир больше не делится на "
        "два лагеря», — сказал посол, вспомнив слова Е. Примакова.",
    )
    assert _speaker(x, "Мир больше не") == "igor-morgulov"
    y = _x(
        "ru",
        "Посол России в Китае Игорь Моргулов выступил в Шанхае. «Мир больше не делится на "
        "два лагеря», — сказал посол в беседе с Е. Примаковым-младшим.",
    )
    assert _speaker(y, "Мир больше не") == "igor-morgulov"


@pytest.mark.xfail(
    strict=True,
    reason="'Когда Фу Цун закончил, слово взял его коллега Чжан Цзюнь. «…», — сказал он.': "
    "nobody credited, two named in the sentence (so before this session too)",
)
def test_ru_the_floor_given_to_a_named_colleague_makes_he_the_colleague():
    x = _x(
        "ru",
        "Представитель КНР Фу Цун говорил двадцать минут.",
        "Когда Фу Цун закончил, слово взял его коллега Чжан Цзюнь. «Пекин готов к диалогу без "
        "условий», — сказал он.",
    )
    assert _speaker(x, "Пекин готов") == "zhang-jun"


@pytest.mark.xfail(
    strict=True,
    reason="'Лавров привёл слова, которые сам часто повторяет: «…»': nobody credited (so "
    "before this session too)",
)
def test_ru_words_someone_brings_that_he_himself_repeats_are_his():
    x = _x(
        "ru",
        "Сергей Лавров привёл слова, которые сам часто повторяет студентам МГИМО: «Дипломат, "
        "который торопится, проигрывает».",
    )
    assert _speaker(x, "Дипломат, который") == "sergey-lavrov"


@pytest.mark.xfail(
    strict=True,
    reason="'Назвав слова Лаврова «…», госсекретарь Блинкен покинул зал': nobody credited, the "
    "gerund's subject after it not read (so before this session too)",
)
def test_ru_a_gerund_of_calling_before_its_subject():
    x = _x(
        "ru",
        "Назвав слова Сергея Лаврова «дипломатией громкоговорителя», госсекретарь Энтони "
        "Блинкен покинул зал.",
    )
    assert _speaker(x, "дипломатией громкоговорителя") == "antony-blinken"


@pytest.mark.xfail(
    strict=True,
    reason="'Тимофеев назвал свою колонку для «Ведомостей» «…»': nobody credited (so before "
    "this session too)",
)
def test_ru_a_paper_after_dlya_before_the_words_someone_calls_something():
    x = _x(
        "ru",
        "Иван Тимофеев пишет о Китае.",
        "Тимофеев назвал свою колонку для «Ведомостей» «самым трудным текстом года».",
    )
    assert _speaker(x, "самым трудным") == "ivan-timofeev"


def test_ru_the_words_name_one_teacher_and_the_academic_of_the_sentence_says_them():
    """ "Академик Игнатьев и профессор Нина Карева … «Нина Петровна …», — вспоминает
    академик": not her, named in the words; the academic."""
    x = _x(
        "ru",
        "Академик Пётр Игнатьев и профессор Нина Карева работали вместе. «Нина Петровна учила "
        "нас читать газеты между строк», — вспоминает академик.",
    )
    assert _speaker(x, "Нина Петровна") == "pyotr-ignatyev"


def test_ru_a_shared_surname_with_the_given_name_in_the_genitive():
    x = _x(
        "ru",
        "Ван И провёл переговоры в Москве.",
        "По словам Ван Вэньбиня, «визит прошёл в тёплой и деловой атмосфере».",
    )
    assert _speaker(x, "визит прошёл") == "wang-wenbin"


def test_ru_a_shared_surname_with_the_given_name_in_the_instrumental():
    x = _x(
        "ru",
        "Ли Синь и Ли Хуэй приехали вместе.",
        "Встретившись с Ли Хуэем, Ли Синь сказал: «Мы говорим на одном языке».",
    )
    assert _speaker(x, "Мы говорим") == "li-xin"


def test_ru_a_chinese_name_after_wang_yi_is_a_second_person():
    x = _x(
        "ru",
        "Министр иностранных дел Ван И выступил в Мюнхене.",
        "Предшественник Ван И Ли Чжаосин сказал: «Европа слишком долго смотрела только на "
        "Вашингтон».",
    )
    assert {"wang-yi", "li-zhaoxing"} <= _people(x)
