#include "views/libraryview.h"

#include <QAction>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "compare/resultlabels.h"
#include "export/csvfield.h"
#include "format/units.h"
#include "models/librarytablemodel.h"
#include "views/trendview.h"
#include "widgets/tablecopy.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

namespace {
constexpr int kMaxWatchedFolders = 512; // inotify watches are a per-user limit shared with every program
const QDate kAnyDate(2000, 1, 1);       // the date edits' minimum, shown as "any"

QString csvField(const QString& text)
{
    std::string out;
    csv::appendField(out, text);
    return QString::fromStdString(out);
}
} // namespace

LibraryView::LibraryView(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_view(new QTableView(this))
    , m_model(new LibraryTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_trend(new TrendView(this))
    , m_searchDelay(new QTimer(this))
    , m_watchDelay(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    m_search->setPlaceholderText(tr("Search: words, or model=… engine=… gpu=… tool=… grade=… plan=… dataset=… phase=…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Every word must match somewhere; FIELD=VALUE matches part of that field. Fields: %1")
                             .arg(LibraryQuery::fields().join(u", "_s)));
    for (QDateEdit* d : { m_from, m_to }) {
        d->setCalendarPopup(true);
        d->setMinimumDate(kAnyDate);
        d->setSpecialValueText(tr("any"));
        d->setDate(kAnyDate);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LibraryTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LibraryTableModel::Started, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    makeCopyable(m_view);
    const QList<int> hidden = [] {
        QList<int> out;
        const QVariant saved = QSettings().value(u"library/hiddenColumns"_s);
        if (saved.isValid()) {
            for (const QVariant& v : saved.toList())
                out << v.toInt();
            return out;
        }
        for (int c = 0; c < LibraryTableModel::ColumnCount; ++c)
            if (LibraryTableModel::hiddenByDefault(c))
                out << c;
        return out;
    }();
    for (int c : hidden)
        m_view->setColumnHidden(c, true);
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_status->setWordWrap(true);

    auto* open = new QPushButton(tr("Open"), this);
    auto* compare = new QPushButton(tr("Compare…"), this);
    auto* trend = new QPushButton(tr("Trend"), this);
    auto* exportRows = new QPushButton(tr("Export…"), this);
    auto* reveal = new QPushButton(tr("Show in folder"), this);
    auto* remove = new QPushButton(tr("Remove from library"), this);
    auto* addFolder = new QPushButton(tr("Add folder…"), this);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    open->setToolTip(tr("Open the selected run"));
    compare->setToolTip(tr("Compare the selected runs; you choose the baseline"));
    trend->setToolTip(tr("One run selected: every run with its fingerprint; several: exactly those"));
    remove->setToolTip(tr("Forget the selected entries; the files stay where they are"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : { open, compare, trend, exportRows, reveal, remove })
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_progress);
    actions->addWidget(addFolder);
    actions->addWidget(refresh);
    auto* tablePart = new QWidget(this);
    auto* tl = new QVBoxLayout(tablePart);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addLayout(filters);
    tl->addLayout(actions);
    tl->addWidget(m_view, 1);
    tl->addWidget(m_status);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(tablePart);
    m_split->addWidget(m_trend);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_split);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200); // a search per pause in typing, not per key
    m_watchDelay->setSingleShot(true);
    m_watchDelay->setInterval(1500); // a run writes its folder in bursts: look once it settles
    connect(m_searchDelay, &QTimer::timeout, this, &LibraryView::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_from, &QDateEdit::dateChanged, this, &LibraryView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &LibraryView::reload);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_watchDelay, qOverload<>(&QTimer::start));
    connect(m_watchDelay, &QTimer::timeout, this, &LibraryView::refresh);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, &LibraryView::chooseColumns);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        emit openRequested({ m_model->entry(m_proxy->mapToSource(index).row()).path });
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const auto selected = selectedEntries();
        if (!selected.isEmpty())
            emit openRequested({ selected.first().path });
    });
    connect(compare, &QPushButton::clicked, this, [this] { compareSelection(); });
    connect(trend, &QPushButton::clicked, this, &LibraryView::trendOfSelection);
    connect(exportRows, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export library rows"), QDir::homePath() + u"/library.csv"_s, tr("CSV (*.csv)"));
        if (file.isEmpty())
            return;
        if (const Status s = exportSelection(file); !s)
            m_status->setText(s.error().toString());
    });
    connect(reveal, &QPushButton::clicked, this, [this] {
        for (const LibraryEntry& e : selectedEntries().mid(0, 1))
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(e.path).absolutePath()));
    });
    connect(remove, &QPushButton::clicked, this, &LibraryView::removeSelection);
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a folder of results to the library"));
        if (!dir.isEmpty())
            addPaths({ dir });
    });
    connect(refresh, &QPushButton::clicked, this, &LibraryView::refresh);
    connect(&m_work, &QFutureWatcher<LibraryUpdate>::finished, this, [this] {
        m_progress->setVisible(false);
        const LibraryUpdate u = m_work.result();
        QString text = tr("%n new, ", nullptr, u.added) + tr("%n updated, ", nullptr, u.updated) + tr("%n moved, ", nullptr, u.moved)
            + tr("%n missing, ", nullptr, u.missing) + tr("%n unreadable", nullptr, static_cast<int>(u.errors.size()));
        reload();
        m_status->setText(tr("%1 — last update: %2.").arg(statusText(), text));
        watchFolders();
        emit updated(u);
        if (!m_pending.isEmpty()) {
            const QStringList next = std::exchange(m_pending, {});
            addPaths(next);
        } else if (std::exchange(m_refreshPending, false)) {
            this->refresh();
        }
    });
}

