#include "dialogs/clustereditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "format/units.h"
#include "dialogs/filedialogbuttons.h"
#include "dialogs/schedulereditor.h"
#include "io/runfiles.h"
#include "remote/nodeprobe.h"
#include "remote/sshconfig.h"
#include "remote/transport.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

ClusterEditor::ClusterEditor(Cluster cluster, TransportFactory transports, QWidget* parent)
    : QDialog(parent)
    , m_cluster(std::move(cluster))
    , m_transports(std::move(transports))
    , m_name(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_nodeName(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_destination(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_launch(new QLineEdit(this))
    , m_readyTimeout(new QDoubleSpinBox(this))
    , m_apiKeyEnv(new QLineEdit(this))
    , m_apiKeyFile(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_metricsPath(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Do not verify the server's certificate (flagged in the report)"), this))
    , m_dialect(new QComboBox(this))
    , m_reasoning(new QSpinBox(this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_inventory(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Cluster"));
    resize(860, 640);
    m_kind->addItem(tr("SSH"), int(ClusterNode::Kind::Ssh));
    m_kind->addItem(tr("This machine (local)"), int(ClusterNode::Kind::Local));
    //: a node of a cluster whose file has a Slurm scheduler: it runs where the job's allocation puts it
    m_kind->addItem(tr("Slurm job step (the cluster's scheduler)"), int(ClusterNode::Kind::Slurm));
    //: a node of a cluster whose file has a Kubernetes scheduler: it runs in one of the cluster's pods
    m_kind->addItem(tr("Kubernetes pod (the cluster's scheduler)"), int(ClusterNode::Kind::Kubernetes));
    if (const auto config = SshConfig::load(QString()); config) {
        auto* completer = new QCompleter(config.value().aliases(), this);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_destination->setCompleter(completer);
    }
    m_destination->setPlaceholderText(tr("user@host[:port] or a Host alias of ~/.ssh/config"));
    m_endpoint->setPlaceholderText(tr("http://127.0.0.1:8000 (as the node sees it)"));
    m_launch->setPlaceholderText(tr("empty: the server is already running; e.g. vllm serve {model} --port {port}"));
    m_apiKeyEnv->setObjectName(u"apiKeyEnv"_s);
    m_apiKeyFile->setObjectName(u"apiKeyFile"_s);
    m_caFile->setObjectName(u"caFile"_s);
    m_insecure->setObjectName(u"insecure"_s);
    m_metricsPath->setObjectName(u"metricsPath"_s);
    m_metricsPath->setPlaceholderText(tr("empty: the engine's own metrics are not read"));
    m_metricsPath->setToolTip(tr("Where the engine publishes its Prometheus metrics on the endpoint's host and port "
                                 "(vLLM, SGLang, TGI: /metrics; llama.cpp only with --metrics). Its queue, KV cache and "
                                 "per-request histograms explain where the time goes."));
    m_dialect->setObjectName(u"dialect"_s);
    m_reasoning->setObjectName(u"reasoning"_s);
    m_apiKeyEnv->setPlaceholderText(tr("name of an environment variable on this machine, e.g. VLLM_API_KEY"));
    m_apiKeyFile->setPlaceholderText(tr("or a file on this machine holding the key (chmod 600)"));
    m_caFile->setPlaceholderText(tr("https only: a PEM CA bundle on this machine; empty: the system CAs"));
    m_dialect->addItem(tr("simulator default"), QString());
    for (const QString& d : simulatorDialects())
        m_dialect->addItem(d, d);
    m_reasoning->setRange(0, 100000);
    m_reasoning->setSpecialValueText(tr("none"));
    m_reasoning->setSuffix(tr(" tokens"));
    m_readyTimeout->setRange(1, 86400);
    m_readyTimeout->setSuffix(tr(" s"));
    m_inventory->setWordWrap(true);
    m_inventory->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b3261e; }"_s);

    auto* add = new QPushButton(tr("Add node"), this);
    auto* remove = new QPushButton(tr("Remove node"), this);
    connect(add, &QPushButton::clicked, this, &ClusterEditor::addNode);
    connect(remove, &QPushButton::clicked, this, &ClusterEditor::removeNode);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* lb = new QHBoxLayout;
    lb->addWidget(add);
    lb->addWidget(remove);
    left->addLayout(lb);

    auto* form = new QFormLayout;
    form->addRow(tr("Node name:"), m_nodeName);
    form->addRow(tr("Reached by:"), m_kind);
    form->addRow(tr("SSH destination:"), m_destination);
    form->addRow(tr("Server endpoint:"), m_endpoint);
    form->addRow(tr("Launch command:"), m_launch);
    form->addRow(tr("Ready within:"), m_readyTimeout);
    form->addRow(tr("API key variable:"), m_apiKeyEnv);
    form->addRow(tr("API key file:"), m_apiKeyFile);
    form->addRow(tr("CA file:"), m_caFile);
    form->addRow(m_insecure);
    form->addRow(tr("Engine metrics path:"), m_metricsPath);
    //: the engine whose stream format the built-in simulator imitates
    form->addRow(tr("Simulator dialect:"), m_dialect);
    form->addRow(tr("Simulated reasoning:"), m_reasoning);
    form->addRow(m_test);
    form->addRow(m_inventory);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);

    QDialogButtonBox* buttons = editorButtons(this, tr("cluster file"), tr("Clusters (*.json)"), [this](const QString& p) { loadFrom(p); },
                                              [this](const QString& p) { saveTo(p); });
    m_ok = buttons->button(QDialogButtonBox::Ok);

    auto* top = new QFormLayout;
    top->addRow(tr("Cluster name:"), m_name);
    m_scheduler = new SchedulerEditor(this);
    m_scheduler->setSpec(m_cluster.scheduler);
    connect(m_scheduler, &SchedulerEditor::changed, this, &ClusterEditor::storeScheduler);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_scheduler);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QLineEdit* e : { m_nodeName, m_destination, m_endpoint, m_launch, m_apiKeyEnv, m_apiKeyFile, m_caFile, m_metricsPath })
        connect(e, &QLineEdit::textChanged, this, &ClusterEditor::storeNode);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ClusterEditor::storeNode);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &ClusterEditor::storeNode);
    connect(m_insecure, &QCheckBox::toggled, this, &ClusterEditor::storeNode);
    connect(m_reasoning, &QSpinBox::valueChanged, this, &ClusterEditor::storeNode);
    connect(m_readyTimeout, &QDoubleSpinBox::valueChanged, this, &ClusterEditor::storeNode);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_cluster.name = t;
        validate();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ClusterEditor::showNode);
    connect(m_test, &QPushButton::clicked, this, &ClusterEditor::testConnection);

    m_name->setText(m_cluster.name);
    refreshList();
    m_list->setCurrentRow(m_cluster.nodes.isEmpty() ? -1 : 0);
    showNode(m_list->currentRow());
    validate();
}

