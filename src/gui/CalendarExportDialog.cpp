#include "CalendarExportDialog.h"

#include "CalendarExportRunner.h"
#include "Display.h"
#include "JalaliDate.h"
#include "JalaliDateEdit.h"
#include "ReportPeriod.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand {

CalendarExportDialog::CalendarExportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_runner(new CalendarExportRunner(workspace.store().openLocation(), workspace.clock(), this))
{
    setObjectName(QStringLiteral("calendarExportDialog"));
    setWindowTitle(tr("Export calendar"));

    auto *intro = new QLabel(tr("The meetings and open follow-ups of these days, as an iCalendar (.ics) file "
                                "for Thunderbird, Google Calendar or a phone's calendar. Times are kept exactly; "
                                "titles are in Persian with the Jalali date."),
                             this);
    intro->setWordWrap(true);

    m_from = new JalaliDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setRequired(true);
    m_to = new JalaliDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setRequired(true);
    const ReportPeriod month = ReportPeriod::preset(PeriodPreset::ThisMonth, businessDay(workspace.clock().now()));
    m_from->setDate(month.from);
    m_to->setDate(month.to);
    m_todos = new QCheckBox(tr("Follow-ups as tasks (Google Calendar does not show tasks)"), this);
    m_todos->setObjectName(QStringLiteral("followUpsAsTasksCheck"));

    auto *form = new QFormLayout;
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(QString(), m_todos);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("calendarMessageLabel"));
    m_message->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("calendarProgressBar"));
    m_busy->setRange(0, 0); // one query: no steps to count
    m_busy->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_export, &QPushButton::clicked, this, &CalendarExportDialog::chooseFile);
    connect(m_close, &QPushButton::clicked, this, &CalendarExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 300);
}

CalendarExportDialog::~CalendarExportDialog()
{
    m_runner->cancel();
    m_runner->wait();
}

bool CalendarExportDialog::isExporting() const
{
    return m_exporting;
}

void CalendarExportDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void CalendarExportDialog::chooseFile()
{
    if (isExporting())
        return;
    // Check the dates before asking for a file.
    if (!m_from->errorText().isEmpty() || !m_to->errorText().isEmpty() || m_to->date() < m_from->date()) {
        exportTo(QString());
        return;
    }
    const QString name = tr("peyvand-calendar-%1.ics")
                             .arg(JalaliDate::format(m_from->date()).replace(QLatin1Char('/'), QLatin1Char('-')));
    QString path = QFileDialog::getSaveFileName(this, tr("Export calendar"), name, tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    exportTo(path);
}

bool CalendarExportDialog::exportTo(const QString &path)
{
    if (isExporting())
        return false;
    QString problem;
    if (const QString e = m_from->errorText(); !e.isEmpty())
        problem = tr("From: %1").arg(e);
    else if (const QString e2 = m_to->errorText(); !e2.isEmpty())
        problem = tr("To: %1").arg(e2);
    else if (m_to->date() < m_from->date())
        problem = tr("The last day is before the first.");
    else if (path.isEmpty())
        problem = tr("Choose the file to write.");
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return false;
    }
    CalendarExportOptions options = CalendarExportOptions::days(m_from->date(), m_to->date());
    options.followUpsAsTodos = m_todos->isChecked();
    showMessage(tr("Exporting…"), false);
    m_exporting = true;
    m_busy->show();
    m_export->setEnabled(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_todos->setEnabled(false);
    connect(
        m_runner, &CalendarExportRunner::finished, this,
        [this, path](bool ok, bool cancelled, qint64 meetings, qint64 followUps, const QString &error) {
            finish(ok, cancelled, meetings, followUps, error, path);
        },
        Qt::SingleShotConnection);
    m_runner->setUser(m_workspace.user());
    m_runner->start(path, options);
    return true;
}

void CalendarExportDialog::finish(bool ok, bool cancelled, qint64 meetings, qint64 followUps, const QString &error,
                                  const QString &path)
{
    m_exporting = false;
    m_busy->hide();
    m_export->setEnabled(true);
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    m_todos->setEnabled(true);
    QString message;
    if (ok)
        message = tr("%1 meetings and %2 follow-ups exported to %3")
                      .arg(Display::number(meetings), Display::number(followUps), Display::isolate(path));
    else if (cancelled)
        message = tr("The export was cancelled; no file was written.");
    else
        message = error;
    showMessage(message, !ok);
    emit exportFinished(ok, meetings, followUps, message);
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QDialog::reject();
    }
}

void CalendarExportDialog::reject()
{
    if (isExporting()) {
        m_closeWhenStopped = true;
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace peyvand
