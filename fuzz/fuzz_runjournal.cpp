// RunJournal::recover, which rebuilds a result from a run's journal after a crash (`inferdeck-cli recover`).
// It reads a path, so each input goes into an in-memory file (memfd) read through /proc/self/fd.
#include "fuzzinput.h"
#include "run/runjournal.h"

#include <sys/mman.h>
#include <unistd.h>

using namespace inferdeck;

namespace {
int journalFd()
{
    static const int fd = memfd_create("fuzz-journal", 0);
    if (fd < 0)
        fuzz::invariantBroken("memfd_create failed");
    return fd;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const int fd = journalFd();
    if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size))
        fuzz::invariantBroken("cannot write the journal to the memfd");
    QStringList warnings;
    const auto r = RunJournal::recover(QStringLiteral("/proc/self/fd/%1").arg(fd), &warnings);
    fuzz::note(r);
    return 0;
}
