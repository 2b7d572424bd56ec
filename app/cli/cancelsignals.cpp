#include "cli/cancelsignals.h"

#include <QSocketNotifier>

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

namespace inferdeck::cli {

namespace {
// The handler may only do async-signal-safe things: it writes the signal's number into a pipe, whose
// other end the event loop watches (Qt's "Calling Qt Functions From Unix Signal Handlers"). One pipe for
// the process: signal handlers are process-wide too.
int g_pipe[2] = { -1, -1 };

void onSignalHandler(int signal)
{
    const int savedErrno = errno;
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = savedErrno;
}

// A handler rather than SIG_IGN: an ignored signal stays ignored in the programs a run starts (a local
// node's server), a handled one is reset to the default when they exec.
void onSigpipe(int) { }
} // namespace

CancelSignals::CancelSignals(std::function<void(int)> onSignal, QObject* parent)
    : QObject(parent)
    , m_onSignal(std::move(onSignal))
{
    // close-on-exec: the pipe must not leak into the processes a run starts; non-blocking: a burst of
    // signals must never block the handler on a full pipe
    if (g_pipe[0] < 0 && ::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        g_pipe[0] = g_pipe[1] = -1;
    if (g_pipe[0] >= 0) {
        m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &CancelSignals::readSignals);
    }
    struct sigaction action {};
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < std::size(kSignals); ++i) {
        action.sa_handler = g_pipe[1] >= 0 ? onSignalHandler : SIG_DFL;
        ::sigaction(kSignals[i], &action, &m_previous[i]);
    }
    action.sa_handler = onSigpipe;
    ::sigaction(SIGPIPE, &action, &m_previous[std::size(kSignals)]);
}

CancelSignals::~CancelSignals()
{
    for (std::size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &m_previous[i], nullptr);
    ::sigaction(SIGPIPE, &m_previous[std::size(kSignals)], nullptr);
}

void CancelSignals::readSignals()
{
    char bytes[16];
    ssize_t n = 0;
    while ((n = ::read(g_pipe[0], bytes, sizeof bytes)) > 0)
        for (ssize_t i = 0; i < n; ++i)
            m_onSignal(static_cast<unsigned char>(bytes[i]));
}

} // namespace inferdeck::cli
