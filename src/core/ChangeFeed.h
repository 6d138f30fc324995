#pragma once
// Changes other programs made to the shared database, as they commit (team
// mode: PostgreSQL's LISTEN/NOTIFY, see docs/team-mode.md "Live updates").
// A single PC's SQLite file has none: the one program there already tells its
// own views what it changed.
//
// changed(): one committed row of `entity` ("customers", "contacts", "deals",
// "activities", "orders", "service_requests") with its id and its customer's
// id (a contact's, deal's… customer; a customer's own id). Changes this
// program's own connection made are not reported. dataReset(): too much
// changed at once, or changes may have been missed (the feed lost its
// connection and is back): reload everything shown.
#include <QObject>
#include <QString>

namespace peyvand {

class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ChangeFeed() override = default;

    // True while notices arrive (e.g. connected and listening).
    virtual bool isListening() const = 0;

signals:
    void changed(const QString &entity, qint64 id, qint64 customerId);
    void dataReset();
    // Notices arrive from now on (first time, and again after a reconnect).
    void listening();
};

} // namespace peyvand
