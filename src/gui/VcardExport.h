#pragma once
// "Export to vCard…" for the screens that offer it (the individual customer
// list, a company's buying center): a save dialog whose file types choose
// vCard 3.0 (the default, what phones and Outlook read best) or 4.0, then the
// export off the UI thread (VcardExportRunner) with a progress dialog that
// can cancel it; `finished` tells the end with a message in the UI language.
#include "CustomerQuery.h"
#include "User.h"
#include "VcardContact.h"

#include <QObject>
#include <optional>

class QWidget;

namespace peyvand {

class VcardExportRunner;

class VcardExport : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString path;
        VcardVersion version = VcardVersion::V3;
    };

    VcardExport(const QString &databasePath, QWidget *parent);

    // Asks where to save (and in which version); nullopt when the person cancels.
    std::optional<Target> chooseFile(const QString &suggestedName) const;
    void exportCustomers(const Target &target, const CustomerQuery &query);
    void exportContacts(const Target &target, qint64 companyId);
    bool isRunning() const;
    // The user the export acts as (the workspace's), set before each export.
    void setUser(const User &user);

signals:
    void finished(bool ok, qint64 cards, const QString &message);

private:
    void watch(const QString &path);

    QWidget *m_parent;
    VcardExportRunner *m_runner;
};

} // namespace peyvand
