#include "OpenRequestDialog.h"

#include "CustomerPicker.h"
#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "EnumCombo.h"
#include "PersianText.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand {

namespace {

constexpr int kOrderChoices = 50;

} // namespace

OpenRequestDialog::OpenRequestDialog(Workspace &workspace, qint64 customerId, qint64 orderId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_order(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_priority(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_formError(new QLabel(this))
{
    setObjectName(QStringLiteral("openRequestDialog"));
    setWindowTitle(tr("New service request"));
    setMinimumWidth(560);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    if (customerId) {
        const auto customer = m_workspace.store().customers().get(customerId);
        m_customerId = customer ? customerId : 0;
        auto *name = new QLabel(customer ? customer->displayName() : QString(), this);
        name->setObjectName(QStringLiteral("customerName"));
        form->addRow(tr("Customer:"), name);
    } else {
        m_picker = new CustomerPicker(workspace, this);
        m_picker->setObjectName(QStringLiteral("customerPicker"));
        auto *label = new QLabel(tr("&Customer:"), this);
        label->setBuddy(m_picker->lineEdit());
        form->addRow(label, m_picker);
        connect(m_picker, &CustomerPicker::customerChanged, this, [this](qint64 id) {
            m_customerId = id;
            loadOrders(id, 0);
            updateSaveButton();
        });
    }
    m_order->setObjectName(QStringLiteral("orderCombo"));
    auto *orderLabel = new QLabel(tr("&Order:"), this);
    orderLabel->setBuddy(m_order);
    form->addRow(orderLabel, m_order);

    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setPlaceholderText(tr("e.g. The pump leaks after installation"));
    auto *subjectLabel = new QLabel(tr("&Subject:"), this);
    subjectLabel->setBuddy(m_subject);
    form->addRow(subjectLabel, m_subject);

    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(110);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, m_description);

    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    EnumCombo::fill<Priority>(m_priority);
    EnumCombo::select(m_priority, Priority::Normal);
    auto *priorityLabel = new QLabel(tr("&Priority:"), this);
    priorityLabel->setBuddy(m_priority);
    form->addRow(priorityLabel, m_priority);

    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_assignee->addItem(tr("Nobody yet"), 0);
    for (const User &u : m_workspace.users())
        m_assignee->addItem(u.fullName.isEmpty() ? u.username : u.fullName, u.id);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(m_workspace.user().id)));
    auto *assigneeLabel = new QLabel(tr("&Assignee:"), this);
    assigneeLabel->setBuddy(m_assignee);
    form->addRow(assigneeLabel, m_assignee);

    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_formError->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setText(tr("Open request"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_subject, &QLineEdit::textChanged, this, &OpenRequestDialog::updateSaveButton);
    loadOrders(m_customerId, orderId);
    updateSaveButton();
    if (m_picker)
        m_picker->setFocus();
    else
        m_subject->setFocus();
}

void OpenRequestDialog::loadOrders(qint64 customerId, qint64 selectOrderId)
{
    m_order->clear();
    m_order->addItem(tr("No particular order"), 0);
    if (customerId) {
        for (const Order &o : m_workspace.store().orders().forCustomer(customerId, kOrderChoices))
            m_order->addItem(tr("%1 — %2, %3")
                                 .arg(Display::isolate(Display::digits(o.number)), Display::label(o.status),
                                      Display::date(o.createdAt.toLocalTime().date())),
                             o.id);
    }
    m_order->setCurrentIndex(std::max(0, m_order->findData(selectOrderId)));
    m_order->setEnabled(m_order->count() > 1);
}

void OpenRequestDialog::updateSaveButton()
{
    const bool subject = !PersianText::tidy(m_subject->text()).isEmpty();
    m_save->setEnabled(m_customerId != 0 && subject);
    m_save->setToolTip(m_customerId == 0 ? tr("Pick the customer first.")
                           : subject     ? QString()
                                         : tr("Enter the subject."));
}

void OpenRequestDialog::accept()
{
    if (!m_save->isEnabled())
        return;
    ServiceRequest r;
    r.customerId = m_customerId;
    if (const qint64 order = m_order->currentData().toLongLong())
        r.orderId = order;
    r.subject = m_subject->text();
    r.description = m_description->toPlainText();
    r.priority = EnumCombo::value<Priority>(m_priority);
    r.assigneeId = m_assignee->currentData().toLongLong();
    try {
        m_requestId = m_workspace.requests().open(r);
    } catch (const ValidationError &e) {
        m_formError->setText(Display::error(e));
        m_formError->show();
        return;
    } catch (const DatabaseError &e) {
        QMessageBox::critical(this, tr("Database error"), DatabaseErrorText::whileSaving(e));
        return;
    }
    emit m_workspace.requestChanged(m_requestId, m_customerId);
    QDialog::accept();
}

} // namespace peyvand
