"""Mentions → one canonical speaker; what a pronoun, a surname or a title
means at this point of this article; which day a statement was made.

A ``Resolver`` walks one document in order and carries what the reader
carries: the last subject, the people named so far, the event day in force,
the last agency credited.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import regex

from . import lexicon
from .extract.speakers import RELATION_OF, Mention, patterns
from .text import fold_name, in_order, is_han
from .types import SourceCredit


@dataclass
class Speaker:
    name: str
    kind: str
    known: bool
    written: str


THIS = ("该", "这家", "这个", "此")  # 该公司, 这家银行: a body named before
THIS_ONE = ("这位", "这名", "该名", "那位", "上述", "前述", "该")  # 这位经济学家: someone named before
POINTING = ("这", "那", "该", "此", "上述", "前述")  # 这架客机飞行员: pointed at, no name to carry on
SHORTENED_MAX = 6  # 上述央行负责人: a description given again in short
COMPANY_NOUNS = ("公司", "集团")  # "公司称" in an article about 腾讯 is 腾讯
# 该部门, 该机构: a public body named before by its own name (国家卫健委证实…。该部门在声明中说)
BODY_NOUNS = ("部门", "机构", "单位")
# 川普政府 is 特朗普政府: a leader's administration or team, by the leader's canonical name
LEADER_BODIES = ("竞选团队", "政府", "政权", "团队", "阵营", "内阁", "当局")
PUBLIC_BODY_ENDS = ("部", "局", "署", "院", "厅", "府", "政府", "会", "委", "办", "党", "共", "军", "方", "当局", "议会", "国会", "法院", "组织",
                    "办公室")


VARIANT_MIN = 4  # shorter names one character apart are as often two people (约翰逊, 约翰森)


def _after_this_one(written: str) -> str:
    """经济学家 of 这位经济学家; "" when it is not pointed at so."""
    this = next((t for t in THIS_ONE if written.startswith(t)), None)
    return written[len(this):] if this is not None else ""


def _described_again(written: str, noun: str) -> str:
    """经济学家 of 这位不愿具名的经济学家: what someone described before is, described anew
    (not 该州的州务卿: the state's, not this one's); "" if not so."""
    de = noun.rfind("的")
    return noun[de + 1:] if not written.startswith("该") and 0 <= de < len(noun) - 2 else ""


@lru_cache(maxsize=1)
def _meetings() -> frozenset[str]:
    """会议, 全会: a meeting speaks for the body that held it (names.yml ``meetings``)."""
    return frozenset(lexicon.load().names.get("meetings") or ())


ANOTHER_ONE = ("有", "另一名", "另一位", "另一个", "其他", "一些", "不少", "许多")  # 有网民说: not the 网民 named before
ONE_OF = ("一名", "一位", "一个", "该名", "这名", "这位", "那位")
MANY_OF = regex.compile(r"们$|等|[多几数两三四五]+[名位个]|一些|部分|不少|许多|诸多|众多")
# 美国官员说: often several; 记者问: the outlet's own reporter asking, not a speaker to point back to
GENERIC_ROLES = ("官员", "专家", "学者", "人士", "消息来源", "记者")


def _one_holder(written: str) -> bool:
    """Does an unnamed subject denote one person a later 他/她 can mean: one named by a
    rank (条法司副司长, 大使馆发言人) or counted as one (一名消息人士)?"""
    if MANY_OF.search(written):
        return False
    if written.startswith(ONE_OF):
        return True
    role = patterns().role_end.search(written)
    return role is not None and not role.group(0).endswith(GENERIC_ROLES)


STATIONED = regex.compile(r"驻(\p{Han})(?=大?使馆|总领馆|总领事馆|领事馆|代表处|办事处|机构|军)")


def _bare_in(text: str, m: Mention) -> bool:
    """Is the role word written alone (，发言人指出), not the end of a longer description the
    scan cut short (中国外交部驻港公署发言人)?"""
    return m.start == 0 or not is_han(text[m.start - 1]) or text.endswith(OPENING_WORDS, 0, m.start)


# what may stand before a role word written alone (不过专家指出, 上述官员表示, 也…)
OPENING_WORDS = (*"也还则并亦但而又再", "上述", "前述", "该", "这位", "这名", "那位", "不过", "但是", "然而", "另外", "此外",
                 "同时", "而且", "因此", "所以", "其中", "对此", "随后", "此前", "稍早")


def _full_countries(name: str) -> str:
    """中国驻德使馆 → 中国驻德国使馆: one key for a body written with a country's short form."""
    short = patterns().country_short
    return STATIONED.sub(lambda m: "驻" + short.get(m.group(1), m.group(1)), name)


