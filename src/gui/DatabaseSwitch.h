#pragma once
// Changing the database the app works on (Settings, the sign-in dialogs):
// the choice is kept (UiSettings::databaseLocation) and the app starts again
// on it, so nothing of the old database or its signed-in user stays open.
// The same restart serves "switch user" on a server, where each person's
// connection is their own database role.
#include <QString>

class QWidget;

namespace peyvand::DatabaseSwitch {

// Asks where the data lives (DatabaseChoiceDialog); true when another
// location was chosen, kept, and a restart is pending.
bool choose(const QString &current, QWidget *parent);
// Asks for a restart on the kept location when the event loop ends.
void requestRestart();
bool restartPending();
// Starts the app again (without --db, so the kept location applies) when a
// restart is pending; main() calls it on the way out.
void restartIfPending();

} // namespace peyvand::DatabaseSwitch