LibraryView::~LibraryView()
{
    if (m_cancel)
        m_cancel->store(true); // stops after the batch being read
    m_work.waitForFinished();
}

void LibraryView::setDatabase(const QString& path)
{
    if (m_cancel)
        m_cancel->store(true);
    m_work.waitForFinished();
    // what was waiting was meant for the other database
    m_pending.clear();
    m_refreshPending = false;
    m_index.reset();
    m_database = path;
    auto opened = LibraryIndex::open(path);
    if (!opened) {
        m_status->setText(tr("The library cannot be used: %1").arg(opened.error().toString()));
        m_model->setEntries({});
        return;
    }
    m_index = std::move(opened).value();
    reload();
    if (!m_index->note().isEmpty())
        m_status->setText(m_index->note());
    watchFolders();
}

bool LibraryView::busy() const
{
    return m_work.isRunning();
}

void LibraryView::startWork(std::function<LibraryUpdate(LibraryIndex&, const LibraryUpdateOptions&)> work, const QString& what)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_progress->setFormat(what);
    QProgressBar* bar = m_progress;
    LibraryUpdateOptions options;
    options.cancel = m_cancel.get();
    options.progress = [bar](int done, int total) {
        QMetaObject::invokeMethod(bar, [bar, done, total] {
            bar->setRange(0, std::max(total, 1));
            bar->setValue(done);
        }, Qt::QueuedConnection);
    };
    const QString database = m_database;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel; // alive while the work runs
    // its own connection: a database connection belongs to the thread that opened it
    m_work.setFuture(QtConcurrent::run([database, work, options, cancel] {
        auto index = LibraryIndex::open(database);
        if (!index) {
            LibraryUpdate failed;
            failed.errors << index.error();
            return failed;
        }
        return work(*index.value(), options);
    }));
}

void LibraryView::addPaths(const QStringList& paths)
{
    if (paths.isEmpty() || m_database.isEmpty())
        return;
    if (m_work.isRunning()) {
        m_pending << paths;
        return;
    }
    startWork([paths](LibraryIndex& index, const LibraryUpdateOptions& o) { return index.add(paths, o); },
              tr("Indexing %p%"));
}

void LibraryView::refresh()
{
    if (m_database.isEmpty())
        return;
    if (m_work.isRunning()) {
        m_refreshPending = true;
        return;
    }
    startWork([](LibraryIndex& index, const LibraryUpdateOptions& o) { return index.refresh(o); }, tr("Checking files %p%"));
}

void LibraryView::setSearch(const QString& text)
{
    m_search->setText(text);
    reload();
}

void LibraryView::reload()
{
    m_searchDelay->stop();
    if (!m_index)
        return;
    LibraryQuery query;
    QStringList problems;
    for (const QString& word : m_search->text().split(u' ', Qt::SkipEmptyParts))
        if (const Status s = query.add(word); !s)
            problems << s.error().message;
    if (m_from->date() != kAnyDate)
        query.since = QDateTime(m_from->date(), QTime(0, 0), QTimeZone::utc());
    if (m_to->date() != kAnyDate)
        query.until = QDateTime(m_to->date().addDays(1), QTime(0, 0), QTimeZone::utc());
    const auto found = m_index->list(query);
    if (!found) {
        m_status->setText(found.error().toString());
        return;
    }
    m_model->setEntries(found.value());
    m_status->setText(problems.isEmpty() ? statusText() : problems.join(u"; "_s));
    emit reloaded();
}

QString LibraryView::statusText() const
{
    if (!m_index)
        return tr("No library.");
    return tr("%1 of %n run(s) shown. Library: %2", nullptr, m_index->count()).arg(m_model->rowCount()).arg(m_index->path());
}

QList<LibraryEntry> LibraryView::selectedEntries() const
{
    QList<LibraryEntry> out;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& r : rows)
        out << m_model->entry(m_proxy->mapToSource(r).row());
    return out;
}

