#pragma once
#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

#include "run/cluster.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace inferdeck {

class NodeProbe;
class SchedulerEditor;
class Transport;

/// Edits a cluster: add, edit and remove nodes (SSH destinations complete from ~/.ssh/config's Host
/// aliases), test a node's connection (probe: GPUs, driver, engines), load and save cluster files. A
/// node's API key is named by environment variable or file, never typed in; a simulated node's dialect
/// and reasoning are set here too, and the cluster's scheduler (none, Slurm or Kubernetes).
/// Inline validation uses the cluster file's own reader, so what passes here passes `run`.
class ClusterEditor : public QDialog {
    Q_OBJECT
public:
    /// Makes the transport a node is tested with; null with `error` set when it cannot (unknown Host).
    using TransportFactory = std::function<std::unique_ptr<Transport>(const ClusterNode&, QString* error)>;
    ClusterEditor(Cluster cluster, TransportFactory transports, QWidget* parent = nullptr);
    ~ClusterEditor() override;

    Cluster cluster() const { return m_cluster; }
    /// Empty when the cluster is valid; otherwise the reader's message naming the field.
    QString validationMessage() const;

public slots:
    void addNode();
    void removeNode();
    void testConnection();
    bool saveTo(const QString& path);
    bool loadFrom(const QString& path);

signals:
    void probeFinished(bool ok, const QString& text);

private:
    void showNode(int row);
    void storeNode();
    void validate();
    void refreshList();
    void storeScheduler();

    Cluster m_cluster;
    TransportFactory m_transports;
    int m_row = -1;
    bool m_loading = false;
    QLineEdit* m_name;
    QListWidget* m_list;
    QLineEdit* m_nodeName;
    QComboBox* m_kind;
    QLineEdit* m_destination;
    QLineEdit* m_endpoint;
    QLineEdit* m_launch;
    QDoubleSpinBox* m_readyTimeout;
    QLineEdit* m_apiKeyEnv;
    QLineEdit* m_apiKeyFile;
    QLineEdit* m_caFile;
    QLineEdit* m_metricsPath;
    QCheckBox* m_insecure;
    QComboBox* m_dialect;
    QSpinBox* m_reasoning;
    QPushButton* m_test;
    QLabel* m_inventory;
    SchedulerEditor* m_scheduler = nullptr;
    // how each node (by name) was reached before a scheduler took it over: back to that without one
    QHash<QString, std::pair<ClusterNode::Kind, QString>> m_reachedBefore;
    QLabel* m_error;
    QPushButton* m_ok;
    std::unique_ptr<NodeProbe> m_probe;
};

} // namespace inferdeck
