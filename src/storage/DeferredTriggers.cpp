#include "DeferredTriggers.h"

#include "DatabaseError.h"
#include "SqliteDatabase.h"

namespace peyvand {

DeferredTriggers::DeferredTriggers(SqliteDatabase &db, std::initializer_list<const char *> names)
    : m_db(db)
{
    auto q = m_db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?");
    for (const char *name : names) {
        q->bind(1, QString::fromLatin1(name));
        if (!q->step())
            throw DatabaseError(QStringLiteral("%1: bulk loading needs the trigger %2, which the schema does not have")
                                    .arg(m_db.path(), QString::fromLatin1(name)));
        m_names << QByteArray(name);
        m_sql << q->text(0).toUtf8();
        q->reset();
    }
}

void DeferredTriggers::drop()
{
    for (const QByteArray &name : m_names)
        m_db.exec(("DROP TRIGGER " + name).constData());
}

void DeferredTriggers::restore()
{
    for (const QByteArray &sql : m_sql)
        m_db.exec(sql.constData());
}

} // namespace peyvand
