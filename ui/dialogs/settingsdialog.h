#pragma once
#include <QDialog>

#include "model/runplan.h"

class QComboBox;
class QLineEdit;

namespace inferdeck {

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

private:
    QComboBox* m_language;
    QComboBox* m_theme;
    QComboBox* m_unit;
    QLineEdit* m_ttft;
    QLineEdit* m_tpot;
    QLineEdit* m_e2e;
    QLineEdit* m_rubric;
};

} // namespace inferdeck
