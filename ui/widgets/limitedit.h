#pragma once
#include <QLineEdit>

#include <optional>

namespace inferdeck {

/// An optional positive number with its unit always shown at the right edge (not as placeholder text,
/// which vanishes once a value is typed). Empty means "no limit"; anything that is not a positive
/// number in the interface language (or with a '.' decimal point) is a problem() the dialog shows.
class LimitEdit : public QLineEdit {
    Q_OBJECT
public:
    LimitEdit(const QString& unit, QWidget* parent = nullptr);
    QString unit() const { return m_unit; }
    /// The number typed, in the unit shown; nullopt when empty or not a number.
    std::optional<double> value() const;
    void setValue(std::optional<double> v);
    /// Empty when the text is empty or a positive number; else why not, naming `field`.
    QString problem(const QString& field) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void markValidity();

    QString m_unit;
};

} // namespace inferdeck
