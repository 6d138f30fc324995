#include "DatabaseSwitch.h"

#include "DataStoreFactory.h"
#include "DatabaseChoiceDialog.h"
#include "UiSettings.h"

#include <QCoreApplication>
#include <QProcess>
#include <spdlog/spdlog.h>

namespace peyvand::DatabaseSwitch {

namespace {

bool g_restart = false;

} // namespace

bool choose(const QString &current, QWidget *parent)
{
    DatabaseChoiceDialog dialog(current, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.location() == current)
        return false;
    UiSettings::setDatabaseLocation(dialog.location());
    spdlog::info("database changed to {}", DataStoreFactory::displayName(dialog.location()).toStdString());
    g_restart = true;
    return true;
}

void requestRestart()
{
    g_restart = true;
}

bool restartPending()
{
    return g_restart;
}

void restartIfPending()
{
    if (!g_restart)
        return;
    g_restart = false;
    QStringList args = QCoreApplication::arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size()) {
            args.remove(i, 2);
            --i;
        } else if (args[i].startsWith(QLatin1String("--db=")) || args[i].startsWith(QLatin1String("--user"))) {
            if (args[i] == QLatin1String("--user") && i + 1 < args.size())
                args.remove(i + 1);
            args.remove(i);
            --i;
        }
    }
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), args))
        spdlog::error("could not start Peyvand again");
}

} // namespace peyvand::DatabaseSwitch
