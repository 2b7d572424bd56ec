#include "dialogs/schedulereditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QRegularExpression>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
QLineEdit* field(QWidget* parent, const QString& name, const QString& placeholder)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    return e;
}

QStringList words(const QString& text)
{
    // pod names never hold a space or a comma: either separates them
    return text.split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
}

QStringList options(const QString& text)
{
    // an sbatch option may hold commas (--mail-type=END,FAIL, --exclude=gpu3,gpu4) but never a space
    return text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
}
} // namespace

SchedulerEditor::SchedulerEditor(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
{
    m_kind->setObjectName(u"schedulerKind"_s);
    //: the cluster's nodes are hosts listed one by one (no batch scheduler)
    m_kind->addItem(tr("None: the nodes are listed hosts"), int(SchedulerSpec::Kind::None));
    m_kind->addItem(tr("Slurm: the nodes are a job's allocation"), int(SchedulerSpec::Kind::Slurm));
    m_kind->addItem(tr("Kubernetes: the nodes are pods"), int(SchedulerSpec::Kind::Kubernetes));
    m_pages->addWidget(new QWidget(this));
    m_pages->addWidget(slurmPage());
    m_pages->addWidget(kubernetesPage());
    auto* top = new QFormLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addRow(tr("Scheduler:"), m_kind);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKind();
        if (!m_loading)
            emit changed();
    });
    for (QLineEdit* e : findChildren<QLineEdit*>())
        connect(e, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                emit changed();
        });
    connect(m_gpus, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            emit changed();
    });
    connect(m_podsBy, &QComboBox::currentIndexChanged, this, [this] {
        m_pods->setPlaceholderText(m_podsBy->currentIndex() == 0 ? tr("app=vllm (the engine's pods)") : tr("vllm-0, vllm-1 (one per node, in node order)"));
        if (!m_loading)
            emit changed();
    });
    showKind();
}

QWidget* SchedulerEditor::slurmPage()
{
    auto* page = new QWidget(this);
    m_submitHost = field(page, u"submitHost"_s, tr("local, or an ssh destination (the login node)"));
    m_partition = field(page, u"partition"_s, tr("empty: the default partition"));
    m_account = field(page, u"account"_s, tr("empty: your default account"));
    m_qos = field(page, u"qos"_s, tr("empty: the default QoS"));
    m_timeLimit = field(page, u"timeLimit"_s, tr("e.g. 30 or 1:30:00; empty: the partition's limit"));
    m_gpus = new QSpinBox(page);
    m_gpus->setObjectName(u"gpusPerNode"_s);
    m_gpus->setRange(0, 1024);
    m_gpus->setSpecialValueText(tr("none asked for"));
    m_sbatch = field(page, u"sbatchOptions"_s, tr("further sbatch options, e.g. --constraint=h100 --exclusive"));
    m_jobId = field(page, u"jobId"_s, tr("run inside this existing job instead of submitting one"));
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Submit host:"), m_submitHost);
    form->addRow(tr("Partition:"), m_partition);
    form->addRow(tr("Account:"), m_account);
    //: Slurm's quality of service
    form->addRow(tr("QoS:"), m_qos);
    form->addRow(tr("Time limit:"), m_timeLimit);
    form->addRow(tr("GPUs per node:"), m_gpus);
    form->addRow(tr("Extra sbatch options:"), m_sbatch);
    form->addRow(tr("Existing job id:"), m_jobId);
    return page;
}

QWidget* SchedulerEditor::kubernetesPage()
{
    auto* page = new QWidget(this);
    m_kubectlHost = field(page, u"kubectlHost"_s, tr("local, or an ssh destination where kubectl runs"));
    m_context = field(page, u"context"_s, tr("empty: kubectl's current context"));
    m_namespace = field(page, u"namespace"_s, tr("empty: the context's namespace"));
    m_podsBy = new QComboBox(page);
    m_podsBy->setObjectName(u"podsBy"_s);
    m_podsBy->addItem(tr("Label selector"));
    m_podsBy->addItem(tr("Pod names"));
    m_pods = field(page, u"pods"_s, tr("app=vllm (the engine's pods)"));
    m_container = field(page, u"container"_s, tr("empty: the pod's default container"));
    m_endpoint = field(page, u"podEndpoint"_s, tr("the engine inside each pod"));
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("kubectl runs on:"), m_kubectlHost);
    form->addRow(tr("Context:"), m_context);
    form->addRow(tr("Namespace:"), m_namespace);
    form->addRow(tr("Pods by:"), m_podsBy);
    form->addRow(tr("Pods:"), m_pods);
    form->addRow(tr("Container:"), m_container);
    form->addRow(tr("Engine endpoint in the pod:"), m_endpoint);
    return page;
}

void SchedulerEditor::showKind()
{
    m_pages->setCurrentIndex(m_kind->currentIndex());
    // a page as tall as its own fields: None takes no room
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == m_kind->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->adjustSize();
}

SchedulerSpec SchedulerEditor::spec() const
{
    SchedulerSpec s;
    s.kind = SchedulerSpec::Kind(m_kind->currentData().toInt());
    const QString submit = m_submitHost->text().trimmed();
    s.slurm.submitHost = submit.isEmpty() ? u"local"_s : submit;
    s.slurm.partition = m_partition->text().trimmed();
    s.slurm.account = m_account->text().trimmed();
    s.slurm.qos = m_qos->text().trimmed();
    s.slurm.timeLimit = m_timeLimit->text().trimmed();
    s.slurm.gpusPerNode = m_gpus->value();
    s.slurm.sbatchOptions = options(m_sbatch->text());
    s.slurm.jobId = m_jobId->text().trimmed();
    KubernetesSettings& k = s.kubernetes;
    const QString kubectl = m_kubectlHost->text().trimmed();
    k.kubectlHost = kubectl.isEmpty() ? u"local"_s : kubectl;
    k.context = m_context->text().trimmed();
    k.nameSpace = m_namespace->text().trimmed();
    if (m_podsBy->currentIndex() == 0)
        k.selector = m_pods->text().trimmed();
    else
        k.pods = words(m_pods->text());
    k.container = m_container->text().trimmed();
    const QString endpoint = m_endpoint->text().trimmed();
    if (!endpoint.isEmpty())
        k.endpoint = endpoint;
    return s;
}

void SchedulerEditor::setSpec(const SchedulerSpec& s)
{
    m_loading = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(s.kind))));
    m_submitHost->setText(s.slurm.submitHost == u"local"_s ? QString() : s.slurm.submitHost);
    m_partition->setText(s.slurm.partition);
    m_account->setText(s.slurm.account);
    m_qos->setText(s.slurm.qos);
    m_timeLimit->setText(s.slurm.timeLimit);
    m_gpus->setValue(s.slurm.gpusPerNode);
    m_sbatch->setText(s.slurm.sbatchOptions.join(u' '));
    m_jobId->setText(s.slurm.jobId);
    const KubernetesSettings& k = s.kubernetes;
    m_kubectlHost->setText(k.kubectlLocal() ? QString() : k.kubectlHost);
    m_context->setText(k.context);
    m_namespace->setText(k.nameSpace);
    m_podsBy->setCurrentIndex(k.pods.isEmpty() ? 0 : 1);
    m_pods->setText(k.pods.isEmpty() ? k.selector : k.pods.join(u", "_s));
    m_container->setText(k.container);
    m_endpoint->setText(k.endpoint);
    showKind();
    m_loading = false;
}

} // namespace inferdeck
