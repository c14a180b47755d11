"""Second review of the twenty-third session's rules, after the mends of e51f3ed: the Russian
relative clause before a verb of calling (_framed_speaker: ", который … назвал «…»"), a tag's
trade that must be the one the text calls the person by, "Ответ X … оказался …" (_noted_owner),
a known man whose first name does not decline (_registry_by_surname), Chinese authors cited by
year whose name jieba keeps as a word (_cited_by_year), and a third person named with a verb of
saying before an inner quote inside someone's credited words (_nested_speakers). It does not
repeat tests/unit/test_review23.py. Wrong credits first (and made-up or merged people), then
close variants that should work. Every sentence is written for its test; the quotations are
invented."""

from __future__ import annotations

import pytest

from helpers import credited as _credited
from helpers import extracted as _x
from helpers import people_of as _people
from helpers import speaker_of as _speaker

# ==== Wrong credits ============================================================================

# ---- Russian: a relative clause before a verb of calling --------------------------------------


def test_ru_a_relative_clause_on_a_document_is_not_the_one_who_cites_it():
    x = _x(
        "ru",
        "Василий Кашин сослался на доклад Пентагона, который назвал Китай «главным долгосрочным "
        "вызовом для Америки».",
    )
    assert _credited(x, "главным долгосрочным") <= {None}


def test_ru_a_relative_clause_on_an_organisation_or_a_paper_is_not_the_subjects():
    x = _x(
        "ru",
        "Иван Тимофеев спорил с МИД Китая, который назвал пошлины «экономическим шантажом под "
        "видом защиты рынка».",
        "Сергей Лавров сослался на газету «Жэньминь жибао», которая назвала визит «весной в "
        "отношениях двух столиц».",
    )
    assert _credited(x, "экономическим шантажом") <= {None}
    assert _credited(x, "весной в отношениях") <= {None}


def test_ru_a_relative_clause_with_a_subject_of_its_own_is_that_subjects():
    x = _x(
        "ru",
        "Сергей Лавров прокомментировал заявление, которое Энтони Блинкен назвал «последним "
        "предупреждением Пекину».",
    )
    assert _credited(x, "последним предупреждением") <= {None, "antony-blinken"}


def test_ru_a_relative_clause_closed_right_before_the_main_verb():
    x = _x(
        "ru",
        "Сергей Лавров, отвечая Василию Кашину, который накануне выступал в Пекине, назвал "
        "санкции «налогом на собственное упрямство».",
    )
    assert _credited(x, "налогом на собственное") <= {None, "sergey-lavrov"}


@pytest.mark.xfail(
    strict=True,
    reason="'Лавров ответил Кашину, который выступал первым, и назвал его идею «…»': the "
    "clause closed by ', и', Kashin credited with what Lavrov called it (so before this "
    "session too)",
)
def test_ru_a_relative_clause_closed_before_and_then_the_main_verb():
    x = _x(
        "ru",
        "Сергей Лавров ответил Василию Кашину, который выступал первым, и назвал его идею "
        "«красивой мечтой о большом треугольнике».",
    )
    assert _credited(x, "красивой мечтой") <= {None, "sergey-lavrov"}


@pytest.mark.xfail(
    strict=True,
    reason="'Лавров ответил американскому послу, который назвал …': the unnamed ambassador's "
    "words go to Lavrov, the last named before the role (so before this session too)",
)
def test_ru_a_relative_clause_on_an_unnamed_role_is_nobodys():
    x = _x(
        "ru",
        "Сергей Лавров ответил американскому послу, который назвал санкции «лекарством от "
        "чужой самоуверенности».",
    )
    assert _credited(x, "лекарством от") <= {None}


@pytest.mark.xfail(
    strict=True,
    reason="'Тимофеев упомянул Маслова, о котором Захарова сказала «…»': Timofeev credited "
    "with Zakharova's words (so before this session too)",
)
def test_ru_a_relative_clause_about_someone_with_another_speaker():
    x = _x(
        "ru",
        "Иван Тимофеев упомянул Алексея Маслова, о котором Мария Захарова сказала «лучший "
        "китаист своего поколения».",
    )
    assert _credited(x, "лучший китаист") <= {None, "maria-zakharova"}