ClusterEditor::~ClusterEditor() = default;

void ClusterEditor::refreshList()
{
    const int keep = m_list->currentRow();
    m_list->blockSignals(true);
    m_list->clear();
    for (const ClusterNode& n : m_cluster.nodes)
        m_list->addItem(n.kind == ClusterNode::Kind::Local        ? tr("%1 (local)").arg(n.name)
                        : n.kind == ClusterNode::Kind::Slurm      ? tr("%1 (Slurm)").arg(n.name)
                        : n.kind == ClusterNode::Kind::Kubernetes ? tr("%1 (Kubernetes pod)").arg(n.name)
                                                                  : tr("%1 (%2)").arg(n.name, n.destination));
    m_list->setCurrentRow(std::min(keep, static_cast<int>(m_cluster.nodes.size()) - 1));
    m_list->blockSignals(false);
}

void ClusterEditor::showNode(int row)
{
    m_row = row;
    m_loading = true;
    const bool valid = row >= 0 && row < m_cluster.nodes.size();
    for (QWidget* w : std::initializer_list<QWidget*>{ m_nodeName, m_kind, m_destination, m_endpoint, m_launch, m_readyTimeout, m_apiKeyEnv,
                                                                  m_apiKeyFile, m_caFile, m_metricsPath, m_insecure, m_dialect, m_reasoning, m_test })
        w->setEnabled(valid);
    const ClusterNode n = valid ? m_cluster.nodes[row] : ClusterNode{};
    m_nodeName->setText(n.name);
    m_kind->setCurrentIndex(m_kind->findData(int(n.kind)));
    m_destination->setText(n.destination);
    m_destination->setEnabled(valid && n.kind == ClusterNode::Kind::Ssh);
    // a scheduler decides how every node is reached
    m_kind->setEnabled(valid && m_cluster.scheduler.kind == SchedulerSpec::Kind::None);
    m_endpoint->setText(n.endpoint);
    m_launch->setText(n.launch.command);
    m_readyTimeout->setValue(n.launch.readyTimeoutS);
    m_apiKeyEnv->setText(n.access.apiKeyEnv);
    m_apiKeyFile->setText(n.access.apiKeyFile);
    m_caFile->setText(n.access.caFile);
    m_insecure->setChecked(n.access.insecureSkipVerify);
    m_metricsPath->setText(n.metricsPath);
    m_dialect->setCurrentIndex(std::max(0, m_dialect->findData(n.sim.dialect)));
    m_reasoning->setValue(n.sim.reasoningTokens);
    m_inventory->clear();
    m_loading = false;
}