def _shortened(short: str, full: str) -> bool:
    """上述央行负责人 for 中国央行相关部门负责人: the same role, with words of the full
    description left out (its characters in order, the role word last)."""
    role = patterns().role_end.search(short)
    if role is None or role.start() == 0 or not full.endswith(role.group(0)) or len(full) <= len(short):
        return False
    return in_order(short, full)


@lru_cache(maxsize=4096)
def _sound(name: str) -> tuple[str, ...]:
    """A name as it is typed: its syllables without tones (pypinyin)."""
    from pypinyin import lazy_pinyin  # its dictionaries load on first use: most articles need none
    return tuple(lazy_pinyin(name))


def _contracts(short: str, full: str) -> bool:
    """Is ``short`` a contraction of ``full`` (国安会 of 美国国家安全委员会, 美中贸委会 of
    美中贸易全国委员会, 中消协 of 中国消费者协会): two characters shorter or more, ending as it
    does or with its last word's first character, its characters in order with two gaps or
    more, as a contraction takes a character of each word (中国银行 is not 中国人民银行: one gap)."""
    if len(full) < len(short) + 2 or short[-1] != full[-1] and (short[-1] != full[-2] or short[-1] in full[:-2]):
        return False
    gaps, at = 0, 0
    for ch in short:
        found = full.find(ch, at)
        if found < 0:
            return False
        gaps += found > at
        at = found + 1
    return gaps >= 2


SPOKESMEN = frozenset({"发言人", "新闻发言人", "女发言人", "男发言人"})  # who speaks for a body, named after it


PRESS_END = regex.compile(r"(?:报|杂志|周刊|月刊)$")


def is_press(sp: "Speaker") -> bool:
    """A paper: one named by its title (《罗马观察报》) or whose name says so (…日报, …杂志); not a wire
    service or broadcaster (路透社, 德国之声), which is as often the outlet reporting."""
    return sp.written.startswith("《") or PRESS_END.search(sp.name) is not None


# the writer of the article last issued (not of a speech or a post: 讲话, 推文)
AUTHOR_WORDS = ("作者", "文章作者", "该文作者", "这篇文章的作者", "文章的作者")
AUTHORED = frozenset(["文章", "长文", "评论", "评论文章", "专栏文章", "社论", "短文"])


