#pragma once
#include <QObject>

#include <functional>
#include <iterator>

#include <signal.h>

class QSocketNotifier;

namespace inferdeck::cli {

/// While it lives, SIGINT, SIGTERM and SIGHUP (Ctrl+C, `kill`, the terminal closed) each call `onSignal`
/// on the event loop instead of ending the process, so a run can cancel, keep what it measured and write
/// its result and report. A write to a closed pipe fails with EPIPE instead of killing the process.
class CancelSignals : public QObject {
    Q_OBJECT
public:
    explicit CancelSignals(std::function<void(int signal)> onSignal, QObject* parent = nullptr);
    ~CancelSignals() override;

    /// The signals that cancel.
    static constexpr int kSignals[] = { SIGINT, SIGTERM, SIGHUP };

private:
    void readSignals();

    std::function<void(int)> m_onSignal;
    QSocketNotifier* m_notifier = nullptr;
    struct sigaction m_previous[std::size(kSignals) + 1] {}; // the cancelling signals and SIGPIPE
};

} // namespace inferdeck::cli
