#include "dialogs/sessionseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

SessionsEditor::SessionsEditor(QWidget* parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(tr("multi-turn sessions (chat API): each turn sends the conversation so far"), this))
    , m_turnsRow(new QWidget(this))
    , m_thinkRow(new QWidget(this))
{
    m_enabled->setObjectName(u"sessionsEnabled"_s);
    m_enabled->setToolTip(tr("The concurrency then counts sessions (a slot starts its next session when one ends); a rate starts a new "
                             "session at each arrival. Warm-up and the phase's request count count turns; when the phase ends, a "
                             "session's unsent turns are not sent."));
    auto* turns = new QHBoxLayout(m_turnsRow);
    turns->setContentsMargins(0, 0, 0, 0);
    m_turns = makeRow(0, QString());
    auto* think = new QHBoxLayout(m_thinkRow);
    think->setContentsMargins(0, 0, 0, 0);
    //: unit suffix of a think-time field, seconds
    m_think = makeRow(3, tr(" s"));
    for (auto [row, layout, name] : { std::tuple { &m_turns, turns, "turns" }, std::tuple { &m_think, think, "think" } }) {
        row->kind->setObjectName(QString::fromLatin1(name) + u"Kind"_s);
        row->mean->setObjectName(QString::fromLatin1(name) + u"Mean"_s);
        row->min->setObjectName(QString::fromLatin1(name) + u"Min"_s);
        row->max->setObjectName(QString::fromLatin1(name) + u"Max"_s);
        for (QWidget* w : std::initializer_list<QWidget*> { row->kind, row->mean, row->sd, row->min, row->max })
            layout->addWidget(w);
    }
    m_turns.mean->setRange(1, 10'000);
    m_turns.min->setRange(1, 10'000);
    m_turns.max->setRange(1, 10'000);
    for (QDoubleSpinBox* s : { m_think.mean, m_think.sd, m_think.min, m_think.max })
        s->setRange(0, 3600);
    m_turnsRow->setToolTip(tr("User turns per session; a ShareGPT conversation brings its own"));
    m_thinkRow->setToolTip(tr("The user's think time between an answer's end and the next turn's send"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_enabled);
    form->addRow(tr("Turns per session:"), m_turnsRow);
    form->addRow(tr("Think time:"), m_thinkRow);
    connect(m_enabled, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    updateEnabled();
}

SessionsEditor::Row SessionsEditor::makeRow(int decimals, const QString& suffix)
{
    Row r { new QComboBox(this), new QDoubleSpinBox(this), new QDoubleSpinBox(this), new QDoubleSpinBox(this), new QDoubleSpinBox(this) };
    r.kind->addItem(tr("fixed"), int(LengthDistribution::Kind::Fixed));
    r.kind->addItem(tr("uniform"), int(LengthDistribution::Kind::Uniform));
    r.kind->addItem(tr("normal"), int(LengthDistribution::Kind::Normal));
    r.kind->addItem(tr("log-normal"), int(LengthDistribution::Kind::LogNormal));
    r.mean->setPrefix(tr("mean "));
    r.sd->setPrefix(tr("sd "));
    r.min->setPrefix(tr("min "));
    r.max->setPrefix(tr("max "));
    r.sd->setRange(0, 10'000);
    for (QDoubleSpinBox* s : { r.mean, r.sd, r.min, r.max }) {
        s->setDecimals(decimals);
        s->setSuffix(suffix);
        connect(s, &QDoubleSpinBox::valueChanged, this, &SessionsEditor::changed);
    }
    // a mean or deviation of turns may be fractional; only the bounds are whole turns
    r.mean->setDecimals(std::max(decimals, 2));
    r.sd->setDecimals(std::max(decimals, 2));
    connect(r.kind, &QComboBox::currentIndexChanged, this, &SessionsEditor::changed);
    return r;
}

void SessionsEditor::set(const Sessions& s)
{
    m_enabled->setChecked(s.enabled);
    const LengthDistribution turns = s.enabled && s.turns.max > 0 ? s.turns : LengthDistribution { LengthDistribution::Kind::Fixed, 4, 0, 1, 4 };
    m_turns.kind->setCurrentIndex(m_turns.kind->findData(int(turns.kind)));
    m_turns.mean->setValue(turns.mean);
    m_turns.sd->setValue(turns.stddev);
    m_turns.min->setValue(turns.min);
    m_turns.max->setValue(turns.max);
    const TimeDistribution& t = s.thinkS;
    m_think.kind->setCurrentIndex(m_think.kind->findData(int(t.kind)));
    m_think.mean->setValue(t.mean);
    m_think.sd->setValue(t.stddev);
    m_think.min->setValue(t.min);
    m_think.max->setValue(t.max);
    updateEnabled();
}

Sessions SessionsEditor::get() const
{
    Sessions s;
    s.enabled = m_enabled->isChecked();
    if (!s.enabled)
        return s;
    s.turns = { LengthDistribution::Kind(m_turns.kind->currentData().toInt()), m_turns.mean->value(), m_turns.sd->value(),
                static_cast<int>(m_turns.min->value()), static_cast<int>(m_turns.max->value()) };
    s.thinkS = { LengthDistribution::Kind(m_think.kind->currentData().toInt()), m_think.mean->value(), m_think.sd->value(),
                 m_think.min->value(), m_think.max->value() };
    return s;
}

void SessionsEditor::setTurnsOwnedByDataset(bool owned)
{
    m_turnsOwned = owned;
    updateEnabled();
}

void SessionsEditor::updateEnabled()
{
    m_turnsRow->setEnabled(m_enabled->isChecked() && !m_turnsOwned);
    m_thinkRow->setEnabled(m_enabled->isChecked());
}

} // namespace inferdeck
