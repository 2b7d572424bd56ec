#include "dialogs/planeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QRegularExpression>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "dialogs/filedialogbuttons.h"
#include "dialogs/sessionseditor.h"
#include "widgets/limitedit.h"
#include "io/runfiles.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

/// One token-length distribution: kind, mean, deviation, bounds.
class LengthEditor : public QWidget {
public:
    explicit LengthEditor(QWidget* parent) : QWidget(parent), m_kind(new QComboBox(this)), m_mean(new QDoubleSpinBox(this)), m_sd(new QDoubleSpinBox(this)), m_min(new QSpinBox(this)), m_max(new QSpinBox(this))
    {
        m_kind->addItem(PlanEditor::tr("fixed"), int(LengthDistribution::Kind::Fixed));
        m_kind->addItem(PlanEditor::tr("uniform"), int(LengthDistribution::Kind::Uniform));
        m_kind->addItem(PlanEditor::tr("normal"), int(LengthDistribution::Kind::Normal));
        m_kind->addItem(PlanEditor::tr("log-normal"), int(LengthDistribution::Kind::LogNormal));
        for (QDoubleSpinBox* s : { m_mean, m_sd })
            s->setRange(0, 1'000'000);
        for (QSpinBox* s : { m_min, m_max })
            s->setRange(0, 1'000'000);
        m_mean->setPrefix(PlanEditor::tr("mean "));
        m_sd->setPrefix(PlanEditor::tr("sd "));
        m_min->setPrefix(PlanEditor::tr("min "));
        m_max->setPrefix(PlanEditor::tr("max "));
        auto* l = new QHBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        for (QWidget* w : std::initializer_list<QWidget*>{ m_kind, m_mean, m_sd, m_min, m_max })
            l->addWidget(w);
    }
    void set(const LengthDistribution& d)
    {
        m_kind->setCurrentIndex(m_kind->findData(int(d.kind)));
        m_mean->setValue(d.mean);
        m_sd->setValue(d.stddev);
        m_min->setValue(d.min);
        m_max->setValue(d.max);
    }
    LengthDistribution get() const
    {
        return { LengthDistribution::Kind(m_kind->currentData().toInt()), m_mean->value(), m_sd->value(), m_min->value(), m_max->value() };
    }
    template <typename F>
    void onChange(QObject* ctx, F f)
    {
        connect(m_kind, &QComboBox::currentIndexChanged, ctx, f);
        for (QDoubleSpinBox* s : { m_mean, m_sd })
            connect(s, &QDoubleSpinBox::valueChanged, ctx, f);
        for (QSpinBox* s : { m_min, m_max })
            connect(s, &QSpinBox::valueChanged, ctx, f);
    }

private:
    QComboBox* m_kind;
    QDoubleSpinBox* m_mean;
    QDoubleSpinBox* m_sd;
    QSpinBox* m_min;
    QSpinBox* m_max;
};

namespace {
std::optional<double> scaled(std::optional<double> v, double factor)
{
    return v ? std::optional<double>(*v * factor) : std::nullopt;
}

// "2×30, 8×30": each load for its seconds (× or x or *). The stages, or the first part that is not one in `bad`.
QList<LoadStage> parseStages(const QString& text, QString* bad)
{
    static const QRegularExpression times(u"[×x*]"_s);
    QList<LoadStage> stages;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(times);
        bool v = false;
        bool d = false;
        const LoadStage st { QLocale().toDouble(pair.value(0).trimmed(), &v), QLocale().toDouble(pair.value(1).trimmed(), &d) };
        if (pair.size() != 2 || !v || !d) {
            if (bad)
                *bad = part.trimmed();
            return {};
        }
        stages.append(st);
    }
    return stages;
}
} // namespace

