#include "dialogs/exportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inferdeck {

ExportDialog::ExportDialog(const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(folder, this))
    , m_pdf(new QCheckBox(tr("PDF — to print or send"), this))
    , m_html(new QCheckBox(tr("HTML — one self-contained page"), this))
    , m_markdown(new QCheckBox(tr("Markdown — with the charts as SVG files beside it"), this))
{
    setWindowTitle(tr("Export the report"));
    setObjectName(QStringLiteral("exportDialog"));
    for (QCheckBox* box : { m_pdf, m_html, m_markdown }) {
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateOk);
    }
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the report into"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* formats = new QVBoxLayout;
    formats->addWidget(m_pdf);
    formats->addWidget(m_html);
    formats->addWidget(m_markdown);
    auto* form = new QFormLayout;
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Formats:"), formats);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // wide enough for a real folder path and the whole title, whatever the window manager does
    setMinimumWidth(std::max(520, fontMetrics().horizontalAdvance(windowTitle()) + 160));
    updateOk();
}

QString ExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

QString ExportDialog::formats() const
{
    QStringList out;
    if (m_pdf->isChecked())
        out << QStringLiteral("pdf");
    if (m_html->isChecked())
        out << QStringLiteral("html");
    if (m_markdown->isChecked())
        out << QStringLiteral("md");
    return out.join(QLatin1Char(','));
}

void ExportDialog::updateOk()
{
    m_ok->setEnabled(!folder().isEmpty() && !formats().isEmpty());
}

} // namespace inferdeck
