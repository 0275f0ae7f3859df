from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import ConfigurationError
from accord.eval.realnews import POINTER_COLUMNS, PairRow, materialise, write_pairs_tsv
from accord.model.plover import EventType, is_valid_mode
from tests.conftest import shared_path

REPOSITORY = Path(__file__).resolve().parents[3]
REAL_POINTERS = REPOSITORY / "data" / "event_typing" / "realnews_dev.tsv"

# Written for these tests: two made-up wire stories and one made-up protest sentence.
ARTICLE = (
    "Talks in Lomari.\n"
    "Arvenia signed a border pact with Belmora on Monday. "
    "Rebels later shelled a Belmoran post."
)
WIRE = "Police arrested forty strikers in Port Elan.Ten more were detained by the army."
# Some Causal News Corpus rows begin with a stray byte-order mark, as this one does.
PROTEST = "\ufeffDockers marched on the harbour authority , demanding back pay ."


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A shared folder laid out like the team's, holding only the texts above."""
    root = tmp_path / "shared"
    corpus = root / "corpus" / "dev"
    corpus.mkdir(parents=True)
    (corpus / "articles.jsonl").write_text(json.dumps({"id": "a1", "text": ARTICLE}) + "\n")
    wikievents = root / "benchmarks" / "wikievents"
    wikievents.mkdir(parents=True)
    (wikievents / "dev.jsonl").write_text(json.dumps({"doc_id": "w1", "text": WIRE}) + "\n")
    (wikievents / "test.jsonl").write_text("")
    causal = root / "benchmarks" / "causal_news_corpus" / "V2"
    causal.mkdir(parents=True)
    for name, rows in (
        ("train_subtask1.csv", [("c1", PROTEST)]),
        ("dev_subtask1.csv", []),
        ("test_subtask1_text.csv", []),
    ):
        with (causal / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["index", "text", "label"])
            writer.writerows([(index, text, "1") for index, text in rows])
    return root


def span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return start, start + len(words)


Span = tuple[int, int]


def pointer(uid: str, where: str, spans: tuple[Span, Span, Span], label: str = "SUPPORT") -> str:
    """A pointer row: `where` is "source/document", `spans` the sentence, actor and recipient,
    `label` the root and optionally its mode ("COERCE/arrest")."""
    source, document = where.split("/", 1)
    root, _, mode = label.partition("/")
    offsets = [offset for pair in spans for offset in pair]
    return "\t".join([uid, source, document, *map(str, offsets), root, mode, ""])


def write_pointers(path: Path, *rows: str) -> Path:
    path.write_text("\n".join(["\t".join(POINTER_COLUMNS), *rows]) + "\n", encoding="utf-8")
    return path


def article_pact(uid: str = "p1", **changes: tuple[int, int]) -> str:
    second = span(ARTICLE, "Arvenia signed a border pact with Belmora on Monday.")
    actor = changes.get("actor", span(ARTICLE, "Arvenia"))
    recipient = changes.get("recipient", span(ARTICLE, "Belmora"))
    return pointer(uid, "dev_corpus/a1", (changes.get("sentence", second), actor, recipient))


def test_offsets_mark_the_actor_and_the_recipient(tmp_path: Path, shared: Path) -> None:
    path = write_pointers(tmp_path / "p.tsv", article_pact())
    [row] = materialise(path, shared)
    assert row == PairRow(
        uid="p1",
        marked_sentence="<s>Arvenia</s> signed a border pact with <t>Belmora</t> on Monday.",
        gold_root=EventType.SUPPORT,
        gold_mode="",
        source="dev_corpus",
    )


def test_a_recipient_before_the_actor_is_marked_in_text_order(tmp_path: Path, shared: Path) -> None:
    first = span(WIRE, "Police arrested forty strikers in Port Elan.")
    active_spans = (first, span(WIRE, "Police"), span(WIRE, "forty strikers"))
    active = pointer("v", "wikievents/w1", active_spans, "COERCE/arrest")
    second = span(WIRE, "Ten more were detained by the army.")
    passive_spans = (second, span(WIRE, "the army"), span(WIRE, "Ten more"))
    passive = pointer("x", "wikievents/w1", passive_spans, "COERCE/arrest")
    rows = materialise(write_pointers(tmp_path / "p.tsv", active, passive), shared)
    assert [r.marked_sentence for r in rows] == [
        "<s>Police</s> arrested <t>forty strikers</t> in Port Elan.",
        "<t>Ten more</t> were detained by <s>the army</s>.",
    ]
    assert rows[0].gold_mode == "arrest"