PlanEditor::PlanEditor(const RunPlan& plan, QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_model(new QLineEdit(this))
    , m_api(new QComboBox(this))
    , m_stream(new QCheckBox(tr("stream tokens (needed for TTFT, TPOT and ITL)"), this))
    , m_dataset(new QComboBox(this))
    , m_datasetPath(new QLineEdit(this))
    , m_tracePath(new QLineEdit(this))
    , m_sharegptPath(new QLineEdit(this))
    , m_sessions(new SessionsEditor(this))
    , m_input(new LengthEditor(this))
    , m_output(new LengthEditor(this))
    , m_prefixGroups(new QSpinBox(this))
    , m_prefixTokens(new QSpinBox(this))
    , m_mode(new QComboBox(this))
    , m_value(new QDoubleSpinBox(this))
    , m_burstiness(new QDoubleSpinBox(this))
    , m_sweep(new QLineEdit(this))
    , m_rampTo(new QLineEdit(this))
    , m_stages(new QLineEdit(this))
    , m_capacity(new QCheckBox(tr("search the highest load per node that meets the SLOs"), this))
    , m_capacityTarget(new QDoubleSpinBox(this))
    , m_capacityMin(new QDoubleSpinBox(this))
    , m_capacityMax(new QDoubleSpinBox(this))
    , m_capacityTolerance(new QDoubleSpinBox(this))
    , m_capacitySteps(new QSpinBox(this))
    , m_lengthKind(new QComboBox(this))
    , m_length(new QDoubleSpinBox(this))
    , m_warmup(new QSpinBox(this))
    , m_repetitions(new QSpinBox(this))
    , m_scaling(new QCheckBox(tr("measure a 1-node baseline beside every N-node phase (scaling efficiency)"), this))
    , m_ttft(new LimitEdit(tr("ms"), this))
    , m_tpot(new LimitEdit(tr("ms"), this))
    , m_e2e(new LimitEdit(tr("s"), this))
    , m_target(new LimitEdit(tr("tok/s per node"), this))
    , m_lateness(new QDoubleSpinBox(this))
    , m_external(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Plan"));
    // names for tests and accessibility tools
    using Named = std::pair<QLineEdit*, const char*>;
    for (auto [edit, name] : { Named{ m_name, "name" }, Named{ m_model, "model" }, Named{ m_datasetPath, "datasetPath" }, Named{ m_tracePath, "tracePath" }, Named{ m_sharegptPath, "sharegptPath" }, Named{ m_sweep, "sweep" }, Named{ m_rampTo, "rampTo" }, Named{ m_stages, "stages" },
                               Named{ m_ttft, "ttft" }, Named{ m_tpot, "tpot" }, Named{ m_e2e, "e2e" }, Named{ m_target, "target" },
                               Named{ m_external, "external" } })
        edit->setObjectName(QString::fromLatin1(name));
    resize(960, 720); // German labels and the length rows' five fields need more than 820 px
    m_api->addItem(tr("completions"), u"completions"_s);
    m_api->addItem(tr("chat"), u"chat"_s);
    m_dataset->addItem(tr("synthetic prompts"), u"synthetic"_s);
    m_dataset->addItem(tr("summarization (CNN/DailyMail shape, with references)"), u"summarization"_s);
    m_dataset->addItem(tr("JSONL file"), u"file"_s);
    m_dataset->addItem(tr("request trace (Mooncake, CSV or JSONL)"), u"trace"_s);
    m_dataset->addItem(tr("ShareGPT conversations (JSON)"), u"sharegpt"_s);
    m_sharegptPath->setPlaceholderText(tr("ShareGPT JSON on this machine: [{\"conversations\": [{\"from\": \"human\", \"value\": ...}, ...]}, ...]"));
    m_sharegptPath->setToolTip(tr("Without sessions each conversation's first human turn is a request, asking for as many tokens as "
                                  "its recorded answer (as vLLM's benchmark samples it); with sessions its human turns are replayed "
                                  "with the model's own answers as history."));
    m_tracePath->setPlaceholderText(tr("trace file on this machine: Mooncake JSONL, or time_s,input_tokens,output_tokens[,prefix_id]"));
    m_tracePath->setToolTip(tr("Its lengths and shared prefix blocks make the prompts; with the load \"trace replay\" its times are the "
                               "schedule. It is dealt round-robin over the nodes, each request keeping its time."));
    m_datasetPath->setPlaceholderText(tr("path on the nodes to JSONL of {prompt, max_tokens, reference?}"));
    m_prefixGroups->setObjectName(u"prefixGroups"_s);
    m_prefixTokens->setObjectName(u"prefixTokens"_s);
    m_prefixGroups->setRange(0, 100'000);
    m_prefixGroups->setSpecialValueText(tr("none"));
    //: a count of shared prompt prefixes, e.g. "8 groups"
    m_prefixGroups->setSuffix(tr(" groups"));
    m_prefixTokens->setRange(1, 1'000'000);
    m_prefixTokens->setValue(512);
    //: the length of each shared prompt prefix
    m_prefixTokens->setSuffix(tr(" tokens each"));
    m_prefixGroups->setToolTip(tr("Synthetic prompts only: each prompt starts with one of this many fixed prefixes (a system prompt, "
                                  "few-shot examples), so the engine's prefix cache can serve them; the prompt lengths above are "
                                  "then the part after the prefix. None: every prompt is its own."));
    m_mode->addItem(tr("closed loop: requests in flight"), int(LoadSpec::Mode::Concurrency));
    m_mode->addItem(tr("constant rate (req/s)"), int(LoadSpec::Mode::ConstantRate));
    m_mode->addItem(tr("Poisson arrivals (req/s)"), int(LoadSpec::Mode::Poisson));
    m_mode->addItem(tr("gamma arrivals (req/s)"), int(LoadSpec::Mode::Gamma));
    m_mode->addItem(tr("trace replay at its own times (× speed)"), int(LoadSpec::Mode::Trace));
    m_value->setRange(0.001, 1e6);
    m_value->setDecimals(3);
    m_burstiness->setRange(0.001, 1000);
    m_burstiness->setDecimals(3);
    m_sweep->setPlaceholderText(tr("e.g. 1, 2, 4, 8 — one phase per value; empty: one load"));
    m_lengthKind->addItem(tr("requests per node"), 0);
    m_lengthKind->addItem(tr("seconds per node"), 1);
    m_length->setRange(0, 1e7);
    m_warmup->setRange(0, 1'000'000);
    m_warmup->setObjectName(u"warmup"_s);
    m_repetitions->setRange(1, 100);
    m_target->setPlaceholderText(tr("not graded"));
    m_target->setToolTip(tr("Output tokens per second per node; empty: throughput is not graded"));
    m_lateness->setDecimals(1);
    m_lateness->setSuffix(tr(" ms"));
    m_lateness->setRange(0, 10000);
    m_external->setPlaceholderText(tr("instead of InferDeck's load: e.g. vllm bench serve ... --result-filename {result_file}"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b3261e; }"_s);

    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("API:"), m_api);
    form->addRow(QString(), m_stream);
    form->addRow(tr("Dataset:"), m_dataset);
    form->addRow(tr("Dataset file:"), m_datasetPath);
    form->addRow(tr("Trace file:"), m_tracePath);
    form->addRow(tr("ShareGPT file:"), m_sharegptPath);
    form->addRow(tr("Prompt lengths:"), m_input);
    form->addRow(tr("Completion lengths:"), m_output);
    auto* prefix = new QHBoxLayout;
    prefix->addWidget(m_prefixGroups, 1);
    prefix->addWidget(m_prefixTokens, 1);
    form->addRow(tr("Shared prefix:"), prefix);
    form->addRow(tr("Sessions:"), m_sessions);
    form->addRow(tr("Load:"), m_mode);
    form->addRow(tr("Load per node:"), m_value);
    form->addRow(tr("Burstiness (gamma):"), m_burstiness);
    form->addRow(tr("Sweep:"), m_sweep);
    m_rampTo->setPlaceholderText(tr("empty: the load stays; a value: ramp linearly to it over the phase"));
    m_stages->setPlaceholderText(tr("e.g. 2×30, 8×30 — each load for its seconds; empty: one load"));
    form->addRow(tr("Ramp to:"), m_rampTo);
    form->addRow(tr("Stages:"), m_stages);
    m_capacity->setObjectName(u"capacity"_s);
    m_capacity->setToolTip(tr("Each step is a phase at one load with its own warm-up: the load above first, then doubled or halved "
                              "until the capacity is bracketed, then bisected. Needs at least one SLO."));
    m_capacityTarget->setRange(1, 100);
    m_capacityTarget->setDecimals(1);
    m_capacityTarget->setSuffix(tr(" % meet the SLOs"));
    m_capacityTolerance->setRange(0.1, 100);
    m_capacityTolerance->setDecimals(1);
    m_capacityTolerance->setSuffix(tr(" % bracket"));
    m_capacityTolerance->setToolTip(tr("The search ends when the highest load that met the target and the lowest that missed it are this close"));
    for (QDoubleSpinBox* range : { m_capacityMin, m_capacityMax }) {
        range->setRange(0.001, 1e6);
        range->setDecimals(3);
    }
    m_capacityMin->setPrefix(tr("from "));
    m_capacityMax->setPrefix(tr("to "));
    m_capacitySteps->setRange(2, 50);
    m_capacitySteps->setSuffix(tr(" steps at most"));
    auto* capacity = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{ m_capacityTarget, m_capacityMin, m_capacityMax, m_capacityTolerance, m_capacitySteps })
        capacity->addWidget(w, 1);
    form->addRow(tr("Capacity search:"), m_capacity);
    form->addRow(QString(), capacity);
    auto* length = new QHBoxLayout;
    length->addWidget(m_length);
    length->addWidget(m_lengthKind);
    form->addRow(tr("Each phase:"), length);
    form->addRow(tr("Warm-up requests:"), m_warmup);
    form->addRow(tr("Repetitions:"), m_repetitions);
    form->addRow(QString(), m_scaling);
    form->addRow(tr("SLO TTFT:"), m_ttft);
    form->addRow(tr("SLO TPOT:"), m_tpot);
    form->addRow(tr("SLO E2E:"), m_e2e);
    form->addRow(tr("Throughput target:"), m_target);
    form->addRow(tr("Generator lateness limit (p99):"), m_lateness);
    form->addRow(tr("External tool:"), m_external);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);

    QDialogButtonBox* buttons = editorButtons(this, tr("plan file"), tr("Plans (*.json)"), [this](const QString& p) { loadFrom(p); },
                                              [this](const QString& p) { saveTo(p); });
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setPlan(plan);
    const auto changed = [this] { validate(); };
    connect(m_sessions, &SessionsEditor::changed, this, changed);
    for (QLineEdit* e : std::initializer_list<QLineEdit*>{ m_name, m_model, m_datasetPath, m_tracePath, m_sharegptPath, m_sweep, m_rampTo, m_stages, m_ttft, m_tpot, m_e2e, m_target, m_external })
        connect(e, &QLineEdit::textChanged, this, changed);
    for (QComboBox* c : { m_api, m_dataset, m_mode, m_lengthKind })
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    for (QDoubleSpinBox* s : { m_value, m_burstiness, m_length, m_lateness, m_capacityTarget, m_capacityMin, m_capacityMax, m_capacityTolerance })
        connect(s, &QDoubleSpinBox::valueChanged, this, changed);
    for (QSpinBox* s : { m_warmup, m_repetitions, m_prefixGroups, m_prefixTokens, m_capacitySteps })
        connect(s, &QSpinBox::valueChanged, this, changed);
    connect(m_prefixGroups, &QSpinBox::valueChanged, this, [this](int groups) { m_prefixTokens->setEnabled(groups > 0); });
    for (QCheckBox* c : { m_stream, m_scaling, m_capacity })
        connect(c, &QCheckBox::toggled, this, changed);
    m_input->onChange(this, changed);
    m_output->onChange(this, changed);
    validate();
}

