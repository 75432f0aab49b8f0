"""Which claims are one statement carried by several outlets."""
from datetime import date

from extractor.cluster import Cluster, best_cluster, same_statement, wording

RFI = "维护和发展中俄关系是双方基于两国人民根本利益作出的战略选择"
ZAOBAO = ("他今年以来已同普京两次会晤，中俄两国政府、立法机构、政党、地方开展密切交往，各领域务实合作健康稳定发展。"
          "维护好、发展好中俄关系，是双方基于两国人民根本利益作出的战略选择")
OTHER = "中方愿同俄方以明年中俄建交75周年为新起点，不断放大两国高水平政治关系的积极效应"


def test_wording_ignores_script_punctuation_and_quotes():
    assert wording("“維護中俄關係”，是戰略選擇。") == wording("维护中俄关系是战略选择")


def test_short_report_inside_a_longer_one_is_the_same_statement():
    assert same_statement(wording(RFI), wording(ZAOBAO))


def test_different_statements_of_one_day_stay_apart():
    assert not same_statement(wording(RFI), wording(OTHER))
    assert not same_statement(wording("中方坚决反对"), wording("美方坚决反对"))


def test_claim_joins_only_a_cluster_of_the_same_speaker_within_days():
    c = Cluster(id=1, speaker_id=7, first_day=date(2023, 12, 20), last_day=date(2023, 12, 20), wordings=[wording(ZAOBAO)])
    assert best_cluster(wording(RFI), 7, date(2023, 12, 21), [c]) is c
    assert best_cluster(wording(RFI), 8, date(2023, 12, 21), [c]) is None
    assert best_cluster(wording(RFI), 7, date(2024, 1, 30), [c]) is None


def test_best_of_several_clusters_wins():
    a = Cluster(1, 7, date(2023, 12, 20), date(2023, 12, 20), [wording(OTHER)])
    b = Cluster(2, 7, date(2023, 12, 20), date(2023, 12, 20), [wording(RFI)])
    assert best_cluster(wording(ZAOBAO), 7, date(2023, 12, 20), [a, b]) is b
