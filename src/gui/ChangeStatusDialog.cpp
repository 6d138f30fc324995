#include "ChangeStatusDialog.h"

#include "EnumCombo.h"
#include "OrderStatusFlow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand {

ChangeStatusDialog::ChangeStatusDialog(const QString &orderNumber, OrderStatus current, QWidget *parent)
    : QDialog(parent)
    , m_next(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("changeStatusDialog"));
    setWindowTitle(tr("Change the status of order %1").arg(Display::digits(orderNumber)));
    setMinimumWidth(420);
    auto *form = new QFormLayout;
    auto *now = new QLabel(Display::label(current), this);
    now->setObjectName(QStringLiteral("currentStatusLabel"));
    form->addRow(tr("Now:"), now);
    m_next->setObjectName(QStringLiteral("nextStatusCombo"));
    for (OrderStatus s : OrderStatusFlow::nextStatuses(current))
        m_next->addItem(Display::label(s), int(s));
    auto *nextLabel = new QLabel(tr("&New status:"), this);
    nextLabel->setBuddy(m_next);
    form->addRow(nextLabel, m_next);
    m_note->setObjectName(QStringLiteral("statusNoteEdit"));
    m_note->setPlaceholderText(tr("Optional, e.g. the courier's name"));
    auto *noteLabel = new QLabel(tr("N&ote:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (m_next->count() == 0) {
        auto *finalLabel
            = new QLabel(tr("An order that is %1 cannot change any more.").arg(Display::label(current)), this);
        finalLabel->setObjectName(QStringLiteral("finalStatusLabel"));
        finalLabel->setWordWrap(true);
        layout->addWidget(finalLabel);
        m_next->setEnabled(false);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_apply = buttons->button(QDialogButtonBox::Ok);
    m_apply->setObjectName(QStringLiteral("applyStatusButton"));
    m_apply->setText(tr("Change status"));
    m_apply->setEnabled(m_next->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<OrderStatus> ChangeStatusDialog::offered() const
{
    QList<OrderStatus> result;
    for (int i = 0; i < m_next->count(); ++i)
        result << OrderStatus(m_next->itemData(i).toInt());
    return result;
}

void ChangeStatusDialog::select(OrderStatus status)
{
    EnumCombo::select(m_next, status);
}

OrderStatus ChangeStatusDialog::status() const
{
    return EnumCombo::value<OrderStatus>(m_next);
}

QString ChangeStatusDialog::note() const
{
    return m_note->text();
}

} // namespace peyvand
