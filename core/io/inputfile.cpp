#include "io/inputfile.h"

#include <QCoreApplication>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace inferdeck {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(InputFile)
};

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return Tr::tr("a directory");
    if (S_ISFIFO(mode))
        return Tr::tr("a named pipe (FIFO)");
    if (S_ISCHR(mode))
        return Tr::tr("a character device");
    if (S_ISBLK(mode))
        return Tr::tr("a block device");
    if (S_ISSOCK(mode))
        return Tr::tr("a socket");
    return Tr::tr("not a regular file");
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace

QString tooLargeMessage(qint64 maxBytes, const QString& what)
{
    return Tr::tr("the file is larger than %1 MiB, the limit for %2").arg(maxBytes / readlimit::kMiB).arg(what);
}

Result<std::shared_ptr<QFile>> openRegularFile(const QString& path, qint64 maxBytes, const QString& what)
{
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer; for a regular file it
    // changes nothing, and anything else is refused before a byte is read
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return Error { Tr::tr("cannot read: %1").arg(systemError(errno)), path };
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int code = errno;
        ::close(fd);
        return Error { Tr::tr("cannot read: %1").arg(systemError(code)), path };
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error { Tr::tr("%1, not a regular file: only regular files are read").arg(kindOf(st.st_mode)), path };
    }
    if (st.st_size > maxBytes) {
        ::close(fd);
        return Error { tooLargeMessage(maxBytes, what), path };
    }
    auto file = std::make_shared<QFile>(path);
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error { Tr::tr("cannot read: %1").arg(file->errorString()), path };
    }
    return file;
}

Result<FileBytes> readRegularFile(const QString& path, qint64 maxBytes, const QString& what)
{
    auto opened = openRegularFile(path, maxBytes, what);
    if (!opened)
        return opened.error();
    FileBytes out;
    out.keeper = std::move(opened).value();
    QFile& f = *out.keeper;
    const qint64 size = f.size();
    if (size > 0) {
        if (const uchar* pages = f.map(0, size, QFileDevice::MapPrivateOption)) {
            out.bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(pages), static_cast<qsizetype>(size));
            out.mapped = true;
            return out;
        }
    }
    // no mapping: a file system without mmap, or a /proc or /sys file whose size reads as 0 although it
    // has content; read in chunks and stop one byte past the limit
    constexpr qint64 kChunk = qint64(1) << 20;
    while (true) {
        const QByteArray chunk = f.read(kChunk);
        if (chunk.isEmpty())
            break;
        out.bytes += chunk;
        if (out.bytes.size() > maxBytes)
            return Error { tooLargeMessage(maxBytes, what), path };
    }
    if (f.error() != QFileDevice::NoError)
        return Error { Tr::tr("cannot read: %1").arg(f.errorString()), path };
    return out;
}

} // namespace inferdeck