@pytest.mark.xfail(
    strict=True,
    reason="'спорил с Кашиным, который, по словам Маслова, назвал санкции «…»': the phrase "
    "goes to Timofeev, who only argued (so before this session too)",
)
def test_ru_a_relative_clause_with_an_according_to_inside():
    x = _x(
        "ru",
        "Иван Тимофеев спорил с Василием Кашиным, который, по словам Алексея Маслова, назвал "
        "санкции «налогом на глупость».",
    )
    assert "ivan-timofeev" not in _credited(x, "налогом на глупость")


# ---- Russian: a tag's trade -------------------------------------------------------------------


def test_ru_a_trade_before_someone_elses_name_does_not_call_him_so():
    x = _x(
        "ru",
        "Губернатор края пригласил в свой кабинет предпринимателя Игоря Сафронова. «Склад "
        "откроем к зиме, деньги уже есть», — сказал губернатор.",
    )
    assert _credited(x, "Склад откроем") <= {None}


@pytest.mark.xfail(
    strict=True,
    reason="'На встрече с фермерами Сафронов рассказал … «…», — говорит фермер.': Safronov, "
    "whom the text never calls a farmer, is credited (so before this session too)",
)
def test_ru_a_trade_in_the_plural_near_a_name_does_not_call_him_so():
    x = _x(
        "ru",
        "На встрече с фермерами Игорь Сафронов рассказал о новом складе. «Цены на сою нам "
        "диктует Харбин», — говорит фермер.",
    )
    assert _credited(x, "Цены на сою") <= {None}


def test_ru_a_trade_tag_after_two_people_of_that_trade_is_unsettled():
    x = _x(
        "ru",
        "Губернатор Олег Кожемяко встретился с губернатором Амурской области Василием Орловым. "
        "«Мост нужен обоим регионам одинаково», — сказал губернатор.",
    )
    assert _credited(x, "Мост нужен") <= {None}


# ---- Russian: "Ответ X …" --------------------------------------------------------------------


def test_ru_an_answer_someone_else_objected_to_is_not_the_objection():
    x = _x(
        "ru",
        "Иван Тимофеев выступал вторым.",
        "Ответ Тимофеева был тут же оспорен студенткой из Казани — «санкции бьют прежде всего "
        "по нам самим».",
        "Ответ Тимофеева оказался поводом для возражения журналиста — «а кто тогда платит за "
        "всё это».",
    )
    assert _credited(x, "санкции бьют") <= {None}
    assert _credited(x, "а кто тогда") <= {None}


def test_ru_an_answer_interrupted_by_a_shout_is_not_the_shout():
    x = _x(
        "ru",
        "Иван Тимофеев выступал вторым.",
        "Ответ Тимофеева был прерван выкриком с галёрки — «хватит сказок про разворот на Восток».",
    )
    assert _credited(x, "хватит сказок") <= {None}


# ---- Chinese: a third person before an inner quote -------------------------------------------


def test_zh_the_one_spoken_to_before_an_inner_quote_is_not_its_speaker():
    x = _x(
        "zh",
        "复旦大学教授吴心伯说：“我当面对布林肯说：‘中国不会按别人的时间表改变。’他听完没有表态。”",
    )
    assert _credited(x, "中国不会按别人") <= {None, "wu-xinbo"}


def test_zh_a_name_inside_a_when_clause_before_an_inner_quote_is_not_its_speaker():
    x = _x(
        "zh",
        "复旦大学教授吴心伯说：“美国记者在王毅致辞时说：‘台湾不是中国的内政。’会场一片哗然。”",
        "复旦大学教授吴心伯说：“主持人在布林肯发言时提醒：‘时间到了，请简短。’会场一片哗然。”",
    )
    assert _speaker(x, "台湾不是中国") is None
    assert _speaker(x, "时间到了") is None


