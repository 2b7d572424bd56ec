#pragma once
#include <QDialog>

#include "model/runplan.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace inferdeck {

class LimitEdit;

/// The application's settings (QSettings): interface language, theme, time unit of the tables, the SLOs a new plan starts
/// with, and the grading rubric file.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    /// Writes what the dialog shows to QSettings.
    void save() const;

    static QString theme();        // "system", "light" or "dark"
    static bool latencyInSeconds();
    static Slo defaultSlo();
    static QString rubricFile();   // empty: the built-in rubric
    /// Empty when every field can be saved; else what is wrong, naming the field.
    QString problem() const;

private:
    void validate();

    QComboBox* m_language;
    QComboBox* m_theme;
    QComboBox* m_unit;
    LimitEdit* m_ttft;
    LimitEdit* m_tpot;
    LimitEdit* m_e2e;
    QLineEdit* m_rubric;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace inferdeck