@dataclass
class Resolver:
    article_day: date | None
    last_subject: Speaker | None = None
    last_person: Speaker | None = None
    last_speaker: Speaker | None = None  # who made the last attributed statement
    paragraph_speaker: Speaker | None = None  # who made the last one in the paragraph being read
    paragraph: str = ""  # the paragraph being read
    authors: list = field(default_factory=list)  # (text word or 《, who issued it), in order: 发表报告 → 报告指出
    issued_here: list = field(default_factory=list)  # (where, text word, issuer) in the paragraph being read
    colon_speaker: Speaker | None = None  # whose cue and colon end the paragraph being read (他说：)
    colon_cue: str = ""
    teller: Speaker | None = None  # who the paragraph being read, stating nothing, tells of telling (X分享了…经验)
    people: list[Speaker] = field(default_factory=list)
    person_days: dict = field(default_factory=dict)  # name → the day last named for them
    text_days: dict = field(default_factory=dict)  # author → the day their text came out (12月1日公布报告)
    interview_days: dict = field(default_factory=dict)  # name → the day they spoke to the outlet reporting (周四告诉德国之声)
    last_day: date | None = None  # the day last named for anyone: what "当天" points back to
    learned: dict = field(default_factory=dict)  # name as written → Mention, for names not in the lexicon
    role_people: dict = field(default_factory=dict)  # role word → the last person it introduced (医生菲利普斯)
    # the words before a role that introduced someone, with the role (华盛顿地区法官 of 华盛顿地区法官卡尔-尼科尔斯)
    described_roles: dict = field(default_factory=dict)
    last_credit: list[SourceCredit] = field(default_factory=list)
    described: list[Speaker] = field(default_factory=list)  # unnamed subjects, as written (一位公司知情人士)
    people_then: int = 0  # how many people were named when the last subject was

    def new_section(self, day: date | None) -> None:
        """An article appended to the page: its own day, no carried context."""
        self.article_day = day
        self.person_days = {}
        self.text_days = {}
        self.interview_days = {}
        self.last_day = None
        self.role_people = {}
        self.described_roles = {}
        self.described = []
        self.last_subject = None
        self.last_person = None
        self.authors = []
        self.issued_here = []

    def speaker(self, m: Mention) -> Speaker | None:
        """The speaker a subject mention denotes, or None if it denotes nobody we can name."""
        lex = lexicon.load()
        if m.kind == "organization" and not m.known and m.written in lex.names.get("press_pointers", ()):
            # 梵蒂冈官方报纸《罗马观察报》…。该报称: the paper named last
            paper = next((p for p in reversed(self.people) if p.kind == "organization" and is_press(p)), None)
            return None if paper is None else Speaker(paper.name, paper.kind, paper.known, m.written)
        if m.kind == "pronoun":
            # 他/她 point to a person; 他们/其/该… to whoever spoke last
            if m.written in ("他", "她"):
                last = self.last_subject  # 商务部条法司副司长透露…。她称: the official last speaking, never named
                if last is not None and last.kind == "unnamed" and (_one_holder(last.written) or _one_holder(last.name)) \
                        and not any(p.kind == "person" for p in self.people[self.people_then:]):
                    return last  # (…对刘亦菲访问中，问及她: not when someone was named since; 该人士 is the 一位…人士 described)
                here = self.paragraph_speaker  # 有导游表示，……。他说: the unnamed one who just spoke
                if self.last_person is None and here is not None and here.kind == "unnamed" and not here.name.endswith("们"):
                    return here
                return self.last_person  # no person named yet: better no claim than a wrong speaker
            if m.written == "后者" and self.people:
                return self.people[-1]  # …，美国驻联合国大使凯莉·克拉夫特，后者重申: the one named last
            noun = _after_this_one(m.written)
            if len(noun) >= 2 and not any(r.endswith(noun) or noun.endswith(r) for r in self.role_people):
                # 这位官员表示: the official described so last, though someone else spoke since
                # (not when a person was introduced by that role: 发言人赵立坚…。这位发言人)
                sp = next((sp for sp in reversed(self.described) if sp.written.endswith(noun)), None)
                if sp is not None:
                    return Speaker(sp.name, sp.kind, sp.known, m.written)
            if m.written in ("他们", "她们"):
                # a plural is a group, a body or unnamed people; not one person, not the outlet reporting
                sp = self.last_subject
                if sp is None or sp.kind == "person" or fold_name(sp.name) in lex.agency_by_alias:
                    return None
            return self.last_subject
        if m.kind == "title":
            holder = lex.speaker_for_title(m.written, self.article_day)
            if holder:
                return Speaker(holder.name, holder.kind, True, m.written)
            return Speaker(m.name, "unnamed", False, m.written)
        if m.kind == "surname":
            return self.by_surname(m.name)
        this = m.written.startswith(THIS) and len(m.written) > 1
        bare = len(m.written) >= 2 and patterns().org_suffix.fullmatch(m.written) is not None  # 研究所的报告提到
        if m.kind == "organization" and (this or bare or m.written in COMPANY_NOUNS):
            noun = m.written[next(len(t) for t in THIS if m.written.startswith(t)):] if this else m.written
            for p in reversed(self.people):  # 腾讯公司表示…。该公司还称 / 腾讯……公司称: the company just named
                if p.kind == "organization" and fold_name(p.name) not in lex.agency_by_alias \
                        and (p.written.endswith(noun) or p.name.endswith(noun)
                             or noun in COMPANY_NOUNS and not p.name.endswith(PUBLIC_BODY_ENDS)
                             or this and noun.endswith(BODY_NOUNS) and p.name.endswith(PUBLIC_BODY_ENDS)):
                    return Speaker(p.name, p.kind, p.known, m.written)  # (the outlet reporting is not "the company")
            last = self.last_subject
            if this and noun == "机构" and last is not None and last.kind == "organization" \
                    and fold_name(last.name) not in lex.agency_by_alias:
                return Speaker(last.name, last.kind, last.known, m.written)  # 标普全球…表示，…该机构也指出: the body just speaking
            if bare and noun in _meetings():
                # 政治局召开会议。会议指出: the meeting of the body just named, as the article names it
                if last is None or last.kind != "organization":
                    return None
                body = last.written if len(last.written) >= 2 and not last.written.startswith(THIS) else last.name
                return Speaker(body + noun, "organization", False, m.written)
        if m.kind == "unnamed" and m.written.startswith(THIS_ONE):
            # 这名负责人还说, 该学者表示: the one the article last described so (吉农资公司负责人)
            noun = _after_this_one(m.written)
            if 2 <= len(noun) <= SHORTENED_MAX and "的" not in noun:
                for sp in reversed(self.described):  # (上述央行负责人 for 中国央行相关部门负责人)
                    if (sp.written.endswith(noun) and len(noun) <= 4 or _shortened(noun, sp.written)) \
                            and sp.written != m.written:
                        return Speaker(sp.name, sp.kind, sp.known, m.written)
            head = _described_again(m.written, noun)
            if 2 <= len(head) <= SHORTENED_MAX:
                sp = next((sp for sp in reversed(self.described) if sp.written.endswith(head)), None)
                if sp is not None:  # 一位…经济学家 then 这位不愿具名的经济学家: the one described before
                    return Speaker(sp.name, sp.kind, sp.known, m.written)
            if len(noun) > 4 and noun in self.described_roles:
                # 华盛顿地区法官卡尔-尼科尔斯 then 这位华盛顿地区法官: the one introduced by those very words
                p = self.described_roles[noun]
                return Speaker(p.name, p.kind, p.known, m.written)
            if 2 <= len(noun) <= 4 and "的" not in noun:
                # 律师尼科尔斯…… then 该律师表示, 伊朗记者Reza…… then 这名伊朗记者: the one that role introduced
                introduced = max((r for r in self.role_people if noun.endswith(r)), key=len, default=None)
                if introduced is not None:
                    p = self.role_people[introduced]
                    return Speaker(p.name, p.kind, p.known, m.written)
            here, role = self.paragraph_speaker, patterns().role_end.search(noun)
            if here is not None and here.kind == "person" and "的" not in noun and role is not None \
                    and role.group(0) not in self.paragraph[:m.start]:
                # Saeedi表示…。但这位伊朗宗教学者也说: the person who just spoke in the paragraph, unless
                # someone else was called so before (…政府律师的说法，因为该律师声称)
                return Speaker(here.name, here.kind, here.known, m.written)
            last = self.last_subject
            if last is not None and last.kind == "person" and last.known and self._holds(last, noun):
                return Speaker(last.name, last.kind, last.known, m.written)  # 特朗普…。这位总统说: the title he holds
            if len(noun) >= 4 and "的" not in noun and last is not None and last.kind == "person" and last.known \
                    and role is not None:
                # 这位美国首席外交官说: a long description of an official is the known person the story is about
                return Speaker(last.name, last.kind, last.known, m.written)
        if m.kind == "unnamed" and m.written in AUTHOR_WORDS:
            # Bernard Guetta在解放报刊登文章…。作者指出: the one who wrote the text, when a person
            issued = self.authors + [(w, sp) for at, w, sp in sorted(self.issued_here, key=lambda x: x[0]) if at < m.start]
            author = next((sp for w, sp in reversed(issued)  # (a paper's own article: written by someone in it)
                           if w in AUTHORED and not (sp.kind == "organization" and is_press(sp))), None)
            if author is not None and author.kind == "person":
                return Speaker(author.name, author.kind, author.known, m.written)
        if m.kind == "unnamed" and m.name.startswith(("他的", "她的")) and RELATION_OF.fullmatch(m.name, 1):
            # 他的弟弟说: the brother of the man the article is about, or the brother just named again
            last = self.last_subject
            if last is not None and last.kind == "unnamed" and last.name.endswith(m.name[1:]):
                return Speaker(last.name, last.kind, last.known, m.written)
            if self.last_person is not None:
                return Speaker(self.last_person.name + m.name[1:], m.kind, False, m.written)
        last = self.last_subject
        if m.kind == "unnamed" and m.written not in self.role_people and last is not None and last.kind == "unnamed" \
                and len(last.name) > len(m.written) and last.name.endswith(m.written) and not last.name.startswith(POINTING) \
                and m.written in patterns().roles and _bare_in(self.paragraph, m) \
                and not self.paragraph.endswith(ANOTHER_ONE, 0, m.start):
            return Speaker(last.name, last.kind, last.known, m.written)  # 人民日报发言人…回应称 then 发言人指出: the same one
        if m.kind == "unnamed" and m.written in self.role_people and not self.paragraph.endswith(ANOTHER_ONE, 0, m.start):
            p = self.role_people[m.written]  # "医生菲利普斯说……" then "医生还表示": the same doctor (有网民留言称: another)
            return Speaker(p.name, p.kind, p.known, m.written)
        if m.kind == "organization" and not m.known and m.name.endswith(LEADER_BODIES):
            body = next(b for b in LEADER_BODIES if m.name.endswith(b))
            leader = lex.speaker_by_alias.get(fold_name(m.name[:-len(body)]))
            if leader is not None and leader.kind == "person":
                return Speaker(leader.name + body, m.kind, False, m.written)
        if m.kind == "organization" and not m.known and "驻" in m.name:
            key = _full_countries(m.name)
            for p in reversed(self.people):  # 中国驻德国使馆…… then 中国驻德使馆称: the same embassy
                if p.kind == "organization" and p.name != m.name and _full_countries(p.name) == key:
                    return Speaker(p.name, p.kind, p.known, m.written)
        if m.kind == "organization" and not m.known and len(m.name) >= 3:
            for p in reversed(self.people):  # 台湾移民署…… then 移民署表示: the body named in full before
                if p.kind == "organization" and p.name != m.name and p.name.endswith(m.name):
                    return Speaker(p.name, p.kind, p.known, m.written)
        if m.kind == "organization" and not m.known and len(m.name) >= 3 \
                and (short := self.by_contraction(m.name)) is not None:
            return Speaker(short.name, short.kind, short.known, m.written)  # 美中贸易全国委员会…… then 美中贸委会
        if m.kind == "person" and not m.known and len(m.name) == 2 and m.name in patterns().surnames_double:
            sp = self.by_surname(m.name)  # 村上春树…… then 村上说: a family name of two characters alone
            if sp is not None:
                return sp
        if m.kind == "person" and not m.known and (same := self.by_sound(m.name)) is not None:
            return Speaker(same.name, same.kind, same.known, m.written)  # 黄之锋…… then 黄之峰回复说: a typing slip
        if m.kind == "person" and not m.known and (same := self.by_variant(m.name)) is not None:
            return Speaker(same.name, same.kind, same.known, m.written)  # 拉芬斯佩格…… then 拉芬斯珀格
        if m.kind == "person" and not m.known:
            dotted = m.name.replace("-", "·")  # 本-沙巴特 for 梅尔·本·沙巴特
            for p in reversed(self.people):
                if p.name != m.name and len(m.name) >= 2 and (p.name.replace("-", "·").endswith(dotted)
                                                               or p.name.endswith(" " + m.name)
                                                               or p.name.startswith((m.name + "·", m.name + " "))):
                    # 菊尔 for 菊尔·伊力哈木, Qian for Qian Jiayin (a Chinese name in pinyin puts the family first)
                    return Speaker(p.name, p.kind, p.known, m.written)
        if m.kind == "person" and m.known and "·" in m.name and "·" not in m.written \
                and all(p.name != m.name for p in self.people):
            # 众议员马特·盖茨…… then 盖茨表示: him, not the 比尔·盖茨 the lexicon knows by full name
            # (a bare 特朗普 or 拜登 stays the one the lexicon names so, though 梅拉尼娅·特朗普 came first)
            for p in reversed(self.people):
                if p.kind == "person" and not p.known and p.name.endswith("·" + m.written):
                    return Speaker(p.name, p.kind, p.known, m.written)
        if m.kind == "organization" and m.known and (other := self._country_of_sentence(m)) is not None:
            return Speaker(other + m.written, m.kind, False, m.written)
        if m.kind == "unnamed" and m.rule == "body-role" and (body := self._body_of(m)) is not None:
            return body  # 蓬佩奥…。国务院一名发言人表示: the spokesman of the body the article means
        return Speaker(m.name, m.kind, m.known, m.written)

    def _body_of(self, m: Mention) -> Speaker | None:
        """美国国务院一名发言人 for 国务院一名发言人: the body a role belongs to, resolved as the
        body alone would be; None when it stays as written."""
        info = patterns().known_info
        k = next((k for k in range(len(m.name) - 1, 1, -1) if fold_name(m.name[:k]) in info), None)
        if k is None:
            return None
        name, kind, known = info[fold_name(m.name[:k])]
        if kind != "organization":
            return None
        body = self.speaker(Mention(m.start, m.start + k, m.name[:k], name, kind, known, "lexicon"))
        if body is None or body.name == m.name[:k]:
            return None
        return Speaker(body.name + m.name[k:], m.kind, False, m.written)

    def _country_of_sentence(self, m: Mention) -> str | None:
        """波兰总统杜达确诊，但总统府称: a body the lexicon places in one country by default (总统府:
        Taiwan's), written bare in a sentence that names another country's holder of it, is that country's."""
        if m.name == m.written or not m.name.endswith(m.written):
            return None  # written as the lexicon names it, or by another alias
        countries = patterns().countries
        home = next((c for c in countries if m.name.startswith(c)), None)
        if home is None or m.written.startswith(home) or not 0 < m.start <= len(self.paragraph):
            return None
        sent = max(self.paragraph.rfind(p, 0, m.start) for p in "。！？!?") + 1
        stem = m.written[:2]  # 波兰总统…总统府: the country's own office holder named before
        named = [c for c in countries if c + stem in self.paragraph[sent:m.start]]
        return named[0] if named and home not in named and all(c in named[0] for c in named) else None

    def by_surname(self, written: str) -> Speaker | None:
        """The last person of that family name (雷 for 克里斯托弗·雷: a transliterated name ends on
        a one-character one; longer ones, 马斯, are learned as names); 何某 (a name withheld) is
        referred back to as 何某."""
        for p in reversed(self.people):
            if p.kind == "person" and (p.name.startswith(written) or p.name.split(" ")[-1] == written
                                          or len(written) == 1 and p.name.rsplit("·", 1)[-1] == written) \
                    and p.name != written \
                    and not p.name.endswith("某"):
                return Speaker(p.name, p.kind, p.known, written)
        return None

    def by_sound(self, name: str) -> Speaker | None:
        """The known person named before whose Chinese name sounds the same and differs in
        one character of the given name: 黄之峰 for 黄之锋. Chinese is typed by sound, so a slip
        of the input method spells a name with a homophone. (Two spellings of someone the
        lexicon does not know stay apart: which one is right, the article does not say.)"""
        if len(name) != 3 or not all(is_han(ch) for ch in name):
            return None

        def alike(other: str) -> bool:
            return len(other) == 3 and other[0] == name[0] and other[1:] != name[1:] \
                and (other[1] == name[1] or other[2] == name[2]) and _sound(other) == _sound(name)

        for p in reversed(self.people):
            if p.kind == "person" and p.known and alike(p.name):
                return p
        # 秘书长黄之锋收到…，黄之峰回复说: named in this very sentence, not yet among the people seen
        at = self.paragraph.find(name[0])
        while at >= 0:
            other = self.paragraph[at:at + 3]
            if alike(other) and (sp := lexicon.load().speaker_by_alias.get(fold_name(other))) is not None \
                    and sp.kind == "person":
                return Speaker(sp.name, sp.kind, True, other)
            at = self.paragraph.find(name[0], at + 1)
        return None

    def by_variant(self, name: str) -> Speaker | None:
        """A foreign name transliterated twice in one article: 布拉德·拉芬斯佩格…… then
        拉芬斯珀格, 克利夫兰…… then 克里弗兰. Four characters or more, the same length and
        first character, one character apart or all of them sounding the same, against the
        whole name or its last part."""
        if len(name) < VARIANT_MIN or "·" in name or not all(is_han(ch) for ch in name):
            return None

        def alike(other: str) -> bool:
            return len(other) == len(name) and other[0] == name[0] and other != name \
                and (sum(a != b for a, b in zip(other, name)) == 1 or _sound(other) == _sound(name))

        for p in reversed(self.people):
            if p.kind == "person" and (alike(p.name) or alike(p.name.rsplit("·", 1)[-1])):
                return p
        return None

    def by_contraction(self, written: str) -> Speaker | None:
        """国安会 for 美国国家安全委员会: the last body named whose contraction the written
        name is (``_contracts``)."""
        for p in reversed(self.people):
            if p.kind == "organization" and _contracts(written, p.name):
                return Speaker(p.name, p.kind, p.known, written)
        return None

    def _holds(self, sp: Speaker, noun: str) -> bool:
        """Does the known person ``sp`` hold, on the article's day, a title ending in ``noun``
        (美国总统 for 总统)?"""
        known = lexicon.load().speaker_by_alias.get(fold_name(sp.name))
        return known is not None and len(noun) >= 2 and any(
            t.title.endswith(noun) and t.held_on(self.article_day) for t in known.titles)

    def seen(self, sp: Speaker | None, subject: bool = False) -> None:
        if sp is None:
            return
        if sp.kind in ("person", "organization"):
            self.people.append(sp)
        if subject and sp.kind in ("person", "organization", "unnamed"):
            self.last_subject = sp
            self.people_then = len(self.people)
            if sp.kind == "person" and not sp.known and not sp.written.endswith(sp.name):
                self.described.append(sp)  # 署名“中国新闻中心”的网友: a handle described by a noun, 该网友 later
            if sp.kind == "unnamed":
                self.described.append(sp)
                for role in [r for r in self.role_people if sp.written.endswith(r)]:
                    del self.role_people[role]  # 人民日报发言人…回应称: 发言人 now means this one, not 发言人赵立坚
            if sp.kind == "person":
                self.last_person = sp

    def saw_day(self, day: date, people: frozenset) -> None:
        """A day named for some people holds for what they say later ("习近平星期三会见
        米舒斯京" dates what either of them then says, unless they name another day)."""
        for name in people:
            self.person_days[name] = day
        self.last_day = day

    def said_on(self, local_day: date | None, speaker: str | None = None) -> date | None:
        if local_day:
            return local_day
        if not speaker:
            return self.article_day
        if speaker in self.person_days:
            return self.person_days[speaker]
        # 中联办的发言人周日发布公告…。中联办强调: the body speaks on its spokesman's day
        voiced = next((day for name, day in self.person_days.items()
                       if name.startswith(speaker) and name[len(speaker):].lstrip("的") in SPOKESMEN), None)
        # 政务司司长办公室昨天回应称…。政务司司长办公室发言人称: and the spokesman on the body's
        body = next((speaker[:-len(s)].removesuffix("的") for s in sorted(SPOKESMEN, key=len, reverse=True)
                     if speaker.endswith(s)), None)  # (女发言人 before 发言人: the body, not "…女")
        # 公署发言人 after 中国外交部驻港特派员公署昨天发文: the body named in full before, by its tail
        held = self.person_days.get(body) if body else None
        if held is None and body and len(body) >= 2:
            held = next((day for name, day in reversed(self.person_days.items()) if name.endswith(body)), None)
        return voiced or held or self.article_day
