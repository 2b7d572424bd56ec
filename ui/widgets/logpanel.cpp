#include "widgets/logpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include <spdlog/sinks/base_sink.h>

#include <mutex>

#include "log/log.h"

namespace inferdeck {

namespace {

constexpr int kMaxLines = 20000; // the file log keeps everything; the panel keeps the recent part

// Formats on the logging thread, hands the line to the panel on the GUI thread.
class PanelSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit PanelSink(LogPanel* panel) : m_panel(panel) { }
    void detach()
    {
        std::lock_guard lock(mutex_);
        m_panel = nullptr;
    }

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        if (!m_panel)
            return;
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        QString line = QString::fromUtf8(formatted.data(), static_cast<qsizetype>(formatted.size())).trimmed();
        const int level = static_cast<int>(msg.level);
        QPointer<LogPanel> panel(m_panel);
        QMetaObject::invokeMethod(m_panel, [panel, level, line] {
            if (panel)
                panel->append(level, line);
        }, Qt::QueuedConnection);
    }
    void flush_() override { }

private:
    LogPanel* m_panel;
};

} // namespace

LogPanel::LogPanel(QWidget* parent) : QWidget(parent), m_level(new QComboBox(this)), m_view(new QPlainTextEdit(this))
{
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    m_view->setFont(mono);
    m_level->addItem(tr("Debug and above"), 1);
    m_level->addItem(tr("Info and above"), 2);
    m_level->addItem(tr("Warnings and errors"), 3);
    m_level->addItem(tr("Errors only"), 4);
    m_level->setCurrentIndex(1);
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setToolTip(tr("Copy the lines shown to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogPanel::refilter);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_level);
    bar->addStretch(1);
    bar->addWidget(copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    auto sink = std::make_shared<PanelSink>(this);
    sink->set_pattern("%H:%M:%S.%e %-5l %n: %v");
    m_sink = sink;
    log::addSink(m_sink);
}

LogPanel::~LogPanel()
{
    log::removeSink(m_sink);
    static_cast<PanelSink*>(m_sink.get())->detach();
}

void LogPanel::append(int level, const QString& line)
{
    m_lines.append({ level, line });
    if (m_lines.size() > kMaxLines)
        m_lines.remove(0, m_lines.size() - kMaxLines);
    if (level >= m_level->currentData().toInt())
        m_view->appendPlainText(line);
}

QString LogPanel::text() const
{
    return m_view->toPlainText();
}

void LogPanel::refilter()
{
    const int min = m_level->currentData().toInt();
    QStringList shown;
    for (const Line& l : m_lines)
        if (l.level >= min)
            shown << l.text;
    m_view->setPlainText(shown.join(QLatin1Char('\n')));
}

} // namespace inferdeck