# ---- people ------------------------------------------------------------------------------------


def test_ru_a_woman_whose_first_name_the_dictionary_calls_a_mans_is_not_merged():
    x = _x("ru", "Журналистка Софи Лаврова написала книгу о Пекине.")
    assert "sergey-lavrov" not in _people(x)


def test_ru_a_man_with_an_indeclinable_name_is_not_a_registry_namesake():
    x = _x("ru", "Статью Джо Салливана, журналиста из Бостона, перевели на китайский.")
    assert "jake-sullivan" not in _people(x)


@pytest.mark.xfail(
    strict=True,
    reason="'Первая леди Джилл Байден': merged into Joe Biden, the registry's Байден with a "
    "first name in Д (so before this session too)",
)
def test_ru_a_woman_with_a_registry_mans_surname_is_not_him():
    x = _x("ru", "Первая леди Джилл Байден приехала в Пекин без мужа.")
    assert "joe-biden" not in _people(x)


@pytest.mark.xfail(
    strict=True,
    reason="'Джей Ди Вэнса': JD Vance found, and a made-up 'di-wengsa' besides (so before "
    "this session too)",
)
def test_ru_a_registry_man_with_two_indeclinable_first_names_in_the_genitive():
    x = _x("ru", "Выступление Марко Рубио и ответ Джей Ди Вэнса обсуждали в Пекине.")
    assert _people(x) == {"marco-rubio", "jd-vance"}


def test_zh_a_place_jieba_tags_as_a_full_name_cited_by_year_is_nobody():
    x = _x(
        "zh",
        "据统计，曹妃甸（2019）港口吞吐量增长了一成，远超预期。",
        "地震后，宁强（2019）的重建进度很快。",
    )
    assert not {"cao-feidian", "ning-qiang"} & _people(x)


def test_zh_always_says_after_a_title_is_no_person():
    x = _x(
        "zh",
        "复旦大学教授吴心伯说：“普京总统常说：‘俄中是伙伴，不是盟友。’这一点没有变。”",
    )
    assert "chang-shuo" not in _people(x)
    assert _speaker(x, "俄中是伙伴") == "vladimir-putin"


# ==== Close variants that should work ==========================================================


@pytest.mark.xfail(
    strict=True,
    reason="'Ответ Тимофеева на вопрос Василия Кашина оказался …': nobody, the asker's full "
    "name read as someone else named before the words; 'на вопрос Кашина' works (nobody "
    "before this session too)",
)
def test_ru_an_answer_to_a_question_by_a_fully_named_colleague():
    x = _x(
        "ru",
        "Иван Тимофеев выступал вторым.",
        "Ответ Тимофеева на вопрос Василия Кашина оказался неожиданно резким — «санкции никто "
        "не отменит до выборов в Америке».",
    )
    assert _speaker(x, "санкции никто") == "ivan-timofeev"


def test_ru_a_word_in_nitsa_in_the_tag_does_not_make_the_speaker_a_woman():
    x = _x(
        "ru",
        "Предприниматель Игорь Сафронов держит в Благовещенске склад и гостиницу. «Китайцы "
        "теперь едут к нам с юанями», — говорит предприниматель, чья гостиница стоит у самого "
        "моста.",
    )
    assert _speaker(x, "Китайцы теперь") == "igor-safronov"


@pytest.mark.xfail(
    strict=True,
    reason="'Губернатор пожал руку водителю Андрею Пахомову. «…», — говорит водитель.': the "
    "only driver, named in the dative, not credited (nobody before this session too)",
)
def test_ru_a_trade_tag_for_the_one_named_in_the_dative():
    x = _x(
        "ru",
        "Губернатор Олег Кожемяко пожал руку водителю Андрею Пахомову. «Теперь на границе "
        "стоим не сутки, а час», — говорит водитель.",
    )
    assert _speaker(x, "Теперь на границе") == "andrey-pakhomov"


