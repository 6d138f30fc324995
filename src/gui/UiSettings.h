#pragma once
// The desktop app's preferences, kept with QSettings: language, money unit,
// who is signed in on which database, window geometry and the last view.
#include <QByteArray>
#include <QString>

namespace peyvand::UiSettings {

enum class Language { Persian, English };
enum class MoneyUnit { Rial, Toman };

Language language();
void setLanguage(Language language);
MoneyUnit moneyUnit();
void setMoneyUnit(MoneyUnit unit);

// The username last signed in on the database at `location` (empty: none yet);
// the sign-in dialog starts with it. Passwords are never kept.
QString lastUserName(const QString &location);
void setLastUserName(const QString &location, const QString &userName);

// The database the app opens when started without --db: a file path or a
// postgresql://host:port/database URL (never with a password); empty: the
// embedded database in the data directory (AppPaths::defaultDatabase).
QString databaseLocation();
void setDatabaseLocation(const QString &location);

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);
QString lastView();
void setLastView(const QString &view);

// Whether the demo-data offer was declined for the database at `location`.
bool demoDeclined(const QString &location);
void setDemoDeclined(const QString &location);

} // namespace peyvand::UiSettings