void PlanEditor::setPlan(const RunPlan& p)
{
    m_name->setText(p.name);
    m_model->setText(p.model);
    m_api->setCurrentIndex(m_api->findData(p.api));
    m_stream->setChecked(p.stream);
    m_dataset->setCurrentIndex(std::max(0, m_dataset->findData(p.workload.dataset)));
    m_datasetPath->setText(p.workload.datasetPath);
    m_tracePath->setText(p.workload.tracePath);
    m_sharegptPath->setText(p.workload.sharegptPath);
    m_sessions->set(p.workload.sessions);
    m_input->set(p.workload.input);
    m_output->set(p.workload.output);
    m_prefixGroups->setValue(p.workload.sharedPrefix.groups);
    m_prefixTokens->setValue(p.workload.sharedPrefix.active() ? p.workload.sharedPrefix.tokens : 512);
    m_prefixTokens->setEnabled(p.workload.sharedPrefix.active());
    m_mode->setCurrentIndex(m_mode->findData(int(p.load.mode)));
    m_value->setValue(p.load.value);
    m_burstiness->setValue(p.load.burstiness);
    QStringList sweep;
    for (double v : p.sweep)
        sweep << QLocale().toString(v, 'g', 10);
    m_sweep->setText(sweep.join(u", "_s));
    m_rampTo->setText(p.load.rampTo ? QLocale().toString(*p.load.rampTo, 'g', 10) : QString());
    QStringList stages;
    for (const LoadStage& st : p.load.stages)
        stages << u"%1×%2"_s.arg(QLocale().toString(st.value, 'g', 10), QLocale().toString(st.durationS, 'g', 10));
    m_stages->setText(stages.join(u", "_s));
    m_capacity->setChecked(p.capacity.enabled);
    const CapacitySearch shown = p.capacity.enabled ? p.capacity : CapacitySearch { false, 0.9, 1.0, std::max(2.0, p.load.value * 10.0), 0.1, 10 };
    m_capacityTarget->setValue(shown.attainment * 100.0);
    m_capacityMin->setValue(shown.min);
    m_capacityMax->setValue(shown.max);
    m_capacityTolerance->setValue(shown.tolerance * 100.0);
    m_capacitySteps->setValue(shown.maxSteps);
    m_lengthKind->setCurrentIndex(p.requests > 0 ? 0 : 1);
    m_length->setValue(p.requests > 0 ? p.requests : p.durationS);
    m_warmup->setValue(p.warmupRequests);
    m_repetitions->setValue(p.repetitions);
    m_scaling->setChecked(p.scaling);
    m_ttft->setValue(scaled(p.slo.ttft, 1e3));
    m_tpot->setValue(scaled(p.slo.tpot, 1e3));
    m_e2e->setValue(p.slo.e2e);
    m_target->setValue(p.targetThroughputPerNode);
    m_lateness->setValue(p.maxLatenessP99S * 1e3);
    m_external->setText(p.external.command);
}

