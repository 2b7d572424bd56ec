#pragma once
#include <QWidget>

#include "model/runplan.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace inferdeck {

/// Edits a plan's multi-turn sessions: on or off, turns per session and the user's think time, each a
/// distribution (kind, mean, deviation, bounds).
class SessionsEditor : public QWidget {
    Q_OBJECT
public:
    explicit SessionsEditor(QWidget* parent = nullptr);

    void set(const Sessions& s);
    Sessions get() const;
    /// A ShareGPT conversation brings its own turns: the turns row is then off.
    void setTurnsOwnedByDataset(bool owned);

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QComboBox* kind;
        QDoubleSpinBox* mean;
        QDoubleSpinBox* sd;
        QDoubleSpinBox* min;
        QDoubleSpinBox* max;
    };
    Row makeRow(int decimals, const QString& suffix);
    void updateEnabled();

    QCheckBox* m_enabled;
    Row m_turns;
    Row m_think;
    QWidget* m_turnsRow;
    QWidget* m_thinkRow;
    bool m_turnsOwned = false;
};

} // namespace inferdeck
