#include "NewOrderDialog.h"

#include "CustomerPicker.h"
#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "Display.h"
#include "OrderLinesEditor.h"
#include "RoleGate.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand {

NewOrderDialog::NewOrderDialog(Workspace &workspace, qint64 customerId, std::optional<qint64> dealId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_dealId(dealId)
    , m_lines(new OrderLinesEditor(this))
    , m_formError(new QLabel(this))
{
    setObjectName(QStringLiteral("newOrderDialog"));
    setMinimumSize(680, 460);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    std::optional<Deal> deal;
    if (dealId) {
        deal = m_workspace.store().deals().get(*dealId);
        if (deal) {
            customerId = deal->customerId;
            m_dealOwnerId = deal->ownerId;
        }
    }
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
            checkCustomer();
            updateSaveButton();
        });
    }
    if (deal) {
        setWindowTitle(tr("New order from a won deal"));
        auto *title = new QLabel(RoleGate::showsDealAmounts(m_workspace.user())
                                     ? tr("%1 (%2)").arg(deal->title, Display::money(deal->amount))
                                     : deal->title,
                                 this);
        title->setObjectName(QStringLiteral("dealTitle"));
        form->addRow(tr("Deal:"), title);
        OrderLine first;
        first.product = deal->title;
        first.quantity = 1;
        first.unitPrice = deal->amount;
        m_lines->setLines({ first });
        if (deal->status != DealStatus::Won)
            m_formError->setText(tr("Only a won deal becomes an order."));
    } else {
        setWindowTitle(tr("New order"));
        m_lines->addLine();
    }

    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_formError->setVisible(!m_formError->text().isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setText(tr("Save order"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewOrderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
    connect(m_lines, &OrderLinesEditor::changed, this, &NewOrderDialog::updateSaveButton);
    checkCustomer();
    updateSaveButton();
}

void NewOrderDialog::checkCustomer()
{
    m_refusal.clear();
    if (m_customerId == 0) {
        if (!m_dealId)
            m_formError->hide();
        return;
    }
    // The order's owner: its deal's, else its customer's.
    qint64 owner = m_dealOwnerId;
    if (!m_dealId) {
        const auto customer = m_workspace.store().customers().get(m_customerId);
        owner = customer ? customer->ownerId : 0;
    }
    m_refusal = RoleGate::decideOn(m_workspace.user(), Permission::EditOrders, owner).reason;
    if (!m_dealId) { // said beside the form, not only on the disabled button
        m_formError->setText(m_refusal);
        m_formError->setVisible(!m_refusal.isEmpty());
    }
}

bool NewOrderDialog::canSave() const
{
    return m_customerId != 0 && m_refusal.isEmpty() && m_lines->lines().has_value()
        && !(m_dealId && m_formError->text() == tr("Only a won deal becomes an order."));
}

void NewOrderDialog::updateSaveButton()
{
    m_save->setEnabled(canSave());
    m_save->setToolTip(m_customerId == 0 ? tr("Pick the customer first.")
                                         : (m_refusal.isEmpty() ? m_lines->error() : m_refusal));
}

void NewOrderDialog::accept()
{
    if (!canSave())
        return;
    try {
        if (m_dealId) {
            m_orderId = m_workspace.orders().createFromDeal(*m_dealId, *m_lines->lines(), m_workspace.user().id);
        } else {
            Order order;
            order.customerId = m_customerId;
            order.lines = *m_lines->lines();
            m_orderId = m_workspace.orders().create(order, m_workspace.user().id);
        }
    } catch (const ValidationError &e) {
        m_formError->setText(Display::error(e));
        m_formError->show();
        return;
    } catch (const DatabaseError &e) {
        QMessageBox::critical(this, tr("Database error"), DatabaseErrorText::whileSaving(e));
        return;
    }
    emit m_workspace.orderChanged(m_orderId, m_customerId);
    QDialog::accept();
}

} // namespace peyvand
