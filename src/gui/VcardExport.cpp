#include "VcardExport.h"

#include "Display.h"
#include "VcardExportRunner.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>

namespace peyvand {

VcardExport::VcardExport(const QString &databasePath, QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_runner(new VcardExportRunner(databasePath, this))
{
}

std::optional<VcardExport::Target> VcardExport::chooseFile(const QString &suggestedName) const
{
    const QString v3 = tr("vCard 3.0, for phones and Outlook (*.vcf)");
    const QString v4 = tr("vCard 4.0 (*.vcf)");
    QString filter = v3;
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Export to vCard"), suggestedName,
                                                v3 + QStringLiteral(";;") + v4, &filter);
    if (path.isEmpty())
        return std::nullopt;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".vcf");
    return Target { path, filter == v4 ? VcardVersion::V4 : VcardVersion::V3 };
}

void VcardExport::setUser(const User &user)
{
    m_runner->setUser(user);
}

bool VcardExport::isRunning() const
{
    return m_runner->isRunning();
}

void VcardExport::exportCustomers(const Target &target, const CustomerQuery &query)
{
    if (isRunning())
        return;
    watch(target.path);
    m_runner->startCustomers(target.path, query, target.version);
}

void VcardExport::exportContacts(const Target &target, qint64 companyId)
{
    if (isRunning())
        return;
    watch(target.path);
    m_runner->startContacts(target.path, companyId, target.version);
}

void VcardExport::watch(const QString &path)
{
    auto *progress = new QProgressDialog(tr("Exporting vCards…"), tr("Cancel"), 0, 1000, m_parent);
    progress->setObjectName(QStringLiteral("vcardExportProgressDialog"));
    progress->setWindowTitle(tr("Export to vCard"));
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, m_runner, &VcardExportRunner::cancel);
    connect(m_runner, &VcardExportRunner::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        progress->setLabelText(tr("Exporting vCards… %1 of %2").arg(Display::number(done), Display::number(total)));
    });
    connect(
        m_runner, &VcardExportRunner::finished, this,
        [this, progress, path](bool ok, bool cancelled, qint64 cards, const QString &error) {
            m_runner->disconnect(progress);
            progress->deleteLater();
            QString message;
            if (ok)
                message = tr("%1 vCards exported to %2").arg(Display::number(cards), Display::isolate(path));
            else if (cancelled)
                message = tr("The export was cancelled; no file was written.");
            else
                message = error;
            if (!ok && !cancelled)
                QMessageBox::warning(m_parent, tr("Export to vCard"), message);
            emit finished(ok, cards, message);
        },
        Qt::SingleShotConnection);
}

} // namespace peyvand