void ClusterEditor::storeNode()
{
    if (m_loading || m_row < 0 || m_row >= m_cluster.nodes.size())
        return;
    ClusterNode& n = m_cluster.nodes[m_row];
    n.name = m_nodeName->text().trimmed();
    n.kind = ClusterNode::Kind(m_kind->currentData().toInt());
    n.destination = n.kind == ClusterNode::Kind::Ssh ? m_destination->text().trimmed() : QString();
    m_destination->setEnabled(n.kind == ClusterNode::Kind::Ssh);
    n.endpoint = m_endpoint->text().trimmed();
    n.launch.command = m_launch->text().trimmed();
    n.launch.readyTimeoutS = m_readyTimeout->value();
    n.access.apiKeyEnv = m_apiKeyEnv->text().trimmed();
    n.access.apiKeyFile = m_apiKeyFile->text().trimmed();
    n.access.caFile = m_caFile->text().trimmed();
    n.access.insecureSkipVerify = m_insecure->isChecked();
    n.metricsPath = m_metricsPath->text().trimmed();
    n.sim.dialect = m_dialect->currentData().toString();
    n.sim.reasoningTokens = m_reasoning->value();
    refreshList();
    validate();
}

// The scheduler decides how the nodes are reached: each node follows it, and back to SSH without one
static ClusterNode::Kind nodeKindFor(SchedulerSpec::Kind scheduler, ClusterNode::Kind current)
{
    switch (scheduler) {
    case SchedulerSpec::Kind::Slurm:
        return ClusterNode::Kind::Slurm;
    case SchedulerSpec::Kind::Kubernetes:
        return ClusterNode::Kind::Kubernetes;
    case SchedulerSpec::Kind::None:
        break;
    }
    return current == ClusterNode::Kind::Slurm || current == ClusterNode::Kind::Kubernetes ? ClusterNode::Kind::Ssh : current;
}

void ClusterEditor::storeScheduler()
{
    const SchedulerSpec before = m_cluster.scheduler;
    m_cluster.scheduler = m_scheduler->spec();
    // the engine's endpoint inside the pods is the same in every pod: a change of it (or the switch to pods) is
    // every node's, as when a cluster file leaves the nodes' own out; it did nothing to the nodes here
    const KubernetesSettings& pods = m_cluster.scheduler.kubernetes;
    const bool toPods = m_cluster.scheduler.kind == SchedulerSpec::Kind::Kubernetes && !pods.endpoint.isEmpty()
        && (before.kind != SchedulerSpec::Kind::Kubernetes || before.kubernetes.endpoint != pods.endpoint);
    if (toPods)
        for (ClusterNode& n : m_cluster.nodes)
            n.endpoint = pods.endpoint;
    for (ClusterNode& n : m_cluster.nodes) {
        const bool scheduled = n.kind == ClusterNode::Kind::Slurm || n.kind == ClusterNode::Kind::Kubernetes;
        if (!scheduled)
            m_reachedBefore[n.name] = { n.kind, n.destination };
        n.kind = nodeKindFor(m_cluster.scheduler.kind, n.kind);
        if (scheduled && m_cluster.scheduler.kind == SchedulerSpec::Kind::None && m_reachedBefore.contains(n.name)) {
            // back to how it was reached (a local node stayed an SSH node without a destination)
            std::tie(n.kind, n.destination) = m_reachedBefore.value(n.name);
        } else if (n.kind != ClusterNode::Kind::Ssh) {
            n.destination.clear();
        }
    }
    refreshList();
    showNode(m_list->currentRow());
    validate();
}

