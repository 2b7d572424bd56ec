#pragma once
#include <QDialog>

#include "model/runplan.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace inferdeck {

class LengthEditor;
class LimitEdit;
class SessionsEditor;

/// Edits a run plan: model and API, workload and lengths, load mode and sweep, phase length, warm-up,
/// repetitions, scaling analysis (which adds the measured 1-node baseline), a capacity search, SLOs, throughput
/// target and an external tool. Validated inline by the plan file's own reader; loads and saves plan files.
class PlanEditor : public QDialog {
    Q_OBJECT
public:
    explicit PlanEditor(const RunPlan& plan, QWidget* parent = nullptr);

    RunPlan plan() const;
    /// Empty when valid; otherwise the reader's message naming the field.
    QString validationMessage() const;
    bool saveTo(const QString& path);
    bool loadFrom(const QString& path);
    void setPlan(const RunPlan& plan);

private:
    void validate();

    QLineEdit* m_name;
    QLineEdit* m_model;
    QComboBox* m_api;
    QCheckBox* m_stream;
    QComboBox* m_dataset;
    QLineEdit* m_datasetPath;
    QLineEdit* m_tracePath;
    QLineEdit* m_sharegptPath;
    SessionsEditor* m_sessions;
    LengthEditor* m_input;
    LengthEditor* m_output;
    QSpinBox* m_prefixGroups;
    QSpinBox* m_prefixTokens;
    QComboBox* m_mode;
    QDoubleSpinBox* m_value;
    QDoubleSpinBox* m_burstiness;
    QLineEdit* m_sweep;
    QLineEdit* m_rampTo;
    QLineEdit* m_stages; // "2×10, 8×20": value × seconds
    QCheckBox* m_capacity;
    QDoubleSpinBox* m_capacityTarget; // %
    QDoubleSpinBox* m_capacityMin;
    QDoubleSpinBox* m_capacityMax;
    QDoubleSpinBox* m_capacityTolerance; // %
    QSpinBox* m_capacitySteps;
    QComboBox* m_lengthKind;
    QDoubleSpinBox* m_length;
    QSpinBox* m_warmup;
    QSpinBox* m_repetitions;
    QCheckBox* m_scaling;
    LimitEdit* m_ttft;
    LimitEdit* m_tpot;
    LimitEdit* m_e2e;
    LimitEdit* m_target;
    QDoubleSpinBox* m_lateness;
    QLineEdit* m_external;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace inferdeck
