#pragma once
#include <QWidget>

#include "run/scheduler.h"

class QComboBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace inferdeck {

/// Edits a cluster's scheduler: none (the nodes are listed hosts), Slurm (submit host, partition, account,
/// QoS, time limit, GPUs per node, extra sbatch options, or an existing job) or Kubernetes (kubectl host,
/// context, namespace, the pods by selector or names, container, endpoint). The cluster editor checks what
/// it makes with the cluster file's reader.
class SchedulerEditor : public QWidget {
    Q_OBJECT
public:
    explicit SchedulerEditor(QWidget* parent = nullptr);

    SchedulerSpec spec() const;
    void setSpec(const SchedulerSpec& spec);

signals:
    void changed();

private:
    QWidget* slurmPage();
    QWidget* kubernetesPage();
    void showKind();

    bool m_loading = false;
    QComboBox* m_kind;
    QStackedWidget* m_pages;
    // Slurm
    QLineEdit* m_submitHost;
    QLineEdit* m_partition;
    QLineEdit* m_account;
    QLineEdit* m_qos;
    QLineEdit* m_timeLimit;
    QSpinBox* m_gpus;
    QLineEdit* m_sbatch;
    QLineEdit* m_jobId;
    // Kubernetes
    QLineEdit* m_kubectlHost;
    QLineEdit* m_context;
    QLineEdit* m_namespace;
    QComboBox* m_podsBy;
    QLineEdit* m_pods;
    QLineEdit* m_container;
    QLineEdit* m_endpoint;
};

} // namespace inferdeck