@pytest.mark.xfail(
    strict=True,
    reason="'Суслов известен тем, что никогда не смягчает формулировки. «…»': the word "
    "формулировки reads as others' words, nobody credited (nobody before this session too)",
)
def test_ru_known_for_a_habit_with_a_word_for_words_in_it():
    x = _x(
        "ru",
        "Политолог Дмитрий Суслов известен тем, что никогда не смягчает формулировки. «Пауза — "
        "это тоже позиция, просто без подписи».",
    )
    assert _speaker(x, "Пауза — это") == "dmitry-suslov"


@pytest.mark.xfail(
    strict=True,
    reason="'с Хосе Альбаресом': an unknown surname after an indeclinable first name stays in "
    "its case, person 'khose-albaresom' (so before this session too)",
)
def test_ru_an_unknown_surname_after_an_indeclinable_first_name_in_the_instrumental():
    x = _x("ru", "Си Цзиньпин встречался с Хосе Альбаресом в Мадриде.")
    assert "khose-albaresom" not in _people(x)


@pytest.mark.xfail(
    strict=True,
    reason="'我同意王毅外长的看法。他说过：‘…’': the pronoun after Wang Yi leaves the inner "
    "words nobody's (nobody before this session too)",
)
def test_zh_he_said_after_a_named_person_inside_someones_words():
    x = _x(
        "zh",
        "复旦大学教授赵华胜说：“我同意王毅外长的看法。他说过：‘中俄关系不针对任何第三方。’这很重要。”",
    )
    assert _speaker(x, "中俄关系不针对") == "wang-yi"


@pytest.mark.xfail(
    strict=True,
    reason="the outer speaker's own earlier words ('我常常对学生说：‘…’', '特朗普说过：‘…’' in "
    "Trump's words): nobody, the rule skips the outer speaker (nobody before this session too)",
)
def test_zh_the_outer_speaker_quoting_himself():
    x = _x(
        "zh",
        "北京大学教授王缉思表示：“我常常对学生说：‘外交没有永远的朋友。’这是我的经验。”",
        "美国前总统特朗普说：“特朗普说过：‘我们会赢得这场贸易战。’特朗普说到做到。”",
    )
    assert _speaker(x, "外交没有永远") == "wang-jisi"
    assert _speaker(x, "我们会赢得") == "donald-trump"


@pytest.mark.xfail(
    strict=True,
    reason="'基辛格博士说过：‘…’': 博士 is not among BETWEEN's titles, nobody credited "
    "(nobody before this session too)",
)
def test_zh_a_title_doctor_after_the_name_before_an_inner_quote():
    x = _x(
        "zh",
        "复旦大学教授吴心伯说：“基辛格博士说过：‘中美必须共存。’这是他的遗产。”",
    )
    assert _speaker(x, "中美必须共存") == "henry-kissinger"


def test_zh_in_someones_words_or_as_someone_said_before_an_inner_quote():
    x = _x(
        "zh",
        "复旦大学教授吴心伯说：“用王毅外长的话说：‘中美关系不能再折腾了。’我完全同意。”",
        "复旦大学教授吴心伯说：“正如王毅外长所说：‘中美合则两利，斗则俱伤。’这是常识。”",
    )
    assert _speaker(x, "中美关系不能") == "wang-yi"
    assert _speaker(x, "中美合则两利") == "wang-yi"


@pytest.mark.xfail(
    strict=True,
    reason="'王毅外长说：‘…。’布林肯回答：‘…’': the second name follows '。’', which "
    "_NESTED_LEAD does not allow, so Blinken's answer is nobody's (nobody before this session "
    "too)",
)
def test_zh_two_inner_quotes_of_two_people_in_turn():
    x = _x(
        "zh",
        "复旦大学教授吴心伯说：“王毅外长说：‘对话是唯一选择。’布林肯回答：‘对话不能代替行动。’"
        "双方差距很大。”",
    )
    assert _speaker(x, "对话是唯一") == "wang-yi"
    assert _speaker(x, "对话不能代替") == "antony-blinken"


