#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace peyvand::AppPaths {

QString dataDirectory()
{
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("Peyvand"));
    if (QCoreApplication::applicationName() != QStringLiteral("peyvand"))
        QCoreApplication::setApplicationName(QStringLiteral("peyvand"));
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/peyvand");
    QDir().mkpath(dir);
    return dir;
}

QString defaultDatabase()
{
    return dataDirectory() + QStringLiteral("/peyvand.sqlite");
}

QString logDirectory()
{
    const QString dir = dataDirectory() + QStringLiteral("/logs");
    QDir().mkpath(dir);
    return dir;
}

} // namespace peyvand::AppPaths
