#pragma once
// The QApplication of the desktop app. An exception escaping an event handler
// (a database that became locked or read-only, a disk that filled up) is shown
// to the user in a dialog and logged, instead of ending the program.
#include <QApplication>

namespace peyvand {

class SafeApplication : public QApplication
{
    Q_OBJECT
public:
    SafeApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;
};

} // namespace peyvand