@pytest.mark.xfail(
    strict=True,
    reason="'王毅外长对布林肯说：‘…’': two people named, nobody credited, though the one "
    "after 对 is only spoken to (nobody before this session too)",
)
def test_zh_one_speaking_to_another_before_an_inner_quote():
    x = _x(
        "zh",
        "复旦大学教授吴心伯说：“王毅外长对布林肯说：‘中方不会接受最后通牒。’这句话很重。”",
    )
    assert _speaker(x, "中方不会接受") == "wang-yi"


@pytest.mark.xfail(
    strict=True,
    reason="'李娜等（2018）指出，…': a scholar whose name jieba has as a loose 'nr' word, not "
    "nrfg, is not found (so before this session too)",
)
def test_zh_an_author_cited_by_year_whose_name_jieba_tags_nr():
    x = _x("zh", "李娜等（2018）指出，中俄贸易的结构正在改变。")
    assert "li-na" in _people(x)


# ---- probes that pass -----------------------------------------------------------------------


def test_ru_relative_clauses_on_named_antecedents_in_oblique_cases():
    """The antecedent in the genitive, the one it argued with inside the clause, and a second
    clause on a third person: each time the one ', который' follows."""
    x = _x(
        "ru",
        "Сергей Лавров выступил после Василия Кашина, который назвал пошлины «медленным ядом "
        "для торговли».",
        "Иван Тимофеев сослался на Василия Кашина, который в споре с Алексеем Масловым назвал "
        "санкции «налогом на упрямство».",
        "Иван Тимофеев спорил с Василием Кашиным, который цитировал Алексея Маслова, который "
        "назвал пошлины «тихим ядом для рынка».",
        "Василий Кашин, который давно изучает армию Китая, назвал учения «репетицией большой "
        "блокады».",
    )
    assert _speaker(x, "медленным ядом") == "vasily-kashin"
    assert _speaker(x, "налогом на упрямство") == "vasily-kashin"
    assert _speaker(x, "тихим ядом") == "alexei-maslov"
    assert _speaker(x, "репетицией большой") == "vasily-kashin"


def test_ru_a_trade_tag_when_the_text_calls_the_person_so():
    """A woman with a man's trade noun, an apposition after the name, the trade in the
    instrumental, and the trade in an earlier paragraph; an admiral is no general."""
    x = _x(
        "ru",
        "Фермер Анна Петрова выращивает сою под Уссурийском. «Китайцы берут всё, что мы "
        "вырастим», — говорит фермер.",
        "Олег Кожемяко, губернатор Приморья, открыл мост. «Теперь до границы полтора часа», — "
        "сказал губернатор.",
        "Губернатором Приморья Олег Кожемяко стал в 2018 году. «Порт в Зарубино построим без "
        "Москвы», — сказал губернатор.",
        "Адмирал Игорь Касатонов приехал во Владивосток. «Флоту нужен новый порт на Японском "
        "море», — сказал генерал.",
    )
    assert _speaker(x, "Китайцы берут") == "anna-petrova"
    assert _speaker(x, "Теперь до границы") == "oleg-kozhemyako"
    assert _speaker(x, "Порт в Зарубино") == "oleg-kozhemyako"
    assert _credited(x, "Флоту нужен") <= {None}


@pytest.mark.xfail(
    strict=True,
    reason="'Ответ Тимофеева … прозвучал почти как приговор — «…»', '… был встречен "
    "аплодисментами — «…»': now nobody; more than three words between the answer and the dash "
    "are taken only when they end in 'оказался/был/прозвучал' and an adjective (a mend of this "
    "review: 'был оспорен студенткой — «…»' is the student's)",
)
def test_ru_someones_answer_that_sounded_or_was_met_somehow():
    x = _x(
        "ru",
        "Иван Тимофеев выступал вторым.",
        "Ответ Тимофеева на вопрос модератора прозвучал почти как приговор — «рынок уже ушёл "
        "в Азию».",
        "Ответ Тимофеева был встречен аплодисментами — «мы не просим, мы предлагаем».",
    )
    assert _speaker(x, "рынок уже ушёл") == "ivan-timofeev"
    assert _speaker(x, "мы не просим") == "ivan-timofeev"