def test_a_causal_news_row_is_one_sentence_without_its_byte_order_mark(
    tmp_path: Path, shared: Path
) -> None:
    whole = (0, len(PROTEST))
    spans = (whole, span(PROTEST, "Dockers"), span(PROTEST, "the harbour authority"))
    row = pointer("c", "causal_news_corpus/c1", spans, "PROTEST/demo")
    [pair] = materialise(write_pointers(tmp_path / "p.tsv", row), shared)
    assert pair.marked_sentence.startswith("<s>Dockers</s> marched on <t>the harbour authority</t>")


def test_the_bundled_samples_need_no_shared_folder(tmp_path: Path) -> None:
    name = "voa-2024-nigeria-niger-security-pact.txt"
    text = (REPOSITORY / "src" / "accord" / "samples" / "documents" / name).read_text("utf-8")
    first = (0, text.index(".") + 1)
    row = pointer("s", f"samples/{name}", (first, span(text, "Nigeria"), span(text, "Niger", 10)))
    [pair] = materialise(write_pointers(tmp_path / "p.tsv", row), tmp_path / "no-shared")
    assert pair.marked_sentence.startswith("<s>Nigeria</s> and neighboring <t>Niger</t> have")


def test_a_line_break_inside_a_sentence_becomes_a_space(tmp_path: Path, shared: Path) -> None:
    both = (0, ARTICLE.index(" Rebels"))
    row = pointer("b", "dev_corpus/a1", (both, span(ARTICLE, "Lomari"), span(ARTICLE, "Belmora")))
    [pair] = materialise(write_pointers(tmp_path / "p.tsv", row), shared)
    assert pair.marked_sentence == (
        "Talks in <s>Lomari</s>. Arvenia signed a border pact with <t>Belmora</t> on Monday."
    )


def test_offsets_past_the_document_end_name_file_and_line(tmp_path: Path, shared: Path) -> None:
    beyond = (ARTICLE.index("Arvenia"), len(ARTICLE) + 5)
    path = write_pointers(tmp_path / "p.tsv", article_pact(), article_pact("p2", sentence=beyond))
    with pytest.raises(ConfigurationError, match=r"p\.tsv:3: sentence offsets .* outside"):
        materialise(path, shared)


def test_a_span_outside_its_sentence_is_refused(tmp_path: Path, shared: Path) -> None:
    path = write_pointers(tmp_path / "p.tsv", article_pact(actor=span(ARTICLE, "Rebels")))
    with pytest.raises(ConfigurationError, match=r"p\.tsv:2: actor offsets .* not inside"):
        materialise(path, shared)


def test_a_span_with_edge_whitespace_is_refused(tmp_path: Path, shared: Path) -> None:
    start, end = span(ARTICLE, "Belmora")
    path = write_pointers(tmp_path / "p.tsv", article_pact(recipient=(start - 1, end)))
    with pytest.raises(ConfigurationError, match="recipient span ' Belmora'"):
        materialise(path, shared)


def test_overlapping_spans_are_refused(tmp_path: Path, shared: Path) -> None:
    path = write_pointers(tmp_path / "p.tsv", article_pact(recipient=span(ARTICLE, "Arvenia")))
    with pytest.raises(ConfigurationError, match="overlap"):
        materialise(path, shared)


def test_a_missing_document_is_named(tmp_path: Path, shared: Path) -> None:
    row = article_pact().replace("\ta1\t", "\ta9\t")
    with pytest.raises(ConfigurationError, match=r"p\.tsv:2: document 'a9' is not in source"):
        materialise(write_pointers(tmp_path / "p.tsv", row), shared)