RunPlan PlanEditor::plan() const
{
    RunPlan p;
    p.name = m_name->text().trimmed();
    p.model = m_model->text().trimmed();
    p.api = m_api->currentData().toString();
    p.stream = m_stream->isChecked();
    p.workload.dataset = m_dataset->currentData().toString();
    p.workload.datasetPath = p.workload.dataset == u"file" ? m_datasetPath->text().trimmed() : QString();
    p.workload.tracePath = p.workload.dataset == u"trace" ? m_tracePath->text().trimmed() : QString();
    p.workload.sharegptPath = p.workload.dataset == u"sharegpt" ? m_sharegptPath->text().trimmed() : QString();
    p.workload.sessions = m_sessions->get();
    p.workload.input = m_input->get();
    p.workload.output = m_output->get();
    if (m_prefixGroups->value() > 0)
        p.workload.sharedPrefix = { m_prefixGroups->value(), m_prefixTokens->value() };
    p.load.mode = LoadSpec::Mode(m_mode->currentData().toInt());
    p.load.value = m_value->value();
    p.load.burstiness = m_burstiness->value();
    for (const QString& part : m_sweep->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = QLocale().toDouble(part.trimmed(), &ok);
        if (ok)
            p.sweep.append(v);
    }
    if (m_capacity->isChecked())
        p.capacity = { true, m_capacityTarget->value() / 100.0, m_capacityMin->value(), m_capacityMax->value(),
                       m_capacityTolerance->value() / 100.0, m_capacitySteps->value() };
    bool ok = false;
    if (const double to = QLocale().toDouble(m_rampTo->text().trimmed(), &ok); ok)
        p.load.rampTo = to;
    p.load.stages = parseStages(m_stages->text(), nullptr);
    if (!p.load.stages.isEmpty())
        p.load.value = p.load.stages.first().value;
    if (m_lengthKind->currentData().toInt() == 0)
        p.requests = static_cast<int>(m_length->value());
    else
        p.durationS = m_length->value();
    p.warmupRequests = m_warmup->value();
    p.repetitions = m_repetitions->value();
    p.scaling = m_scaling->isChecked();
    p.slo.ttft = scaled(m_ttft->value(), 1e-3);
    p.slo.tpot = scaled(m_tpot->value(), 1e-3);
    p.slo.e2e = m_e2e->value();
    p.targetThroughputPerNode = m_target->value();
    p.maxLatenessP99S = m_lateness->value() * 1e-3;
    p.external.command = m_external->text().trimmed();
    return p;
}