def test_ru_indeclinable_first_names_with_other_surnames():
    """An unknown surname stays its own man; a registry surname with another first letter is
    not the registry's man; a registry man's genitive after Антониу is him."""
    x = _x(
        "ru",
        "Пошлины одобрил сенатор Джо Манчин, а Джо Манчина поддержали республиканцы.",
        "Режиссёр Хосе Лаврова снял фильм о Пекине.",
        "Доклад Антониу Гутерриша обсуждали в Пекине.",
    )
    people = _people(x)
    assert {"dzho-manchin", "khose-lavrov", "antonio-guterres"} <= people
    assert "sergey-lavrov" not in people


def test_zh_inner_quotes_after_names_in_several_shapes():
    """After 我记得 and a title with 说过, after 在《…》里写道, after a comma, in 「『』」."""
    x = _x(
        "zh",
        "复旦大学教授吴心伯说：“我记得习近平主席说过：‘中美关系好，两国都受益。’这句话今天仍然管用。”",
        "中国人民大学教授时殷弘认为：“基辛格在《论中国》里写道：‘中国从来不是一个普通国家。’"
        "这个判断值得重视。”",
        "复旦大学教授赵华胜说：“王毅说过，‘中俄不结盟、不对抗、不针对第三方。’这是一个原则。”",
        "復旦大學教授吳心伯說：「我們不是盟友。王毅外長說得好：『中俄不結盟、不對抗。』這就是分寸。」",
    )
    assert _speaker(x, "中美关系好") == "xi-jinping"
    assert _speaker(x, "中国从来不是") == "henry-kissinger"
    assert _speaker(x, "中俄不结盟、不对抗、不针对") == "wang-yi"
    assert _speaker(x, "中俄不結盟") == "wang-yi"


def test_zh_inner_quotes_a_name_does_not_introduce_stay_nobodys():
    """Those who criticise him, his predecessor, his aide, a question put to him, a report he
    read, a leader he quoted, words he never said."""
    x = _x(
        "zh",
        "复旦大学教授吴心伯说：“批评布林肯的人说：‘美国的盟友已经不听话了。’这有一定道理。”",
        "复旦大学教授吴心伯说：“布林肯的前任说过：‘接触政策已经失败。’这是转折点。”",
        "复旦大学教授吴心伯说：“布林肯的助手告诉我：‘国务卿不想把门关死。’我相信这是真的。”",
        "复旦大学教授吴心伯说：“我问布林肯：‘美国到底要什么？’他笑而不答。”",
        "复旦大学教授吴心伯说：“布林肯读过的一份报告说：‘中国的军费会翻倍。’这份报告影响很大。”",
        "复旦大学教授吴心伯说：“王毅外长在会上引用邓小平的话说：‘发展才是硬道理。’这句话意味深长。”",
        "复旦大学教授吴心伯说：“布林肯从来没有说过：‘脱钩是美国的目标。’这一点要说清楚。”",
    )
    for start in (
        "美国的盟友",
        "接触政策",
        "国务卿不想",
        "美国到底",
        "中国的军费",
        "发展才是",
        "脱钩是美国",
    ):
        assert _speaker(x, start) is None, start


@pytest.mark.xfail(
    strict=True,
    reason="'在李成（2017）看来': a name jieba keeps as a word (nrfg) is taken only with 等 "
    "before the year, since places (曹妃甸, 宁强) carry the same tag; so li-cheng is not found "
    "(a mend of this review)",
)
def test_zh_authors_cited_by_year_whose_names_jieba_keeps_as_words():
    x = _x(
        "zh",
        "杨成等（2021）指出：“中俄关系的韧性来自互补。”",
        "在李成（2017）看来，中亚是中俄合作的试验田。",
    )
    assert _speaker(x, "中俄关系的韧性") == "yang-cheng"
    assert {"yang-cheng", "li-cheng"} <= _people(x)
