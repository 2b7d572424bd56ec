#pragma once
#include <QWidget>

#include <memory>

class QComboBox;
class QPlainTextEdit;

namespace spdlog::sinks {
class sink;
}

namespace inferdeck {

/// The log panel: every spdlog message of the app (and a run's node output) with a level filter and copy.
class LogPanel : public QWidget {
    Q_OBJECT
public:
    explicit LogPanel(QWidget* parent = nullptr);
    ~LogPanel() override;

    /// Appends one line; level is spdlog's (0 trace … 6 off).
    void append(int level, const QString& line);
    QString text() const;

private:
    QComboBox* m_level;
    QPlainTextEdit* m_view;
    std::shared_ptr<spdlog::sinks::sink> m_sink;
    struct Line {
        int level;
        QString text;
    };
    QList<Line> m_lines;
    void refilter();
};

} // namespace inferdeck
