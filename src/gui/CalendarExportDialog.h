#pragma once
// "Export calendar (iCalendar)…": the meetings and open follow-ups of a
// Jalali date range (this Jalali month unless changed) as an .ics file that
// Thunderbird and Google Calendar open, follow-ups as short events or, when
// ticked, as tasks. The file is made off the UI thread (CalendarExportRunner)
// and written through QSaveFile.
#include <QDialog>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace peyvand {

class CalendarExportRunner;
class JalaliDateEdit;
class Workspace;

class CalendarExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CalendarExportDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~CalendarExportDialog() override;

    JalaliDateEdit *fromEdit() const { return m_from; }
    JalaliDateEdit *toEdit() const { return m_to; }
    // What "Export…" does once the file is chosen: checks the dates (a message
    // in the dialog when they are wrong) and starts; false when it did not start.
    bool exportTo(const QString &path);
    bool isExporting() const;
    void reject() override; // while exporting: cancels, and closes when the worker has stopped

signals:
    void exportFinished(bool ok, qint64 meetings, qint64 followUps, const QString &message);

private:
    void chooseFile();
    void finish(bool ok, bool cancelled, qint64 meetings, qint64 followUps, const QString &error, const QString &path);
    void showMessage(const QString &text, bool error);

    Workspace &m_workspace;
    CalendarExportRunner *m_runner;
    JalaliDateEdit *m_from;
    JalaliDateEdit *m_to;
    QCheckBox *m_todos;
    QLabel *m_message;
    QProgressBar *m_busy;
    QPushButton *m_export;
    QPushButton *m_close;
    bool m_exporting = false;
    bool m_closeWhenStopped = false;
};

} // namespace peyvand
