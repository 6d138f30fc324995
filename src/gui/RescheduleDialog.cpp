#include "RescheduleDialog.h"

#include "JalaliDateEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace peyvand {

RescheduleDialog::RescheduleDialog(const QDateTime &initial, QWidget *parent)
    : QDialog(parent)
    , m_date(new JalaliDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("rescheduleDialog"));
    setWindowTitle(tr("Reschedule follow-up"));
    const QDateTime local = initial.toLocalTime();
    m_date->setObjectName(QStringLiteral("rescheduleDateEdit"));
    m_date->setRequired(true);
    m_date->setDate(local.date());
    m_time->setObjectName(QStringLiteral("rescheduleTimeEdit"));
    m_time->setLayoutDirection(Qt::LeftToRight); // before the format: right to left it shows minutes first
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(QTime(local.time().hour(), local.time().minute()));
    m_error->setObjectName(QStringLiteral("rescheduleError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    connect(m_date, &JalaliDateEdit::textEdited, m_error, &QLabel::hide);

    auto *when = new QHBoxLayout;
    when->addWidget(m_date, 1);
    when->addWidget(m_time);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&New time:"), this);
    label->setBuddy(m_date);
    form->addRow(label, when);
    form->addRow(QString(), m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RescheduleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_date->setFocus();
}

QDateTime RescheduleDialog::when() const
{
    const QDate date = m_date->date();
    if (!date.isValid())
        return {};
    return QDateTime(date, QTime(m_time->time().hour(), m_time->time().minute()));
}

void RescheduleDialog::accept()
{
    if (const QString error = m_date->errorText(); !error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        m_date->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace peyvand