void LibraryView::compareSelection(std::optional<int> baseline)
{
    const QList<LibraryEntry> selected = selectedEntries();
    if (selected.size() < 2) {
        m_status->setText(tr("Select at least two runs to compare."));
        return;
    }
    if (!baseline) {
        QStringList paths, names;
        for (const LibraryEntry& e : selected)
            paths << e.path;
        const QStringList files = distinctFileLabels(paths);
        for (qsizetype k = 0; k < selected.size(); ++k)
            //: a run to choose as the baseline: start, model, file
            names << tr("%1 — %2 (%3)").arg(Units::localDateTime(selected[k].fingerprint.startedUnix), selected[k].fingerprint.model, files[k]);
        // "before" against "after": the oldest run is offered, whatever the table's order (newest first)
        qsizetype oldest = 0;
        for (qsizetype k = 1; k < selected.size(); ++k) {
            const double t = selected[k].fingerprint.startedUnix, best = selected[oldest].fingerprint.startedUnix;
            if (t > 0 && (best <= 0 || t < best))
                oldest = k;
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Compare runs"), tr("Every other run is compared with the baseline:"), names,
                                                     static_cast<int>(oldest), false, &ok);
        if (!ok)
            return;
        baseline = static_cast<int>(names.indexOf(chosen));
    }
    QStringList paths;
    paths << selected.value(*baseline).path;
    for (int k = 0; k < selected.size(); ++k)
        if (k != *baseline)
            paths << selected[k].path;
    emit compareRequested(paths);
}

void LibraryView::trendOfSelection()
{
    if (!m_index)
        return;
    QList<LibraryEntry> selected = selectedEntries();
    if (selected.isEmpty()) {
        m_status->setText(tr("Select a run (its fingerprint's runs are trended) or several runs."));
        return;
    }
    if (selected.size() == 1) {
        LibraryQuery same;
        (void)same.add(u"fingerprint="_s + selected.first().fingerprint.key());
        const auto found = m_index->list(same);
        if (found)
            selected = found.value();
    }
    QList<LibraryEntry> runs;
    for (const LibraryEntry& e : selected) {
        if (e.status == EntryStatus::Unreadable)
            continue;
        const auto full = m_index->entry(e.id); // with its phases, for runs whose file is gone
        runs << (full ? full.value() : e);
    }
    // the trend asked for gets most of the height, so its chart is drawn large enough to read its dates
    const int total = m_split->sizes().value(0) + m_split->sizes().value(1);
    m_split->setSizes({ total * 2 / 5, total - total * 2 / 5 });
    m_trend->setRuns(runs);
}

Status LibraryView::exportSelection(const QString& file)
{
    QList<int> rows;
    for (const QModelIndex& r : m_view->selectionModel()->selectedRows())
        rows << r.row();
    if (rows.isEmpty())
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows << r;
    std::sort(rows.begin(), rows.end());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error{ tr("cannot write the file (%1)").arg(out.errorString()), file };
    QStringList header;
    for (int c = 0; c < LibraryTableModel::ColumnCount; ++c)
        header << csvField(m_model->headerData(c, Qt::Horizontal).toString());
    header << csvField(u"path"_s) << csvField(u"fingerprint"_s);
    out.write(header.join(u',').toUtf8() + '\n');
    for (int r : rows) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(r, 0));
        QStringList line;
        for (int c = 0; c < LibraryTableModel::ColumnCount; ++c)
            line << csvField(m_model->data(m_model->index(source.row(), c)).toString());
        const LibraryEntry& e = m_model->entry(source.row());
        line << csvField(e.path) << csvField(e.fingerprint.key());
        out.write(line.join(u',').toUtf8() + '\n');
    }
    if (!out.commit())
        return Error{ tr("cannot write the file (%1)").arg(out.errorString()), file };
    return Ok{};
}

void LibraryView::removeSelection()
{
    if (!m_index)
        return;
    QList<qint64> ids;
    for (const LibraryEntry& e : selectedEntries())
        ids << e.id;
    if (const Status s = m_index->remove(ids); !s)
        m_status->setText(s.error().toString());
    reload();
}

void LibraryView::watchFolders()
{
    if (!m_index)
        return;
    QStringList dirs;
    for (const QString& folder : m_index->folders()) {
        if (!QFileInfo(folder).isDir())
            continue;
        dirs << folder;
        // a run writes into a new folder under runs/: its parent changes first, then the new folder
        for (const QFileInfo& sub : QDir(folder).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time))
            if (dirs.size() < kMaxWatchedFolders)
                dirs << sub.absoluteFilePath();
    }
    const QStringList watched = m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (!dirs.isEmpty())
        m_watcher->addPaths(dirs.mid(0, kMaxWatchedFolders));
}

void LibraryView::chooseColumns(const QPoint& at)
{
    QMenu menu(this);
    for (int c = 0; c < LibraryTableModel::ColumnCount; ++c) {
        QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool shown) {
            m_view->setColumnHidden(c, !shown);
            QVariantList hidden;
            for (int k = 0; k < LibraryTableModel::ColumnCount; ++k)
                if (m_view->isColumnHidden(k))
                    hidden << k;
            QSettings().setValue(u"library/hiddenColumns"_s, hidden);
        });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(at));
}

} // namespace inferdeck
