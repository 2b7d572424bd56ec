"""A stream's chunks cannot arrive out of order, but their stamps can: a read the kernel did not stamp is
stamped when the event loop got to it, which under load can be later than the kernel's stamp of the next
read. response.py gives such a later chunk the earlier one's time, since a result file refuses chunk times
that decrease. These tests feed read_response stamps that go backwards, on both of its stream paths (a
chunked body and one delimited by its length or the connection's end), and check what it records."""
import asyncio
import os
import sys
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "resources", "agent"))

from inferdeck_agent import budget, response, sse  # noqa: E402

TOKEN = b'data: {"id":"x","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"a"},"finish_reason":null}]}\n\n'
LAST = (b'data: {"id":"x","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"b"},"finish_reason":"stop"}]}\n\n'
        b"data: [DONE]\n\n")


class FakeReader:
    lag = None  # no kernel stamp: the case that can go backwards
    span = None


def read(headers, pieces):
    """read_response over (stamp, bytes) pieces delivered by the patched body readers; returns (chunks, marks,
    end, failure)."""
    async def head(_reader):
        return 200, headers

    async def chunked(_reader, on_chunk):
        for stamp, data in pieces:
            on_chunk(stamp, data)

    async def plain(_reader, _headers):
        for stamp, data in pieces:
            yield stamp, data

    chunks, marks = [], {}
    with mock.patch.object(response, "read_head", head), mock.patch.object(response, "chunked_body", chunked), \
            mock.patch.object(response, "body_pieces", plain):
        _, end, failure = asyncio.run(response.read_response(FakeReader(), True, budget.Budget(), None, chunks, marks,
                                                             sse.StreamState()))
    return chunks, marks, end, failure


class ChunkOrder(unittest.TestCase):
    STAMPS = [1.000, 1.010, 1.004, 1.020, 1.015]  # the third and fifth reads stamped before the one before them

    def pieces(self):
        return [(t, TOKEN) for t in self.STAMPS[:-1]] + [(self.STAMPS[-1], LAST)]

    def check(self, chunks, end, failure):
        self.assertIsNone(failure)
        self.assertEqual(len(chunks), 5)
        self.assertEqual(chunks, [1.000, 1.010, 1.010, 1.020, 1.020])  # each backwards stamp takes the one before
        self.assertTrue(all(b >= a for a, b in zip(chunks, chunks[1:])))
        self.assertEqual(end, 1.020)  # E2E ends at the last token-bearing chunk, never before an earlier one

    def test_a_chunked_stream_whose_stamps_go_backwards_records_non_decreasing_chunk_times(self):
        chunks, _, end, failure = read({"transfer-encoding": "chunked", "content-type": "text/event-stream"}, self.pieces())
        self.check(chunks, end, failure)

    def test_a_stream_ended_by_the_connection_whose_stamps_go_backwards_records_non_decreasing_chunk_times(self):
        chunks, _, end, failure = read({"content-type": "text/event-stream", "connection": "close"}, self.pieces())
        self.check(chunks, end, failure)

    def test_stamps_in_order_are_kept_exactly(self):
        ordered = [(1.0 + 0.01 * k, TOKEN) for k in range(4)] + [(1.04, LAST)]
        chunks, marks, end, failure = read({"transfer-encoding": "chunked", "content-type": "text/event-stream"}, ordered)
        self.assertIsNone(failure)
        self.assertEqual(chunks, [t for t, _ in ordered])
        self.assertEqual(marks.get("answer"), 1.0)
        self.assertEqual(end, 1.04)


if __name__ == "__main__":
    unittest.main()
