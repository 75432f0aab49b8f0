"""A reproducible folder of made-up news articles, for tests that need many files.

The crash and concurrency tests need hundreds of articles that make claims,
clusters (one statement carried by several outlets), copies (the same article
under two file names), feeds and a few rejected files, without depending on
../shared/corpus. Everything comes from ``random.Random(seed)``: the same seed
writes byte-identical files.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import opencc

_s2t = opencc.OpenCC("s2t")

SPEAKERS = ["外交部发言人汪文斌", "外交部发言人毛宁", "国务院总理李强", "外交部长王毅", "俄罗斯总统普京",
            "美国总统拜登", "美国国务卿布林肯", "联合国秘书长古特雷斯", "乌克兰总统泽连斯基", "法国总统马克龙"]
CUES = ["说", "表示", "指出", "强调"]
AGENCIES = ["新华社", "路透社", "法新社", "美联社", "中央社"]
OUTLETS = [("联合早报", "https://www.zaobao.com/realtime/china/story{n}"),
           ("法广", "https://www.rfi.fr/cn/中国/{n}"),
           ("美国之音", "https://www.voachinese.com/a/{n}.html"),
           ("德国之声", "https://www.dw.com/zh/a-{n}"),
           ("中央社", "https://www.cna.com.tw/news/aopl/{n}.aspx")]
SUBJECTS = ["双方", "各国", "国际社会", "有关方面", "两国", "地区国家", "各方", "我们"]
VERBS = ["应当加强", "必须推动", "愿意深化", "将继续扩大", "需要维护", "坚决支持", "高度重视", "努力促进"]
OBJECTS = ["经贸合作", "地区和平稳定", "能源安全", "人文交流", "气候变化应对", "供应链稳定", "多边主义",
           "对话协商", "粮食安全", "科技创新"]
NARRATION = ["会谈在友好气氛中进行。", "此次访问为期三天。", "双方还签署了多项合作文件。", "记者会持续约一小时。",
             "这是两国领导人今年第二次会面。"]


def statement(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)}{rng.choice(VERBS)}{rng.choice(OBJECTS)}，{rng.choice(SUBJECTS)}{rng.choice(VERBS)}" \
           f"{rng.choice(OBJECTS)}"


def paragraphs(rng: random.Random, shared: list[tuple[str, str]]) -> list[str]:
    out = []
    for _ in range(rng.randint(3, 7)):
        if rng.random() < 0.2:
            out.append(rng.choice(NARRATION))
            continue
        speaker, words = rng.choice(shared) if shared and rng.random() < 0.3 else (rng.choice(SPEAKERS), statement(rng))
        cue = rng.choice(CUES)
        if rng.random() < 0.3:
            out.append(f"据{rng.choice(AGENCIES)}报道，{speaker}{cue}，{words}。")
        elif rng.random() < 0.3:
            out.append(f"{speaker}{cue}：“{words}。”")
        else:
            out.append(f"{speaker}{cue}，{words}。")
    return out


def jekyll(title: str, when: datetime, outlet: str, url: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"---\nlayout: post\ntitle: \"{title}\"\ndate: {when.strftime('%Y-%m-%dT%H:%M:%S.000Z')}\n"
            f"author: {outlet}\nfrom: {url}\ncategories: [ {outlet} ]\n---\n<div>{body}</div>\n")


def feed(items: list[tuple[str, datetime, str, list[str]]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{url}</link><description><![CDATA["
        + "".join(f"<p>{p}</p>" for p in paras)
        + f"]]></description><pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate></item>"
        for title, when, url, paras in items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>news</title>{entries}</channel></rss>'


def write_corpus(folder: Path, articles: int = 600, seed: int = 6) -> Path:
    """Write about ``articles`` files under ``folder`` (in subfolders of 100); returns ``folder``.

    Besides single articles: every 50th file is a feed of three items, every
    40th an exact copy of an earlier article under another name, every 97th an
    empty file (rejected), and one article in four is in Traditional characters.
    """
    rng = random.Random(seed)
    start = datetime(2023, 3, 1, 2, 0, tzinfo=timezone.utc)
    shared: list[tuple[str, str]] = []  # statements several outlets carry (claim clusters)
    written: list[str] = []
    for n in range(articles):
        sub = folder / f"part{n // 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{n:05d}.md"
        when = start + timedelta(hours=3 * n + rng.randint(0, 2))
        if len(shared) > 12:
            shared.pop(0)
        shared.append((rng.choice(SPEAKERS), statement(rng)))
        if n % 97 == 96:
            path.write_bytes(b"")
            continue
        if n % 40 == 39 and written:
            path.write_text(rng.choice(written), encoding="utf-8")
            continue
        outlet, pattern = rng.choice(OUTLETS)
        if n % 50 == 49:
            items = [(f"快讯{n}-{i}", when + timedelta(minutes=i), pattern.format(n=f"{n}-{i}"), paragraphs(rng, shared))
                     for i in range(3)]
            path.with_suffix(".xml").write_text(feed(items), encoding="utf-8")
            continue
        paras = paragraphs(rng, shared)
        title = f"{paras[0][:12]}（{n}）"
        text = jekyll(title, when, outlet, pattern.format(n=f"2023{n:06d}"), paras)
        if rng.random() < 0.25:
            text = _s2t.convert(text)
        path.write_text(text, encoding="utf-8")
        written.append(text)
    return folder
