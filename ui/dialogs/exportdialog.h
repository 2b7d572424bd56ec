#pragma once
#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace inferdeck {

/// Asks where to write the report and in which formats (PDF, HTML, Markdown), each a check box.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString& folder, QWidget* parent = nullptr);
    QString folder() const;
    /// The chosen formats as parseReportFormats() reads them, e.g. "pdf,html".
    QString formats() const;

private:
    void updateOk();

    QLineEdit* m_folder;
    QCheckBox* m_pdf;
    QCheckBox* m_html;
    QCheckBox* m_markdown;
    QPushButton* m_ok;
};

} // namespace inferdeck
