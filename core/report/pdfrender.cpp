// The paginated PDF. Laid out in two passes: the first measures every block and breaks it into pages
// (so the footer can say "page 3 of 9"), the second paints. Charts are painted as vectors.
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <functional>

#include "report/chartpainter.h"
#include "report/reportrender.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr int kDpi = 300;
constexpr double kMarginMm = 16.0;

const QColor kInk(0x1d, 0x1f, 0x23);
const QColor kMuted(0x5a, 0x62, 0x70);
const QColor kLine(0xc8, 0xce, 0xd6);
const QColor kPanel(0xf1, 0xf3, 0xf6);
const QColor kAccent(0x0b, 0x5c, 0xad);
const QColor kSim(0xb3, 0x26, 0x1e);
const QColor kWarnBg(0xff, 0xf4, 0xe0);
const QColor kWarnBar(0xe6, 0x9f, 0x00);

QFont font(double points, bool bold = false, bool mono = false)
{
    QFont f(mono ? u"DejaVu Sans Mono"_s : u"DejaVu Sans"_s);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

/// One thing to paint on a page, placed by the layout pass.
struct Op {
    enum class Kind { Text, Fill, Line, Chart } kind = Kind::Text;
    QRectF rect;
    QString text;
    QFont font;
    QColor color;
    int flags = 0;
    const ChartSpec* chart = nullptr;
};

class Layout {
public:
    Layout(QPaintDevice* device, const QRectF& content) : m_device(device), m_area(content) { newPage(); }

    QList<QList<Op>> pages;

    double width() const { return m_area.width(); }
    double px(double mm) const { return mm / 25.4 * kDpi; }

    QSizeF measure(const QString& text, const QFont& f, double w, int flags = Qt::TextWordWrap) const
    {
        return QFontMetricsF(f, m_device).boundingRect(QRectF(0, 0, w, 1e7), flags, text).size();
    }
    double advance(const QString& text, const QFont& f) const { return QFontMetricsF(f, m_device).horizontalAdvance(text); }

    void newPage()
    {
        pages.append(QList<Op>());
        m_y = m_area.top();
    }
    /// Starts a new page unless `h` still fits on this one (a block taller than a page starts at the top).
    void ensure(double h)
    {
        if (m_y + h > m_area.bottom() && m_y > m_area.top())
            newPage();
    }
    void skip(double h) { m_y += h; }
    bool overflows(double h) const { return m_y + h > m_area.bottom(); }
    double y() const { return m_y; }

    void text(const QString& t, const QFont& f, const QColor& c, double indent = 0, int align = Qt::AlignLeft)
    {
        const double w = width() - indent;
        const QSizeF s = measure(t, f, w);
        // a paragraph taller than what is left is split line by line so long texts still flow
        if (m_y + s.height() > m_area.bottom() && s.height() > m_area.height() / 4) {
            for (const QString& line : wrapLines(t, f, w))
                text(line, f, c, indent, align);
            return;
        }
        ensure(s.height());
        add({ Op::Kind::Text, QRectF(m_area.left() + indent, m_y, w, s.height()), t, f, c, Qt::TextWordWrap | align, nullptr });
        m_y += s.height();
    }

    void add(const Op& op) { pages.last().append(op); }
    QRectF row(double h) const { return QRectF(m_area.left(), m_y, width(), h); }

private:
    QStringList wrapLines(const QString& t, const QFont& f, double w) const
    {
        QStringList lines;
        QString line;
        for (const QString& word : t.split(u' ')) {
            const QString next = line.isEmpty() ? word : line + u' ' + word;
            if (!line.isEmpty() && advance(next, f) > w) {
                lines << line;
                line = word;
            } else {
                line = next;
            }
        }
        if (!line.isEmpty())
            lines << line;
        return lines;
    }

    QPaintDevice* m_device;
    QRectF m_area;
    double m_y = 0.0;
};

class PdfBuilder {
public:
    PdfBuilder(const Report& report, Layout& layout) : m_r(report), m_l(layout) { }

    void build()
    {
        titleBlock();
        for (const ReportSection& s : m_r.sections) {
            // a heading keeps the start of its section with it: the first block, and a chart right after
            // an introductory paragraph (else the heading strands above a lone sentence)
            double keep = s.blocks.isEmpty() ? 0 : startHeight(s.blocks[0]);
            if (s.blocks.size() > 1 && s.blocks[0].kind == ReportBlock::Kind::Paragraph && s.blocks[1].kind == ReportBlock::Kind::Chart)
                keep += startHeight(s.blocks[1]);
            heading(s.title, keep);
            for (const ReportBlock& b : s.blocks)
                block(b);
        }
    }

private:
    double gap(double mm) const { return m_l.px(mm); }

    void titleBlock()
    {
        m_l.text(m_r.title, font(19, true), kInk);
        m_l.skip(gap(1));
        m_l.text(m_r.subtitle, font(9.5), kMuted);
        m_l.skip(gap(4));
        if (m_r.simulated) {
            const QString t = Tr::tr("SIMULATED — every number in this report comes from InferDeck's simulated engine, not from a GPU server.");
            const QFont f = font(10, true);
            const double pad = gap(2.5);
            const QSizeF s = m_l.measure(t, f, m_l.width() - 2 * pad);
            const QRectF box = m_l.row(s.height() + 2 * pad);
            m_l.add({ Op::Kind::Fill, box, {}, {}, kSim, 0, nullptr });
            m_l.add({ Op::Kind::Fill, box.adjusted(6, 6, -6, -6), {}, {}, Qt::white, 0, nullptr });
            m_l.add({ Op::Kind::Text, box.adjusted(pad, pad, -pad, -pad), t, f, kSim, Qt::TextWordWrap, nullptr });
            m_l.skip(box.height() + gap(4));
        }
        const double side = gap(22);
        const QFont vf = font(11);
        const double textW = m_l.width() - side - gap(5);
        QString verdict = m_r.verdict;
        const double h = std::max(side, m_l.measure(verdict, vf, textW).height());
        const QRectF band = m_l.row(h);
        if (!m_r.grade.isEmpty()) {
            const QRectF box(band.left(), band.top(), side, side);
            m_l.add({ Op::Kind::Fill, box, {}, {}, m_r.valid ? kAccent : kSim, 0, nullptr });
            m_l.add({ Op::Kind::Text, box, m_r.grade, font(30, true), Qt::white, Qt::AlignCenter, nullptr });
        }
        const double left = m_r.grade.isEmpty() ? 0 : side + gap(5);
        m_l.add({ Op::Kind::Text, QRectF(band.left() + left, band.top(), m_l.width() - left, h), verdict, vf, kInk, Qt::TextWordWrap | Qt::AlignVCenter, nullptr });
        m_l.skip(h + gap(2));
    }

    double chartHeight() const { return m_l.width() * ChartPainter::kCanvas.height() / ChartPainter::kCanvas.width(); }

    /// The least of a block that must follow its heading on the same page.
    double startHeight(const ReportBlock& b) const
    {
        switch (b.kind) {
        case ReportBlock::Kind::Chart:
            return chartHeight() + gap(3);
        case ReportBlock::Kind::Table:
        case ReportBlock::Kind::KeyValues:
            return gap(20);
        default:
            return std::min(m_l.measure(b.text + b.items.join(u' '), font(9.5), m_l.width()).height(), gap(20)) + gap(3);
        }
    }

    void heading(const QString& title, double keep)
    {
        const QFont f = font(14, true);
        const double h = m_l.measure(title, f, m_l.width()).height();
        m_l.ensure(gap(9) + h + keep);
        m_l.skip(gap(6));
        m_l.text(title, f, kInk);
        m_l.add({ Op::Kind::Line, QRectF(m_l.row(0).left(), m_l.y() + gap(0.8), m_l.width(), 0), {}, {}, kLine, 0, nullptr });
        m_l.skip(gap(3));
    }

    void block(const ReportBlock& b)
    {
        switch (b.kind) {
        case ReportBlock::Kind::Paragraph:
            m_l.text(b.text, font(9.5), kInk);
            m_l.skip(gap(2.5));
            break;
        case ReportBlock::Kind::Warning: {
            const QFont f = font(9.5);
            const double pad = gap(2);
            const QSizeF s = m_l.measure(b.text, f, m_l.width() - 3 * pad);
            m_l.ensure(s.height() + 2 * pad);
            const QRectF box = m_l.row(s.height() + 2 * pad);
            m_l.add({ Op::Kind::Fill, box, {}, {}, kWarnBg, 0, nullptr });
            m_l.add({ Op::Kind::Fill, QRectF(box.topLeft(), QSizeF(gap(1), box.height())), {}, {}, kWarnBar, 0, nullptr });
            m_l.add({ Op::Kind::Text, box.adjusted(2 * pad, pad, -pad, -pad), b.text, f, kInk, Qt::TextWordWrap, nullptr });
            m_l.skip(box.height() + gap(2));
            break;
        }
        case ReportBlock::Kind::Bullets:
            for (const QString& item : b.items) {
                const QFont f = font(9.5);
                m_l.ensure(m_l.measure(item, f, m_l.width() - gap(5)).height());
                m_l.add({ Op::Kind::Text, QRectF(m_l.row(0).left() + gap(1), m_l.y(), gap(4), gap(5)), u"•"_s, f, kInk, 0, nullptr });
                m_l.text(item, f, kInk, gap(5));
                m_l.skip(gap(1.5));
            }
            m_l.skip(gap(1.5));
            break;
        case ReportBlock::Kind::Table:
            table(b.table, false);
            break;
        case ReportBlock::Kind::KeyValues:
            table(b.table, true);
            break;
        case ReportBlock::Kind::Code:
            code(b.text);
            break;
        case ReportBlock::Kind::Chart: {
            const double h = chartHeight();
            m_l.ensure(h);
            m_l.add({ Op::Kind::Chart, m_l.row(h), {}, {}, {}, 0, &b.chart });
            m_l.skip(h + gap(3));
            break;
        }
        }
    }

    // Lines wider than the box are broken, at a space where one fits, and continue indented under a
    // marker: a command line is never cut off at the page edge, and the break is visibly not the author's.
    QStringList wrapCode(const QString& text, const QFont& f, double width) const
    {
        static const QString kContinued = u"  \u21aa "_s;
        QStringList out;
        for (QString line : text.split(u'\n')) {
            bool continued = false;
            while (m_l.advance(line, f) > width) {
                qsizetype fit = 1;
                while (fit < line.size() && m_l.advance(line.left(fit + 1), f) <= width)
                    ++fit;
                fit = std::max(fit, continued ? kContinued.size() + 1 : qsizetype(1)); // always progress, however narrow
                const qsizetype space = line.lastIndexOf(u' ', fit - 1);
                const qsizetype cut = space > (continued ? kContinued.size() : 0) ? space + 1 : fit;
                out << line.left(cut);
                line = kContinued + line.mid(cut);
                continued = true;
            }
            out << line;
        }
        return out;
    }

    void code(const QString& text)
    {
        const QFont f = font(7.5, false, true);
        const double line = m_l.measure(u"X"_s, f, m_l.width()).height();
        const double pad = gap(1.5);
        const QStringList lines = wrapCode(text, f, m_l.width() - 2 * pad);
        int i = 0;
        while (i < lines.size()) {
            m_l.ensure(line * std::min<qsizetype>(3, lines.size() - i) + 2 * pad);
            // as many lines as fit on this page; the rest continues on the next
            int n = 1;
            while (i + n < lines.size() && !m_l.overflows(line * (n + 1) + 2 * pad))
                ++n;
            const QRectF box = m_l.row(line * n + 2 * pad);
            m_l.add({ Op::Kind::Fill, box, {}, {}, kPanel, 0, nullptr });
            m_l.add({ Op::Kind::Text, box.adjusted(pad, pad, -pad, -pad), lines.mid(i, n).join(u'\n'), f, kInk, 0, nullptr });
            m_l.skip(box.height());
            i += n;
            if (i < lines.size())
                m_l.newPage();
        }
        m_l.skip(gap(3));
    }

    struct Columns {
        QList<double> widths;
        QFont body;
        QFont head;
    };

    Columns columns(const ReportTable& t, bool kv) const
    {
        Columns c;
        const int n = static_cast<int>(t.header.size());
        const double size = n > 9 ? 6.8 : n > 6 ? 7.5 : 8.5;
        c.body = font(size);
        c.head = font(size, true);
        const double pad = 2 * gap(1.2);
        QList<double> natural(n, 0.0), minimum(n, 0.0);
        for (int k = 0; k < n; ++k) {
            const auto consider = [&](const QString& s, const QFont& f) {
                natural[k] = std::max(natural[k], advance(s, f) + pad);
                for (const QString& word : s.split(u' '))
                    minimum[k] = std::max(minimum[k], advance(word, f) + pad);
            };
            if (!kv)
                consider(t.header[k], c.head);
            for (const QStringList& row : t.rows)
                consider(row.value(k), c.body);
        }
        const double avail = m_l.width();
        double sumNatural = 0, sumMin = 0;
        for (int k = 0; k < n; ++k) {
            minimum[k] = std::min(minimum[k], avail / n * 2.5); // one very long word must not take the row
            natural[k] = std::max(natural[k], minimum[k]);
            sumNatural += natural[k];
            sumMin += minimum[k];
        }
        c.widths = natural;
        if (sumNatural <= avail) {
            for (double& w : c.widths)
                w += (avail - sumNatural) / n * (kv ? 1.0 : 0.0);
            if (kv && n == 2) { // key column as narrow as it may be, value column the rest
                c.widths[0] = std::min(natural[0], avail * 0.4);
                c.widths[1] = avail - c.widths[0];
            }
        } else {
            const double extra = std::max(0.0, avail - sumMin);
            const double want = sumNatural - sumMin;
            for (int k = 0; k < n; ++k)
                c.widths[k] = minimum[k] + (want > 0 ? (natural[k] - minimum[k]) / want * extra : 0);
        }
        return c;
    }

    double advance(const QString& s, const QFont& f) const { return m_l.advance(s, f); }

    // Greedy lines of whole words no wider than `width`; a word wider than that keeps a line of its own.
    QString breakAtSpaces(const QString& s, const QFont& f, double width) const
    {
        QStringList lines;
        for (const QString& word : s.split(u' ', Qt::SkipEmptyParts)) {
            if (!lines.isEmpty() && advance(lines.last() + u' ' + word, f) <= width)
                lines.last() += u' ' + word;
            else
                lines << word;
        }
        return lines.join(u'\n');
    }

    double rowHeight(const QStringList& cells, const Columns& c, const QFont& f) const
    {
        const double pad = gap(1.2);
        double h = 0;
        for (int k = 0; k < c.widths.size(); ++k)
            h = std::max(h, m_l.measure(cells.value(k), f, c.widths[k] - 2 * pad).height());
        return h + 2 * pad;
    }

    void paintRow(const QStringList& cells, const ReportTable& t, const Columns& c, const QFont& f, double h, const QColor& bg, bool header)
    {
        const double pad = gap(1.2);
        double tableWidth = 0;
        for (double w : c.widths)
            tableWidth += w;
        QRectF r = m_l.row(h);
        r.setWidth(std::min(r.width(), tableWidth));
        if (bg.isValid())
            m_l.add({ Op::Kind::Fill, r, {}, {}, bg, 0, nullptr });
        double x = r.left();
        for (int k = 0; k < c.widths.size(); ++k) {
            const int align = t.numeric.value(k) && !header ? Qt::AlignRight : Qt::AlignLeft;
            m_l.add({ Op::Kind::Text, QRectF(x + pad, r.top() + pad, c.widths[k] - 2 * pad, h - 2 * pad), cells.value(k), f, kInk,
                      Qt::TextWordWrap | align | Qt::AlignTop, nullptr });
            x += c.widths[k];
        }
        m_l.add({ Op::Kind::Line, QRectF(r.left(), r.bottom(), r.width(), 0), {}, {}, kLine, 0, nullptr });
        m_l.skip(h);
    }

    void table(const ReportTable& t, bool kv)
    {
        if (t.header.isEmpty())
            return;
        const Columns c = columns(t, kv);
        // headers break between words only: Qt's own wrapping also breaks after '/', printing "tok/" over "s"
        QStringList head;
        for (int k = 0; k < t.header.size(); ++k)
            head << breakAtSpaces(t.header[k], c.head, c.widths.value(k) - 2 * gap(1.2));
        const double headH = kv ? 0 : rowHeight(head, c, c.head);
        const auto header = [&] {
            if (!kv)
                paintRow(head, t, c, c.head, headH, kPanel, true);
        };
        const double first = t.rows.isEmpty() ? 0 : rowHeight(t.rows.first(), c, c.body);
        m_l.ensure(headH + first);
        header();
        for (int i = 0; i < t.rows.size(); ++i) {
            const double h = rowHeight(t.rows[i], c, c.body);
            if (m_l.overflows(h)) { // rows never split: the table continues, header repeated
                m_l.newPage();
                header();
            }
            paintRow(t.rows[i], t, c, c.body, h, i % 2 ? QColor(0xf8, 0xf9, 0xfb) : QColor(), false);
        }
        if (!t.caption.isEmpty()) {
            m_l.skip(gap(1));
            m_l.text(t.caption, font(8), kMuted);
        }
        m_l.skip(gap(3));
    }

    const Report& m_r;
    Layout& m_l;
};

void paintOp(QPainter& p, const Op& op)
{
    switch (op.kind) {
    case Op::Kind::Text:
        p.setFont(op.font);
        p.setPen(op.color);
        p.drawText(op.rect, op.flags, op.text);
        break;
    case Op::Kind::Fill:
        p.fillRect(op.rect, op.color);
        break;
    case Op::Kind::Line:
        p.setPen(QPen(op.color, 2));
        p.drawLine(op.rect.topLeft(), op.rect.topRight());
        break;
    case Op::Kind::Chart:
        ChartPainter::paint(p, op.rect, *op.chart);
        p.setPen(QPen(kLine, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(op.rect);
        break;
    }
}
} // namespace

Status writePdf(const Report& report, const QString& path, QPageSize::PageSizeId pageSize)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ Tr::tr("cannot write: %1").arg(file.errorString()), path };
    QPdfWriter writer(&file);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(report.title);
    writer.setCreator(report.generatedBy);
    const QRect page = writer.pageLayout().fullRectPixels(kDpi);
    const double margin = kMarginMm / 25.4 * kDpi;
    const double band = 9.0 / 25.4 * kDpi; // header and footer
    const QRectF content(margin, margin + band, page.width() - 2 * margin, page.height() - 2 * margin - 2 * band);

    Layout layout(&writer, content);
    PdfBuilder builder(report, layout);
    builder.build();

    QPainter p;
    if (!p.begin(&writer))
        return Error{ Tr::tr("cannot start the PDF"), path };
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const int total = static_cast<int>(layout.pages.size());
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            writer.newPage();
        const QFont small = font(8);
        p.setFont(small);
        p.setPen(kMuted);
        const QRectF head(margin, margin, content.width(), band * 0.7);
        p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, report.title);
        if (report.simulated) {
            p.setFont(font(9, true));
            p.setPen(kSim);
            p.drawText(head, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("SIMULATED"));
        }
        p.setPen(QPen(kLine, 2));
        p.drawLine(QPointF(margin, margin + band * 0.8), QPointF(margin + content.width(), margin + band * 0.8));
        for (const Op& op : layout.pages[i])
            paintOp(p, op);
        const QRectF foot(margin, page.height() - margin - band * 0.7, content.width(), band * 0.7);
        p.setFont(small);
        p.setPen(kMuted);
        p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, report.generatedBy);
        p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1 of %2").arg(i + 1).arg(total));
    }
    p.end();
    if (!file.commit())
        return Error{ Tr::tr("cannot write: %1").arg(file.errorString()), path };
    return Ok{};
}

} // namespace inferdeck
