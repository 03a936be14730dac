"""Names per partition: untouched on one standalone partition, one hash slot per document
when tagged, and every key one commit or document script touches in that slot."""

from __future__ import annotations

import zlib

import pytest
from redis.crc import key_slot

from services.contract.keys import (
    doc_deadlines,
    doc_key,
    events_key,
    idempotency_key,
    idempotency_partition,
    partials_key,
    text_key,
)
from services.contract.streams import SUMMARY, TASKS, summary_stream, tasks_stream
from shared.envelope import new_id
from shared.keys import once_key, seen_key
from shared.partitions import (
    Layout,
    PartitionSpecError,
    hash_tag,
    parse_assignment,
    read_groups,
    retag,
    using,
)


def test_one_standalone_partition_keeps_every_name_of_old() -> None:
    with using(Layout()):
        assert doc_key("d1") == "doc:{d1}" and partials_key("d1") == "doc:{d1}:partials"
        assert tasks_stream("d1") == TASKS and summary_stream("d1") == SUMMARY
        assert seen_key("g", "k", TASKS) == "mesh:seen:g:k"
        assert doc_deadlines("d1") == "doc:deadlines"
        assert idempotency_key("t", "k").startswith("idem:") and "{" not in idempotency_key(
            "t", "k"
        )


def test_a_documents_keys_and_streams_share_one_slot_when_tagged() -> None:
    with using(Layout.of(12, cluster=True)) as lay:
        for doc in ("a", "b", "doc-123", "x" * 40):
            p = zlib.crc32(doc.encode()) % 12
            assert lay.partition(doc) == p
            keys = [doc_key(doc), partials_key(doc), text_key(doc), events_key(doc),
                    doc_deadlines(doc), tasks_stream(doc), summary_stream(doc),
                    retag("doc.review.grammar", hash_tag(tasks_stream(doc))),
                    seen_key("g", f"doc:{doc}", tasks_stream(doc)),
                    once_key(f"summary:{doc}", summary_stream(doc))]  # fmt: skip
            assert {key_slot(k.encode()) for k in keys} == {key_slot(f"{{p{p}}}".encode())}


def test_an_idempotency_entry_and_its_document_can_share_a_partition() -> None:
    with using(Layout.of(8, cluster=True)) as lay:
        home = idempotency_partition("tenant", "key-1")
        doc = lay.id_in(home, new_id)
        assert key_slot(idempotency_key("tenant", "key-1").encode()) == key_slot(
            doc_key(doc).encode()
        )


def test_reads_are_grouped_by_slot_only_on_a_cluster() -> None:
    streams = ["a{p0}", "b{p0}", "a{p1}"]
    assert read_groups(streams, per_slot=False) == [streams]
    assert read_groups(streams, per_slot=True) == [["a{p0}", "b{p0}"], ["a{p1}"]]


def test_partition_assignment_is_parsed_or_refused_with_the_reason() -> None:
    assert parse_assignment("", 4) == (0, 1, 2, 3)
    assert parse_assignment("0-1,3", 4) == (0, 1, 3)
    with pytest.raises(PartitionSpecError, match="within 0-3"):
        parse_assignment("2-5", 4)
    with pytest.raises(PartitionSpecError, match="at least 1"):
        Layout(0)