void ClusterEditor::addNode()
{
    ClusterNode n;
    n.name = tr("node-%1").arg(m_cluster.nodes.size() + 1);
    n.kind = nodeKindFor(m_cluster.scheduler.kind, n.kind);
    n.endpoint = m_cluster.scheduler.kind == SchedulerSpec::Kind::Kubernetes ? m_cluster.scheduler.kubernetes.endpoint : u"http://127.0.0.1:8000"_s;
    m_cluster.nodes.append(n);
    refreshList();
    m_list->setCurrentRow(static_cast<int>(m_cluster.nodes.size()) - 1);
    validate();
}

void ClusterEditor::removeNode()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_cluster.nodes.size())
        return;
    m_cluster.nodes.removeAt(row);
    refreshList();
    showNode(m_list->currentRow());
    validate();
}

QString ClusterEditor::validationMessage() const
{
    // the file reader is the one judge: what it refuses here, `run` would refuse too
    const auto r = parseCluster(QByteArray::fromStdString(toJson(m_cluster).dump()), tr("this cluster"));
    return r ? QString() : r.error().toString();
}

void ClusterEditor::validate()
{
    const QString message = validationMessage();
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_ok->setEnabled(message.isEmpty());
}

void ClusterEditor::testConnection()
{
    if (m_row < 0 || m_row >= m_cluster.nodes.size() || m_probe)
        return;
    const ClusterNode node = m_cluster.nodes[m_row];
    QString error;
    std::unique_ptr<Transport> transport = m_transports(node, &error);
    if (!transport) {
        m_inventory->setText(tr("<span style='color:#b3261e'>%1</span>").arg(error.toHtmlEscaped()));
        emit probeFinished(false, error);
        return;
    }
    m_test->setEnabled(false);
    m_inventory->setText(tr("Connecting to %1…").arg(node.name));
    m_probe = std::make_unique<NodeProbe>(std::move(transport), node.name, node.agentDir);
    connect(m_probe.get(), &NodeProbe::finished, this, [this](const NodeInventory& inv) {
        QStringList gpus;
        for (const GpuInfo& g : inv.gpus)
            gpus << tr("%1 (%2)").arg(g.name, Units::memoryMiB(g.memoryMiB, QLocale()));
        QStringList engines;
        for (const EngineInfo& e : inv.engines)
            engines << u"%1 %2"_s.arg(e.name, e.version);
        const QString text = tr("<b>%1</b>: %2, Python %3, %4 CPUs, %5<br>GPUs: %6<br>Driver %7, CUDA %8<br>Engines: %9")
                                 .arg(inv.hostname.toHtmlEscaped(), inv.os.toHtmlEscaped(), inv.python.toHtmlEscaped())
                                 .arg(inv.cpuCount.value_or(0))
                                 .arg(Units::memoryMiB(inv.memoryMiB, QLocale()),
                                      gpus.isEmpty() ? (inv.gpuNote.isEmpty() ? tr("none") : inv.gpuNote).toHtmlEscaped() : gpus.join(u", "_s).toHtmlEscaped(),
                                      inv.driver.isEmpty() ? Units::notMeasured() : inv.driver.toHtmlEscaped(),
                                      inv.cuda.isEmpty() ? Units::notMeasured() : inv.cuda.toHtmlEscaped(),
                                      engines.isEmpty() ? tr("none found") : engines.join(u", "_s).toHtmlEscaped());
        m_inventory->setText(text);
        m_test->setEnabled(true);
        m_probe.release()->deleteLater();
        emit probeFinished(true, text);
    });
    connect(m_probe.get(), &NodeProbe::failed, this, [this](const Error& e) {
        m_inventory->setText(tr("<span style='color:#b3261e'>%1</span>").arg(e.toString().toHtmlEscaped()));
        m_test->setEnabled(true);
        m_probe.release()->deleteLater();
        emit probeFinished(false, e.toString());
    });
    m_probe->start(60000);
}

bool ClusterEditor::saveTo(const QString& path)
{
    const QString error = writeTextFile(path, QByteArray::fromStdString(toJson(m_cluster).dump(2)) + '\n');
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    return error.isEmpty();
}

bool ClusterEditor::loadFrom(const QString& path)
{
    const auto c = readClusterFile(path);
    if (!c) {
        m_error->setText(c.error().toString());
        m_error->setVisible(true);
        return false;
    }
    m_cluster = c.value();
    m_name->setText(m_cluster.name);
    m_scheduler->setSpec(m_cluster.scheduler);
    refreshList();
    m_list->setCurrentRow(m_cluster.nodes.isEmpty() ? -1 : 0);
    showNode(m_list->currentRow());
    validate();
    return true;
}

} // namespace inferdeck
