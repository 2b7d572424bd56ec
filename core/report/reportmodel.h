#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include "report/chartspec.h"

namespace inferdeck {

/// A table of already formatted cells; `numeric` columns align right.
struct ReportTable {
    QStringList header;
    QList<QStringList> rows;
    QList<bool> numeric;
    QString caption;
};

/// One piece of a section, rendered in order.
struct ReportBlock {
    enum class Kind { Paragraph, Bullets, Table, Chart, Warning, Code, KeyValues };
    Kind kind = Kind::Paragraph;
    QString text;         // Paragraph, Warning, Code
    QStringList items;    // Bullets
    ReportTable table;    // Table, KeyValues (two columns)
    ChartSpec chart;      // Chart
    bool standsForChart = false; // a Paragraph saying why a chart is not drawn (the GUI shows it among the charts)
};

struct ReportSection {
    QString id;
    QString title;
    QList<ReportBlock> blocks;

    void paragraph(const QString& text) { blocks.append({ ReportBlock::Kind::Paragraph, text, {}, {}, {} }); }
    void warning(const QString& text) { blocks.append({ ReportBlock::Kind::Warning, text, {}, {}, {} }); }
    void bullets(const QStringList& items) { blocks.append({ ReportBlock::Kind::Bullets, {}, items, {}, {} }); }
    void code(const QString& text) { blocks.append({ ReportBlock::Kind::Code, text, {}, {}, {} }); }
    void table(const ReportTable& t) { blocks.append({ ReportBlock::Kind::Table, {}, {}, t, {} }); }
    void keyValues(const ReportTable& t) { blocks.append({ ReportBlock::Kind::KeyValues, {}, {}, t, {} }); }
    void chart(const ChartSpec& c) { blocks.append({ ReportBlock::Kind::Chart, {}, {}, {}, c }); }
    void chartNote(const QString& text) { blocks.append({ ReportBlock::Kind::Paragraph, text, {}, {}, {}, true }); }
};

/// The report of one result: what every format renders, built purely from the result file.
struct Report {
    QString title;
    QString subtitle;     // model, nodes, date
    QString verdict;      // one sentence at the top
    QString grade;        // overall grade letter, empty when none
    bool valid = true;
    bool simulated = false;
    QString generatedBy;  // "InferDeck 0.x, 2026-11-24 18:59 UTC"
    QList<ReportSection> sections;
};

} // namespace inferdeck
