#pragma once
// "Database": where the app's data lives — this computer's database file (the
// default, no server needed) or a team's PostgreSQL server (host, port and
// database name; each person then signs in with their own username and
// password, which are never kept). Used by the sign-in dialogs and Settings.
#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace peyvand {

class DatabaseChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    // current: the location in use (a file path or a postgresql:// URL).
    explicit DatabaseChoiceDialog(const QString &current, QWidget *parent = nullptr);

    // The chosen location: a file path, or postgresql://host:port/database.
    QString location() const;
    void accept() override; // checks the fields; stays open with the reason

    QRadioButton *fileChoice() const { return m_file; }
    QRadioButton *serverChoice() const { return m_server; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }

private:
    void updateEnabled();

    QRadioButton *m_file;
    QRadioButton *m_server;
    QLineEdit *m_path;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLabel *m_error;
};

} // namespace peyvand
