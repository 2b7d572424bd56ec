#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include "library/libraryquery.h"
#include "library/libraryrun.h"
#include "util/result.h"

namespace inferdeck {

/// What adding, refreshing or rebuilding did, file by file counted.
struct LibraryUpdate {
    int added = 0;     // files new to the library
    int updated = 0;   // known files whose content changed, or that were unreadable or missing before
    int unchanged = 0; // same size and modification time: not read again
    int moved = 0;     // a missing entry found again at another path (same content hash)
    int missing = 0;   // entries whose file is gone
    QList<Error> errors; // files that could not be read as a result (kept in the library as unreadable)
};

/// How adding, refreshing and rebuilding run: progress, cancel, threads.
struct LibraryUpdateOptions {
    std::function<void(int, int)> progress; // (files read, files to read), after each batch
    const std::atomic_bool* cancel = nullptr; // stops between batches
    int threads = 0;                          // readers at once; 0: one per core
};

/// The results library: a SQLite index (Qt SQL) of result files where they lie, with each run's fingerprint
/// and headline metrics. The files stay the truth: the index notices moved, changed and deleted files, and
/// can be rebuilt from them. WAL mode, so the GUI and the CLI use one database at once. One object is one
/// connection and belongs to the thread that opened it; another thread opens its own.
class LibraryIndex {
    Q_DECLARE_TR_FUNCTIONS(LibraryIndex)

public:
    /// $INFERDECK_LIBRARY, else library.sqlite in InferDeck's XDG data folder (~/.local/share/InferDeck).
    static QString defaultPath();
    /// Opens `path`, creating or migrating it. A damaged database is moved aside (note() says where), a new
    /// one is made and the paths still readable in the old one are kept, to be indexed on the next refresh.
    static Result<std::unique_ptr<LibraryIndex>> open(const QString& path = defaultPath());
    ~LibraryIndex();
    LibraryIndex(const LibraryIndex&) = delete;
    LibraryIndex& operator=(const LibraryIndex&) = delete;

    QString path() const { return m_path; }
    /// What opening did beyond the ordinary: a migration, a damaged database set aside. Empty otherwise.
    QString note() const { return m_note; }

    using Options = LibraryUpdateOptions;

    /// Indexes files and folders (recursively; folders are remembered and rescanned by refresh()). A file
    /// named here is indexed whatever it is (an unreadable one is kept with its error); in a folder only
    /// files whose content a reader recognizes count.
    LibraryUpdate add(const QStringList& paths, const Options& options = {});
    /// Looks at every entry again: a changed file is re-indexed, a gone one marked missing, and the
    /// remembered folders are rescanned (a file moved within them is recognized by its hash).
    LibraryUpdate refresh(const Options& options = {});
    /// Forgets every entry and indexes all of them again from their files and the remembered folders.
    LibraryUpdate rebuild(const Options& options = {});
    /// Removes entries (not their files) from the index; a remembered folder may index them again.
    Status remove(const QList<qint64>& ids);
    QStringList folders() const;
    Status forgetFolder(const QString& path);

    /// Entries matching `query`, the most recently started first, without their phases.
    Result<QList<LibraryEntry>> list(const LibraryQuery& query = {}) const;
    /// One entry with every phase repetition's headline.
    Result<LibraryEntry> entry(qint64 id) const;
    /// The entry of the file at `path`, if it is indexed.
    std::optional<LibraryEntry> entryForPath(const QString& path) const;
    /// The latest indexed run with `entry`'s fingerprint that started before it and is another file's
    /// content: the baseline `compare --against-last` uses.
    std::optional<LibraryEntry> lastComparable(const LibraryEntry& entry) const;
    int count() const;

private:
    explicit LibraryIndex(QString path, QString connection);
    LibraryUpdate index(const QStringList& files, const QStringList& named, const Options& options, LibraryUpdate update);
    Status exec(const QString& sql) const;

    QString m_path;
    QString m_connection;
    QString m_note;
};

} // namespace inferdeck
