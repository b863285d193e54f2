"""jieba's prefix dictionary saved by us loads back identical; a missing, foreign or cut cache file is no cache."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from extractor.text import word_cache
from extractor.text.nlp import chinese


def test_saved_dictionary_loads_back_identical(tmp_path: Path) -> None:
    dictionary = ({"英伟达": 100000, "英": 0, "第一": 3071, "MLPerf": 7}, 103078)
    word_cache.save(tmp_path / "a.dict", dictionary)
    assert word_cache.load(tmp_path / "a.dict") == dictionary


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: b"not ours\n" + data,
        lambda data: data.replace(b" 4\n", b" 5\n", 1),
        lambda data: b"",
    ],
)
def test_damaged_cache_file_is_no_cache(tmp_path: Path, damage: object) -> None:
    path = tmp_path / "a.dict"
    word_cache.save(path, ({"第一": 3071, "第": 0, "冠军": 12, "冠": 0}, 3083))
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    assert word_cache.load(path) is None
    assert word_cache.load(tmp_path / "missing.dict") is None


def test_a_new_cache_file_replaces_those_built_for_other_words(tmp_path: Path) -> None:
    word_cache.save(tmp_path / "jieba-old.dict", ({"第一": 1}, 1))
    (tmp_path / "notes.txt").write_text("not a cache file")
    word_cache.save(tmp_path / "jieba-new.dict", ({"第一": 2}, 2))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jieba-new.dict", "notes.txt"]


def test_unwritable_cache_folder_only_means_no_cache(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("a file where the folder would go")
    word_cache.save(tmp_path / "file" / "a.dict", ({"第一": 1}, 1))
    assert list(tmp_path.iterdir()) == [tmp_path / "file"]


def test_cache_folder_is_xdg_then_home_then_the_temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert word_cache.cache_folder() == tmp_path / "xdg" / "extractor"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert word_cache.cache_folder() == tmp_path / "home" / ".cache" / "extractor"

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    assert word_cache.cache_folder() == tmp_path / "temp" / "extractor-cache"


def test_cache_key_follows_the_user_words(tmp_path: Path) -> None:
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("第一 3071 m\n", encoding="utf-8")
    assert word_cache.cache_path(dictionary, "0.42.1", ["英伟达"]) == word_cache.cache_path(dictionary, "0.42.1", ["英伟达"])
    assert word_cache.cache_path(dictionary, "0.42.1", ["英伟达"]) != word_cache.cache_path(dictionary, "0.42.1", ["英伟达", "浪潮"])
    assert word_cache.cache_path(dictionary, "0.42.1", ["英伟达"]) != word_cache.cache_path(dictionary, "0.42.2", ["英伟达"])


def test_tokenizer_from_the_cache_is_the_one_jieba_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = chinese.__wrapped__()  # no cache yet: jieba's own dictionary plus our words, then saved
    assert [p.suffix for p in (tmp_path / "extractor").iterdir()] == [".dict"]
    loaded = chinese.__wrapped__()
    assert loaded.FREQ == built.FREQ and loaded.total == built.total and len(loaded.FREQ) > 400_000
    text = "浪潮信息在MLPerf推理基准测试中共斩获13项第一，离线分数679915"
    assert list(loaded.tokenize(text, HMM=False)) == list(built.tokenize(text, HMM=False))
