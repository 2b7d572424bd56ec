#pragma once
// Hostile inputs for every reader, made from the real fixtures in tests/data/importers (and a synthetic
// InferDeck result) by mutation: truncations at many offsets, numbers out of range or negative in each
// numeric field, repeated keys, invalid UTF-8, deep nesting. Shared by the core suite (tst_hostile_inputs),
// the file-level suite (tst_hostile_files) and the GUI test (tst_hostilefiles).
#include <QByteArray>
#include <QList>
#include <QString>

namespace inferdeck::testing {

/// One file a reader must refuse, and what its refusal must say.
struct HostileCase {
    QByteArray name;  // the row name: what the case proves
    QString fileName; // the name it is written under (readers detect by content; the name is for messages)
    QByteArray content;
    QString category; // the reader that refuses, as its message names it ("vLLM bench serve: ttfts[3]")
    QString fragment; // part of the reason ("expected zero or more")
};

/// Every generated case, in a stable order. Fails (qFatal) when a fixture no longer holds what a
/// mutation edits, so a changed fixture cannot silently shrink the suite.
QList<HostileCase> hostileResultCases();

/// The fixture's bytes (tests/data/importers/<relative>).
QByteArray importerFixture(const QString& relative);

/// `text` with the number after the first `"key":` replaced by `value` (the key must be there).
QByteArray withNumber(QByteArray text, const QByteArray& key, const QByteArray& value, qsizetype from = 0);
/// `text` with element `index` of the first array after `"key":` replaced by `value`.
QByteArray withElement(QByteArray text, const QByteArray& key, int index, const QByteArray& value);
/// `depth` nested arrays around nothing: "[[[...]]]".
QByteArray nested(int depth);

} // namespace inferdeck::testing
