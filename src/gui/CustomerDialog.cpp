#include "CustomerDialog.h"

#include "ConcurrentChangeBox.h"
#include "ConcurrentChangeError.h"
#include "CustomerSalesBox.h"
#include "DatabaseError.h"
#include "Display.h"
#include "DuplicateWarning.h"
#include "FormValidator.h"
#include "IndividualDetailsBox.h"
#include "IranianIds.h"
#include "LegalDetailsBox.h"
#include "PhoneNumber.h"
#include "RoleGate.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand {

namespace {

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

// Phone labels are stored data, in Persian like the rest of the records.
QString defaultPhoneLabel(CustomerKind kind, int slot, const QString &number)
{
    const bool mobile = PhoneNumber::tryNormalise(number).startsWith(QLatin1String("09"));
    if (kind == CustomerKind::Individual)
        return slot == 0 || mobile ? QStringLiteral("موبایل") : QStringLiteral("منزل");
    return mobile ? QStringLiteral("موبایل") : QStringLiteral("دفتر");
}

} // namespace

CustomerDialog::CustomerDialog(Workspace &workspace, CustomerKind kind, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_validation(new FormValidator(this))
{
    setObjectName(QStringLiteral("customerDialog"));
    m_customer.kind = kind;
    if (customerId != 0)
        load(customerId);
    if (m_loadError.isEmpty()) { // opened by a role that may not save it: say so instead of refusing later
        const User &user = m_workspace.user();
        const RoleGate::Decision save = isEditing()
            ? RoleGate::decideOn(user, Permission::EditCustomers, m_customer.ownerId)
            : RoleGate::decide(user, Permission::EditCustomers);
        m_loadError = save.reason;
    }
    buildLayout();
    fillFields();
    connect(m_validation, &FormValidator::validityChanged, this, &CustomerDialog::updateSaveButton);
    updateSaveButton();
}

void CustomerDialog::load(qint64 customerId)
{
    m_phoneSlot[0] = m_phoneSlot[1] = -1;
    try {
        m_customer = m_workspace.customers().get(customerId);
        m_id = m_customer.id;
    } catch (const ValidationError &e) {
        m_loadError = Display::error(e);
    } catch (const DatabaseError &e) {
        m_loadError = tr("The customer could not be read: %1").arg(QString::fromUtf8(e.what()));
    }
    const QList<PhoneEntry> &phones = m_customer.phones;
    if (legal()) {
        m_phoneSlot[0] = phones.size() > 0 ? 0 : -1;
        m_phoneSlot[1] = phones.size() > 1 ? 1 : -1;
        return;
    }
    for (int i = 0; i < phones.size(); ++i) {
        const int slot = PhoneNumber::kindOf(phones[i].number) == PhoneNumber::Kind::Mobile ? 0 : 1;
        if (m_phoneSlot[slot] < 0)
            m_phoneSlot[slot] = i;
    }
}

void CustomerDialog::buildLayout()
{
    if (isEditing())
        setWindowTitle(tr("Edit customer: %1").arg(m_customer.displayName()));
    else
        setWindowTitle(legal() ? tr("New company") : tr("New person"));

    QList<QWidget *> order;
    QGroupBox *identity = nullptr;
    if (legal()) {
        m_legal = new LegalDetailsBox(*m_validation, this);
        identity = m_legal;
        order = m_legal->tabOrder();
    } else {
        m_individual = new IndividualDetailsBox(*m_validation, m_workspace.clock().now().toLocalTime().date(), this);
        identity = m_individual;
        order = m_individual->tabOrder();
    }
    QWidget *contact = buildContactBox();
    order << m_phone << m_phone2 << (legal() ? m_website : m_email);
    QWidget *address = buildAddressBox();
    order << m_city << m_address << m_postalCode;
    m_sales = new CustomerSalesBox(m_workspace, *m_validation, this);
    order << m_sales->tabOrder();

    m_duplicate = new DuplicateWarning(this);
    connect(m_duplicate, &DuplicateWarning::openRequested, this, [this](qint64 id) {
        emit openExistingRequested(id);
        reject();
    });

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    order << m_save << m_cancel;

    // Two columns; in a right-to-left layout the first one is on the right.
    auto *first = new QVBoxLayout;
    first->addWidget(identity);
    first->addWidget(contact);
    first->addStretch(1);
    auto *second = new QVBoxLayout;
    second->addWidget(address);
    second->addWidget(m_sales);
    second->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(first, 1);
    columns->addLayout(second, 1);
    setMinimumWidth(820); // room for a one-line error under each field
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_validation->formErrorLabel());
    layout->addWidget(buttons);

    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    order.front()->setFocus();
}

