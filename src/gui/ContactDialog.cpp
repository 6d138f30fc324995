#include "ContactDialog.h"

#include "ConcurrentChangeBox.h"
#include "ConcurrentChangeError.h"
#include "DatabaseError.h"
#include "Display.h"
#include "EnumCombo.h"
#include "FormValidator.h"
#include "IranianIds.h"
#include "PersianText.h"
#include "PhoneNumber.h"
#include "RoleGate.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace peyvand {

namespace {

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

ContactDialog::ContactDialog(Workspace &workspace, qint64 customerId, qint64 contactId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_validation(new FormValidator(this))
{
    setObjectName(QStringLiteral("contactDialog"));
    load(customerId, contactId);
    if (m_loadError.isEmpty()) { // a company the user may not change: say so instead of refusing later
        const auto company = m_workspace.store().customers().get(customerId);
        m_loadError
            = RoleGate::decideOn(m_workspace.user(), Permission::EditCustomers, company ? company->ownerId : 0).reason;
    }
    buildLayout();
    fillFields();
    connect(m_validation, &FormValidator::validityChanged, this, &ContactDialog::updateSaveButton);
    updateSaveButton();
}

void ContactDialog::load(qint64 customerId, qint64 contactId)
{
    m_contact.customerId = customerId;
    try {
        const auto kind = m_workspace.store().customers().kindOf(customerId);
        if (!kind)
            m_loadError = tr("The customer does not exist.");
        else if (*kind != CustomerKind::Legal)
            m_loadError = tr("Contact persons belong to companies only.");
        else
            m_companyName = m_workspace.customers().get(customerId).displayName();
        if (contactId != 0) {
            const auto contact = m_workspace.store().contacts().get(contactId);
            if (contact && contact->customerId == customerId) {
                m_contact = *contact;
                m_editing = true;
            } else {
                m_loadError = tr("This contact person does not exist.");
            }
        }
    } catch (const ValidationError &e) {
        m_loadError = Display::error(e);
    } catch (const DatabaseError &e) {
        m_loadError = tr("The contact could not be read: %1").arg(QString::fromUtf8(e.what()));
    }
}

void ContactDialog::buildLayout()
{
    if (m_editing)
        setWindowTitle(tr("Edit contact: %1").arg(m_contact.displayName()));
    else
        setWindowTitle(tr("New contact at %1").arg(m_companyName));

    auto *person = new QGroupBox(tr("Person"), this);
    m_firstName = lineEdit(QStringLiteral("firstNameEdit"), person);
    m_lastName = lineEdit(QStringLiteral("lastNameEdit"), person);
    m_jobTitle = lineEdit(QStringLiteral("jobTitleEdit"), person);
    FieldValidator *name
        = m_validation->add(QStringLiteral("lastName"), { QStringLiteral("last_name"), QStringLiteral("first_name") });
    name->setRequired(
        [this] {
            return PersianText::tidy(m_lastName->text()).isEmpty() && PersianText::tidy(m_firstName->text()).isEmpty();
        },
        tr("Enter a first or last name"));
    name->watch(m_lastName);
    connect(m_firstName, &QLineEdit::textChanged, name, &FieldValidator::revalidate);
    auto *personForm = new QFormLayout(person);
    personForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    personForm->addRow(tr("&First name:"), m_firstName);
    personForm->addRow(tr("&Last name:"), name->wrap(m_lastName));
    personForm->addRow(tr("&Job title:"), m_jobTitle);

    auto *buying = new QGroupBox(tr("Buying center"), this);
    m_role = new QComboBox(buying);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    EnumCombo::fill<BuyingRole>(m_role);
    m_influence = new QSpinBox(buying);
    m_influence->setObjectName(QStringLiteral("influenceSpin"));
    m_influence->setRange(1, 5);
    m_influence->setToolTip(tr("1: little influence … 5: decisive"));
    m_attitude = new QComboBox(buying);
    m_attitude->setObjectName(QStringLiteral("attitudeCombo"));
    EnumCombo::fill<Attitude>(m_attitude);
    FieldValidator *influence = m_validation->add(QStringLiteral("influence"), { QStringLiteral("influence") });
    connect(m_influence, &QSpinBox::valueChanged, influence, &FieldValidator::edited);
    auto *buyingForm = new QFormLayout(buying);
    buyingForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buyingForm->addRow(tr("&Role:"), m_role);
    buyingForm->addRow(tr("&Influence (1–5):"), influence->wrap(m_influence));
    buyingForm->addRow(tr("A&ttitude:"), m_attitude);

    auto *contact = new QGroupBox(tr("Contact"), this);
    m_mobile = lineEdit(QStringLiteral("mobileEdit"), contact);
    m_mobile->setPlaceholderText(Display::digits(QStringLiteral("0912 123 4567")));
    m_phone = lineEdit(QStringLiteral("phoneEdit"), contact);
    m_phone->setPlaceholderText(Display::digits(QStringLiteral("021 8877 6655")));
    m_email = lineEdit(QStringLiteral("emailEdit"), contact);
    m_email->setLayoutDirection(Qt::LeftToRight);
    FieldValidator *mobile = m_validation->add(
        QStringLiteral("mobile"), { QStringLiteral("mobile") },
        FieldValidator::normaliser(m_mobile, [](const QString &t) { PhoneNumber::normaliseMobile(t); }));
    FieldValidator *phone
        = m_validation->add(QStringLiteral("phone"), { QStringLiteral("phone") },
                            FieldValidator::normaliser(m_phone, [](const QString &t) { PhoneNumber::normalise(t); }));
    FieldValidator *email = m_validation->add(
        QStringLiteral("email"), { QStringLiteral("email") },
        FieldValidator::normaliser(m_email, [](const QString &t) { IranianIds::normaliseEmail(t); }));
    mobile->watch(m_mobile);
    phone->watch(m_phone);
    email->watch(m_email);
    m_notes = new QPlainTextEdit(contact);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    auto *contactForm = new QFormLayout(contact);
    contactForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    contactForm->addRow(tr("&Mobile:"), mobile->wrap(m_mobile));
    contactForm->addRow(tr("&Phone:"), phone->wrap(m_phone));
    contactForm->addRow(tr("&E-mail:"), email->wrap(m_email));
    contactForm->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);

    // Two columns; in a right-to-left layout the first one is on the right.
    auto *first = new QVBoxLayout;
    first->addWidget(person);
    first->addWidget(buying);
    first->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(first, 1);
    columns->addWidget(contact, 1, Qt::AlignTop);
    setMinimumWidth(680); // room for a one-line error under each field
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_validation->formErrorLabel());
    layout->addWidget(buttons);

