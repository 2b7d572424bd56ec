#include "compare/resultlabels.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck {

QStringList distinctFileLabels(const QStringList& paths)
{
    QList<QStringList> parts; // each path's components, file name last
    for (const QString& p : paths)
        parts << QDir::cleanPath(QFileInfo(p).absoluteFilePath()).split(u'/', Qt::SkipEmptyParts);
    QList<int> depth(paths.size(), 1); // components shown, from the end
    const auto label = [&](qsizetype i) { return parts[i].mid(std::max<qsizetype>(0, parts[i].size() - depth[i])).join(u'/'); };
    // each round, files whose label another file shares show one folder more; a label is never longer than needed
    for (bool grew = true; grew;) {
        grew = false;
        QHash<QString, QSet<QString>> files; // label → the different files showing it
        for (qsizetype i = 0; i < paths.size(); ++i)
            files[label(i)].insert(parts[i].join(u'/'));
        for (qsizetype i = 0; i < paths.size(); ++i)
            if (files.value(label(i)).size() > 1 && depth[i] < parts[i].size()) {
                ++depth[i];
                grew = true;
            }
    }
    QStringList out;
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString l = label(i);
        const int n = ++seen[l];
        out << (n == 1 ? l : u"%1 (%2)"_s.arg(l).arg(n));
    }
    return out;
}

} // namespace inferdeck