def test_a_missing_source_folder_says_which_folder_to_pass(tmp_path: Path) -> None:
    path = write_pointers(tmp_path / "p.tsv", article_pact())
    with pytest.raises(ConfigurationError, match="cannot read source 'dev_corpus'"):
        materialise(path, tmp_path / "elsewhere")


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("gold_root", "YIELD", "gold_root 'YIELD' is no PLOVER root"),
        ("gold_mode", "visit", "gold_mode 'visit' is no mode of SUPPORT"),
        ("source", "newswire", "unknown source 'newswire'"),
        ("actor_start", "x", "actor_start 'x' is not a character offset"),
    ],
)
def test_bad_fields_are_refused_with_the_line(
    tmp_path: Path, shared: Path, column: str, value: str, message: str
) -> None:
    fields = article_pact().split("\t")
    fields[POINTER_COLUMNS.index(column)] = value
    path = write_pointers(tmp_path / "p.tsv", "\t".join(fields))
    with pytest.raises(ConfigurationError, match=rf"p\.tsv:2: {message}"):
        materialise(path, shared)


def test_a_wrong_header_and_a_repeated_uid_are_refused(tmp_path: Path, shared: Path) -> None:
    headless = tmp_path / "headless.tsv"
    headless.write_text(article_pact() + "\n")
    with pytest.raises(ConfigurationError, match=r"headless\.tsv:1: the header must be"):
        materialise(headless, shared)
    twice = write_pointers(tmp_path / "p.tsv", article_pact(), article_pact())
    with pytest.raises(ConfigurationError, match=r"p\.tsv:3: uid 'p1' appears twice"):
        materialise(twice, shared)


def test_pairs_are_written_in_the_eval_format(tmp_path: Path, shared: Path) -> None:
    rows = materialise(write_pointers(tmp_path / "p.tsv", article_pact()), shared)
    out = tmp_path / "out" / "pairs.tsv"
    assert write_pairs_tsv(rows, out) == 1
    assert out.read_text("utf-8").splitlines() == [
        "uid\tmarked_sentence\tgold_root",
        "p1\t<s>Arvenia</s> signed a border pact with <t>Belmora</t> on Monday.\tSUPPORT",
    ]


def test_the_build_command_writes_the_pairs(tmp_path: Path, shared: Path) -> None:
    pointers = write_pointers(tmp_path / "p.tsv", article_pact())
    out = tmp_path / "pairs.tsv"
    arguments = ["build", "realnews-pairs", "--shared", str(shared), "--out", str(out)]
    result = CliRunner().invoke(app, [*arguments, "--pointers", str(pointers)])
    assert result.exit_code == 0, result.output
    assert "1 pairs written" in result.output
    assert out.read_text("utf-8").count("\n") == 2


def test_the_build_command_reports_a_bad_pointer_file(tmp_path: Path, shared: Path) -> None:
    pointers = write_pointers(tmp_path / "p.tsv", article_pact().replace("\ta1\t", "\ta9\t"))
    out = tmp_path / "pairs.tsv"
    arguments = ["build", "realnews-pairs", "--shared", str(shared), "--out", str(out)]
    result = CliRunner().invoke(app, [*arguments, "--pointers", str(pointers)])
    assert result.exit_code != 0
    assert "a9" in result.output and not out.exists()


def test_the_real_split_materialises_from_the_shared_folder() -> None:
    shared_folder = shared_path("benchmarks", "wikievents").parent.parent
    rows = materialise(REAL_POINTERS, shared_folder)
    assert len(rows) >= 400
    for row in rows:
        assert row.marked_sentence.count("<s>") == row.marked_sentence.count("<t>") == 1
        actor = row.marked_sentence.split("<s>")[1].split("</s>")[0]
        recipient = row.marked_sentence.split("<t>")[1].split("</t>")[0]
        assert actor.strip() and recipient.strip(), row.uid
        assert not row.gold_mode or is_valid_mode(row.gold_root, row.gold_mode), row.uid
    counts = Counter(row.gold_root for row in rows)
    assert set(counts) == set(EventType)
