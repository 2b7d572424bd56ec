#include "dialogs/filedialogbuttons.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QPushButton>
#include <QSaveFile>

namespace inferdeck {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(FileDialogButtons)
};

} // namespace

QDialogButtonBox* editorButtons(QDialog* dialog, const QString& what, const QString& filter, std::function<void(const QString&)> load,
                                std::function<void(const QString&)> save)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* open = buttons->addButton(Tr::tr("Open…"), QDialogButtonBox::ActionRole);
    QPushButton* saveButton = buttons->addButton(Tr::tr("Save…"), QDialogButtonBox::ActionRole);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(open, &QPushButton::clicked, dialog, [dialog, what, filter, load] {
        const QString path = QFileDialog::getOpenFileName(dialog, Tr::tr("Open %1").arg(what), QString(), filter);
        if (!path.isEmpty())
            load(path);
    });
    QObject::connect(saveButton, &QPushButton::clicked, dialog, [dialog, what, filter, save] {
        const QString path = QFileDialog::getSaveFileName(dialog, Tr::tr("Save %1").arg(what), QString(), filter);
        if (!path.isEmpty())
            save(path);
    });
    return buttons;
}

QString writeTextFile(const QString& path, const QByteArray& text)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit())
        return Tr::tr("%1: cannot write: %2").arg(path, f.errorString());
    return {};
}

} // namespace inferdeck