QString PlanEditor::validationMessage() const
{
    // what plan() cannot carry (a limit that is not a number would become "no limit") is refused here
    const std::pair<const LimitEdit*, QString> limits[] = { { m_ttft, tr("SLO TTFT") }, { m_tpot, tr("SLO TPOT") }, { m_e2e, tr("SLO E2E") },
                                                            { m_target, tr("Throughput target") } };
    for (const auto& [edit, field] : limits)
        if (const QString problem = edit->problem(field); !problem.isEmpty())
            return problem;
    for (const QString& part : m_sweep->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        QLocale().toDouble(part.trimmed(), &ok);
        if (!ok)
            return tr("Sweep: “%1” is not a number (give values separated by commas)").arg(part.trimmed());
    }
    if (bool ok = false; !m_rampTo->text().trimmed().isEmpty() && (QLocale().toDouble(m_rampTo->text().trimmed(), &ok), !ok))
        return tr("Ramp to: “%1” is not a number").arg(m_rampTo->text().trimmed());
    if (QString bad; parseStages(m_stages->text(), &bad).isEmpty() && !bad.isEmpty())
        return tr("Stages: “%1” is not a load × seconds (e.g. 8×30)").arg(bad);
    const auto r = parsePlan(planFileText(plan()), tr("this plan"));
    return r ? QString() : r.error().toString();
}