    const QList<QWidget *> order { m_firstName, m_lastName, m_jobTitle, m_role,  m_influence, m_attitude,
                                   m_mobile,    m_phone,    m_email,    m_notes, m_save,      m_cancel };
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    m_firstName->setFocus();
}

void ContactDialog::fillFields()
{
    m_firstName->setText(m_contact.firstName);
    m_lastName->setText(m_contact.lastName);
    m_jobTitle->setText(m_contact.jobTitle);
    EnumCombo::select(m_role, m_contact.role);
    m_influence->setValue(m_contact.influence);
    EnumCombo::select(m_attitude, m_contact.attitude);
    m_mobile->setText(Display::digits(m_contact.mobile));
    m_phone->setText(Display::digits(m_contact.phone));
    m_email->setText(m_contact.email);
    m_notes->setPlainText(m_contact.notes);
    m_validation->revalidateAll();
}

ContactPerson ContactDialog::collect() const
{
    ContactPerson c = m_contact;
    c.firstName = m_firstName->text();
    c.lastName = m_lastName->text();
    c.jobTitle = m_jobTitle->text();
    c.role = EnumCombo::value<BuyingRole>(m_role);
    c.influence = m_influence->value();
    c.attitude = EnumCombo::value<Attitude>(m_attitude);
    c.mobile = m_mobile->text();
    c.phone = m_phone->text();
    c.email = m_email->text();
    c.notes = m_notes->toPlainText();
    return c;
}

void ContactDialog::updateSaveButton()
{
    m_validation->updateSaveButton(m_save, m_loadError);
}

void ContactDialog::accept()
{
    m_validation->touchAll();
    if (!m_loadError.isEmpty() || !m_validation->isValid()) {
        updateSaveButton();
        return;
    }
    const ContactPerson contact = collect();
    const bool saved = m_validation->trySave(
        [&] {
            if (m_editing)
                m_contact.version = m_workspace.contacts().update(contact);
            else
                m_contact.id = m_workspace.contacts().add(contact);
        },
        [this](const ConcurrentChangeError &e) { resolveConflict(e); });
    if (!saved) {
        updateSaveButton();
        return;
    }
    emit m_workspace.customerChanged(m_contact.customerId);
    QDialog::accept();
}

void ContactDialog::resolveConflict(const ConcurrentChangeError &error)
{
    if (ConcurrentChangeBox::ask(error, this) == ConcurrentChangeBox::Choice::Reload) {
        reload();
        m_validation->showFormError(tr("Reloaded: the form shows what is saved now."));
        return;
    }
    m_validation->showFormError(tr("Not saved: someone else changed this contact person. Copy what you need; "
                                   "saving again offers to reload."));
}

void ContactDialog::reload()
{
    if (!m_editing)
        return;
    m_loadError.clear();
    load(m_contact.customerId, m_contact.id);
    fillFields();
    setWindowTitle(tr("Edit contact: %1").arg(m_contact.displayName()));
    updateSaveButton();
}

} // namespace peyvand
