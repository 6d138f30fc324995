#include "UiSettings.h"

#include <QCryptographicHash>
#include <QSettings>

namespace peyvand::UiSettings {

namespace {

// Paths make poor settings keys (slashes are groups); a hash is stable and flat.
QString keyFor(const QString &prefix, const QString &location)
{
    return prefix + QLatin1Char('/')
        + QString::fromLatin1(QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

Language language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString() == QLatin1String("en") ? Language::English
                                                                                              : Language::Persian;
}

void setLanguage(Language language)
{
    QSettings().setValue(QStringLiteral("ui/language"),
                         language == Language::English ? QStringLiteral("en") : QStringLiteral("fa"));
}

MoneyUnit moneyUnit()
{
    return QSettings().value(QStringLiteral("ui/money")).toString() == QLatin1String("toman") ? MoneyUnit::Toman
                                                                                              : MoneyUnit::Rial;
}

void setMoneyUnit(MoneyUnit unit)
{
    QSettings().setValue(QStringLiteral("ui/money"),
                         unit == MoneyUnit::Toman ? QStringLiteral("toman") : QStringLiteral("rial"));
}

QString lastUserName(const QString &location)
{
    return QSettings().value(keyFor(QStringLiteral("last-user"), location)).toString();
}

void setLastUserName(const QString &location, const QString &userName)
{
    QSettings().setValue(keyFor(QStringLiteral("last-user"), location), userName);
}

QString databaseLocation()
{
    return QSettings().value(QStringLiteral("database/location")).toString();
}

void setDatabaseLocation(const QString &location)
{
    QSettings().setValue(QStringLiteral("database/location"), location);
}

QByteArray windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(QStringLiteral("window/geometry"), geometry);
}

QString lastView()
{
    return QSettings().value(QStringLiteral("window/view")).toString();
}

void setLastView(const QString &view)
{
    QSettings().setValue(QStringLiteral("window/view"), view);
}

bool demoDeclined(const QString &location)
{
    return QSettings().value(keyFor(QStringLiteral("demo-declined"), location)).toBool();
}

void setDemoDeclined(const QString &location)
{
    QSettings().setValue(keyFor(QStringLiteral("demo-declined"), location), true);
}

} // namespace peyvand::UiSettings