void PlanEditor::validate()
{
    const QString dataset = m_dataset->currentData().toString();
    m_datasetPath->setEnabled(dataset == u"file");
    m_tracePath->setEnabled(dataset == u"trace");
    m_sharegptPath->setEnabled(dataset == u"sharegpt");
    m_sessions->setTurnsOwnedByDataset(dataset == u"sharegpt");
    m_input->setEnabled(dataset == u"synthetic"); // the other datasets bring their own lengths
    m_output->setEnabled(dataset == u"synthetic");
    m_burstiness->setEnabled(LoadSpec::Mode(m_mode->currentData().toInt()) == LoadSpec::Mode::Gamma);
    for (QWidget* w : std::initializer_list<QWidget*>{ m_capacityTarget, m_capacityMin, m_capacityMax, m_capacityTolerance, m_capacitySteps })
        w->setEnabled(m_capacity->isChecked());
    const QString message = validationMessage();
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_ok->setEnabled(message.isEmpty());
}

bool PlanEditor::saveTo(const QString& path)
{
    const QString error = writeTextFile(path, planFileText(plan()));
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    return error.isEmpty();
}

bool PlanEditor::loadFrom(const QString& path)
{
    const auto p = readPlanFile(path);
    if (!p) {
        m_error->setText(p.error().toString());
        m_error->setVisible(true);
        return false;
    }
    setPlan(p.value());
    validate();
    return true;
}

} // namespace inferdeck
