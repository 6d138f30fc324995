#pragma once
// The desktop app's main window. For now a right-to-left shell with the signed-in
// database in the status bar; the workspace screens arrive with the next issue.
#include <QMainWindow>

namespace peyvand {

class DataStore;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DataStore &store, QWidget *parent = nullptr);

private:
    DataStore &m_store;
};

} // namespace peyvand