QWidget *CustomerDialog::buildContactBox()
{
    auto *box = new QGroupBox(tr("Contact"), this);
    box->setObjectName(QStringLiteral("contactBox"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto phoneCheck = [](QLineEdit *edit, bool mobile) {
        return FieldValidator::normaliser(
            edit, [mobile](const QString &t) { mobile ? PhoneNumber::normaliseMobile(t) : PhoneNumber::normalise(t); });
    };
    if (legal()) {
        m_phone = lineEdit(QStringLiteral("phoneEdit"), box);
        m_phone2 = lineEdit(QStringLiteral("phone2Edit"), box);
        m_website = lineEdit(QStringLiteral("websiteEdit"), box);
        m_website->setLayoutDirection(Qt::LeftToRight);
        m_phone->setPlaceholderText(Display::digits(QStringLiteral("021 8877 6655")));
        FieldValidator *phone
            = m_validation->add(QStringLiteral("phone"), { QStringLiteral("phone") }, phoneCheck(m_phone, false));
        FieldValidator *phone2 = m_validation->add(QStringLiteral("phone2"), {}, phoneCheck(m_phone2, false));
        phone->watch(m_phone);
        phone2->watch(m_phone2);
        form->addRow(tr("&Phone:"), phone->wrap(m_phone));
        form->addRow(tr("Second phone:"), phone2->wrap(m_phone2));
        form->addRow(tr("&Website:"), m_website);
    } else {
        m_phone = lineEdit(QStringLiteral("mobileEdit"), box);
        m_phone2 = lineEdit(QStringLiteral("landlineEdit"), box);
        m_email = lineEdit(QStringLiteral("emailEdit"), box);
        m_email->setLayoutDirection(Qt::LeftToRight);
        m_phone->setPlaceholderText(Display::digits(QStringLiteral("0912 123 4567")));
        m_phone2->setPlaceholderText(Display::digits(QStringLiteral("021 8877 6655")));
        FieldValidator *mobile = m_validation->add(
            QStringLiteral("mobile"), { QStringLiteral("mobile"), QStringLiteral("phone") }, phoneCheck(m_phone, true));
        FieldValidator *landline = m_validation->add(QStringLiteral("landline"), {}, phoneCheck(m_phone2, false));
        FieldValidator *email = m_validation->add(
            QStringLiteral("email"), { QStringLiteral("email") },
            FieldValidator::normaliser(m_email, [](const QString &t) { IranianIds::normaliseEmail(t); }));
        mobile->watch(m_phone);
        landline->watch(m_phone2);
        email->watch(m_email);
        form->addRow(tr("&Mobile:"), mobile->wrap(m_phone));
        form->addRow(tr("Landline:"), landline->wrap(m_phone2));
        form->addRow(tr("&E-mail:"), email->wrap(m_email));
    }
    connect(m_phone, &QLineEdit::textChanged, this, &CustomerDialog::checkDuplicates);
    connect(m_phone2, &QLineEdit::textChanged, this, &CustomerDialog::checkDuplicates);
    QLineEdit *identifier = legal() ? m_legal->nationalIdEdit() : m_individual->nationalCodeEdit();
    connect(identifier, &QLineEdit::textChanged, this, &CustomerDialog::checkDuplicates);
    return box;
}

QWidget *CustomerDialog::buildAddressBox()
{
    auto *box = new QGroupBox(tr("Address"), this);
    box->setObjectName(QStringLiteral("addressBox"));
    m_city = lineEdit(QStringLiteral("cityEdit"), box);
    m_address = lineEdit(QStringLiteral("addressEdit"), box);
    m_postalCode = lineEdit(QStringLiteral("postalCodeEdit"), box);
    m_postalCode->setPlaceholderText(tr("10 digits"));
    FieldValidator *postalCode = m_validation->add(
        QStringLiteral("postalCode"), { QStringLiteral("postal_code") },
        FieldValidator::normaliser(m_postalCode, [](const QString &t) { IranianIds::normalisePostalCode(t); }));
    postalCode->watch(m_postalCode);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Cit&y:"), m_city);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Postal code:"), postalCode->wrap(m_postalCode));
    return box;
}

void CustomerDialog::fillFields()
{
    if (legal()) {
        m_legal->load(m_customer.legal);
        m_website->setText(m_customer.legal.website);
    } else {
        m_individual->load(m_customer.individual);
        m_email->setText(m_customer.individual.email);
    }
    QLineEdit *phones[2] = { m_phone, m_phone2 };
    for (int i = 0; i < 2; ++i)
        phones[i]->setText(m_phoneSlot[i] >= 0 ? Display::digits(m_customer.phones[m_phoneSlot[i]].number) : QString());
    const Address a = m_customer.addresses.value(0);
    m_city->setText(a.city);
    m_address->setText(a.line);
    m_postalCode->setText(Display::digits(a.postalCode));
    if (isEditing())
        m_sales->load(m_customer);
    m_validation->revalidateAll();
    checkDuplicates();
}

Customer CustomerDialog::collect() const
{
    Customer c = m_customer;
    if (legal()) {
        m_legal->apply(c.legal);
        c.legal.website = m_website->text();
    } else {
        m_individual->apply(c.individual);
        c.individual.email = m_email->text();
    }
    c.phones = collectPhones();

    Address first = c.addresses.value(0);
    first.city = m_city->text();
    first.line = m_address->text();
    first.postalCode = m_postalCode->text();
    const bool blank = first.city.trimmed().isEmpty() && first.line.trimmed().isEmpty()
        && first.postalCode.trimmed().isEmpty() && first.province.trimmed().isEmpty();
    if (c.addresses.isEmpty() && !blank)
        c.addresses << first;
    else if (!c.addresses.isEmpty() && blank)
        c.addresses.removeFirst();
    else if (!c.addresses.isEmpty())
        c.addresses[0] = first;

    m_sales->apply(c);
    return c;
}

