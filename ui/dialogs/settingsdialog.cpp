#include "dialogs/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "i18n/language.h"
#include "widgets/limitedit.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
std::optional<double> number(const QVariant& v)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok && v.isValid() && !v.toString().isEmpty() ? std::optional<double>(d) : std::nullopt;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_theme(new QComboBox(this)), m_unit(new QComboBox(this)), m_ttft(new LimitEdit(tr("ms"), this)),
      m_tpot(new LimitEdit(tr("ms"), this)), m_e2e(new LimitEdit(tr("s"), this)), m_rubric(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    for (const Language::Choice& c : Language::choices())
        m_language->addItem(c.native, c.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::setting())));
    m_language->setToolTip(tr("Takes effect at the next start"));
    m_theme->addItem(tr("Follow the system"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme())));
    m_unit->addItem(tr("milliseconds"), false);
    m_unit->addItem(tr("seconds"), true);
    m_unit->setCurrentIndex(latencyInSeconds() ? 1 : 0);
    const Slo slo = defaultSlo();
    m_ttft->setValue(slo.ttft ? std::optional<double>(*slo.ttft * 1e3) : std::nullopt);
    m_tpot->setValue(slo.tpot ? std::optional<double>(*slo.tpot * 1e3) : std::nullopt);
    m_e2e->setValue(slo.e2e);
    m_ttft->setObjectName(u"ttft"_s);
    m_tpot->setObjectName(u"tpot"_s);
    m_e2e->setObjectName(u"e2e"_s);
    m_rubric->setText(rubricFile());
    m_rubric->setPlaceholderText(tr("the built-in rubric"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Grading rubric"), QString(), tr("Rubrics (*.json)"));
        if (!path.isEmpty())
            m_rubric->setText(path);
    });
    auto* rubricRow = new QHBoxLayout;
    rubricRow->addWidget(m_rubric, 1);
    rubricRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Latencies in:"), m_unit);
    form->addRow(tr("New plans: TTFT limit"), m_ttft);
    form->addRow(tr("New plans: TPOT limit"), m_tpot);
    form->addRow(tr("New plans: E2E limit"), m_e2e);
    form->addRow(tr("Grading rubric:"), rubricRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (LimitEdit* e : { m_ttft, m_tpot, m_e2e })
        connect(e, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    setMinimumWidth(560); // room for a rubric path and its hint
    validate();
}

QString SettingsDialog::problem() const
{
    for (const auto& [edit, field] : { std::pair{ m_ttft, tr("TTFT limit") }, std::pair{ m_tpot, tr("TPOT limit") }, std::pair{ m_e2e, tr("E2E limit") } })
        if (const QString p = edit->problem(field); !p.isEmpty())
            return p;
    return {};
}

void SettingsDialog::validate()
{
    const QString p = problem();
    m_error->setText(p);
    m_error->setVisible(!p.isEmpty());
    m_ok->setEnabled(p.isEmpty());
}

void SettingsDialog::save() const
{
    Language::setSetting(m_language->currentData().toString());
    QSettings s;
    s.setValue(u"ui/theme"_s, m_theme->currentData());
    s.setValue(u"ui/latencyInSeconds"_s, m_unit->currentData());
    const auto ttft = m_ttft->value(), tpot = m_tpot->value(), e2e = m_e2e->value();
    s.setValue(u"plan/sloTtftS"_s, ttft ? QVariant(*ttft * 1e-3) : QVariant(QString()));
    s.setValue(u"plan/sloTpotS"_s, tpot ? QVariant(*tpot * 1e-3) : QVariant(QString()));
    s.setValue(u"plan/sloE2eS"_s, e2e ? QVariant(*e2e) : QVariant(QString()));
    s.setValue(u"report/rubric"_s, m_rubric->text().trimmed());
}

QString SettingsDialog::theme()
{
    return QSettings().value(u"ui/theme"_s, u"system"_s).toString();
}

bool SettingsDialog::latencyInSeconds()
{
    return QSettings().value(u"ui/latencyInSeconds"_s, false).toBool();
}

Slo SettingsDialog::defaultSlo()
{
    QSettings s;
    if (!s.contains(u"plan/sloTtftS"_s) && !s.contains(u"plan/sloTpotS"_s) && !s.contains(u"plan/sloE2eS"_s))
        return Slo{ 0.5, 0.05, std::nullopt }; // common interactive limits until the user sets their own
    return Slo{ number(s.value(u"plan/sloTtftS"_s)), number(s.value(u"plan/sloTpotS"_s)), number(s.value(u"plan/sloE2eS"_s)) };
}

QString SettingsDialog::rubricFile()
{
    return QSettings().value(u"report/rubric"_s).toString();
}

} // namespace inferdeck