QList<PhoneEntry> CustomerDialog::collectPhones() const
{
    QList<PhoneEntry> phones;
    const QLineEdit *edits[2] = { m_phone, m_phone2 };
    for (int i = 0; i < 2; ++i) {
        const QString number = edits[i]->text().trimmed();
        if (number.isEmpty())
            continue;
        const int slot = m_phoneSlot[i];
        phones << PhoneEntry { number,
                               slot >= 0 ? m_customer.phones[slot].label
                                         : defaultPhoneLabel(m_customer.kind, i, number) };
    }
    for (int j = 0; j < m_customer.phones.size(); ++j) // numbers the form does not show stay
        if (j != m_phoneSlot[0] && j != m_phoneSlot[1])
            phones << m_customer.phones[j];
    return phones;
}

std::optional<qint64> CustomerDialog::otherWithIdentifier(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    try {
        legal() ? IranianIds::normaliseLegalNationalId(text) : IranianIds::normaliseNationalCode(text);
        const auto found = m_workspace.customers().findByNationalIdentifier(text);
        if (found && *found != m_id)
            return found;
    } catch (const ValidationError &) { // not complete yet: nothing to look up
    } catch (const DatabaseError &e) {
        qWarning("duplicate check failed: %s", e.what());
    }
    return std::nullopt;
}

std::optional<qint64> CustomerDialog::otherWithPhone(const QString &text, QString *canonical) const
{
    *canonical = PhoneNumber::tryNormalise(text);
    if (canonical->isEmpty())
        return std::nullopt;
    try {
        for (const qint64 id : m_workspace.customers().findByPhone(*canonical))
            if (id != m_id)
                return id;
    } catch (const ValidationError &) {
    } catch (const DatabaseError &e) {
        qWarning("duplicate check failed: %s", e.what());
    }
    return std::nullopt;
}

QString CustomerDialog::nameOf(qint64 customerId) const
{
    try {
        return m_workspace.customers().get(customerId).displayName();
    } catch (const std::exception &) {
        return Display::digits(QString::number(customerId));
    }
}

void CustomerDialog::checkDuplicates()
{
    QLineEdit *identifier = legal() ? m_legal->nationalIdEdit() : m_individual->nationalCodeEdit();
    FieldValidator *identifierField
        = m_validation->field(legal() ? QStringLiteral("nationalId") : QStringLiteral("nationalCode"));
    if (const auto other = otherWithIdentifier(identifier->text())) {
        const QString name = nameOf(*other);
        identifierField->setExternalError(tr("Already registered"));
        m_duplicate->showFor(*other,
                             legal() ? tr("A company with this national ID is already registered: %1.").arg(name)
                                     : tr("A person with this national code is already registered: %1.").arg(name));
        return;
    }
    identifierField->setExternalError(QString());
    for (QLineEdit *edit : { m_phone, m_phone2 }) {
        QString canonical;
        if (const auto other = otherWithPhone(edit->text(), &canonical)) {
            m_duplicate->showFor(*other,
                                 tr("The number %1 already belongs to %2. You can still save this customer.")
                                     .arg(Display::phone(canonical), nameOf(*other)));
            return;
        }
    }
    m_duplicate->clear();
}

void CustomerDialog::updateSaveButton()
{
    m_validation->updateSaveButton(m_save, m_loadError);
}

void CustomerDialog::accept()
{
    m_validation->touchAll();
    if (!m_loadError.isEmpty() || !m_validation->isValid()) {
        updateSaveButton();
        return;
    }
    const Customer customer = collect();
    const bool saved = m_validation->trySave(
        [&] {
            if (isEditing())
                m_customer.version = m_workspace.customers().update(customer);
            else
                m_customer.id = m_id = m_workspace.customers().create(customer);
        },
        [this](const ConcurrentChangeError &e) { resolveConflict(e); });
    if (!saved) {
        updateSaveButton();
        return;
    }
    emit m_workspace.customerChanged(m_id);
    QDialog::accept();
}

void CustomerDialog::resolveConflict(const ConcurrentChangeError &error)
{
    if (ConcurrentChangeBox::ask(error, this) == ConcurrentChangeBox::Choice::Reload) {
        reload();
        m_validation->showFormError(tr("Reloaded: the form shows what is saved now."));
        return;
    }
    m_validation->showFormError(tr("Not saved: someone else changed this customer. Copy what you need; "
                                   "saving again offers to reload."));
}

void CustomerDialog::reload()
{
    if (!isEditing())
        return;
    m_loadError.clear();
    load(m_id);
    fillFields();
    setWindowTitle(tr("Edit customer: %1").arg(m_customer.displayName()));
    updateSaveButton();
}

} // namespace peyvand
