#include "DealDialog.h"

#include "CustomerPicker.h"
#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "Display.h"
#include "JalaliDateEdit.h"
#include "Money.h"
#include "PersianText.h"
#include "RoleGate.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <limits>

namespace peyvand {

namespace {

constexpr int kContactIdRole = Qt::UserRole + 1;

bool toman()
{
    return Display::moneyUnit() == UiSettings::MoneyUnit::Toman;
}

} // namespace

DealDialog::DealDialog(Workspace &workspace, CustomerKind kind, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_picker(new CustomerPicker(workspace, this))
    , m_title(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_amountPreview(new QLabel(this))
    , m_stage(new QComboBox(this))
    , m_expectedClose(new JalaliDateEdit(this))
    , m_owner(new QComboBox(this))
{
    const bool b2b = kind == CustomerKind::Legal;
    setObjectName(QStringLiteral("dealDialog"));
    setWindowTitle(b2b ? tr("New deal with a company") : tr("New deal with a person"));
    setMinimumWidth(540);
    m_pipeline = m_workspace.store().pipelines().defaultFor(kind);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addError = [&](const QString &field, QWidget *editor) {
        auto *label = new QLabel(this);
        label->setObjectName(field + QStringLiteral("Error"));
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
        label->hide();
        m_errors.insert(field, label);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(editor);
        box->addWidget(label);
        return box;
    };

    m_picker->setObjectName(QStringLiteral("customerPicker"));
    m_picker->setKind(kind);
    auto *customerLabel = new QLabel(b2b ? tr("&Company:") : tr("&Customer:"), this);
    customerLabel->setBuddy(m_picker->lineEdit());
    form->addRow(customerLabel, addError(QStringLiteral("customer"), m_picker));

    if (b2b) {
        m_contacts = new QListWidget(this);
        m_contacts->setObjectName(QStringLiteral("contactsList"));
        m_contacts->setMaximumHeight(130);
        m_contacts->setWordWrap(true);
        m_contacts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_contactsHint = new QLabel(tr("Pick a company to see its contacts."), this);
        m_contactsHint->setObjectName(QStringLiteral("contactsHint"));
        m_contactsHint->setWordWrap(true);
        m_contactsHint->setForegroundRole(QPalette::PlaceholderText);
        auto *box = addError(QStringLiteral("contacts"), m_contacts);
        box->insertWidget(0, m_contactsHint);
        auto *contactsLabel = new QLabel(tr("Contacts &involved:"), this);
        contactsLabel->setBuddy(m_contacts);
        form->addRow(contactsLabel, box);
    }

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(b2b ? tr("e.g. 40 industrial pumps for the new line") : tr("e.g. Home water purifier"));
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, addError(QStringLiteral("title"), m_title));

    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setPlaceholderText(Display::digits(QStringLiteral("0")));
    m_amountPreview->setObjectName(QStringLiteral("amountPreview"));
    m_amountPreview->setForegroundRole(QPalette::PlaceholderText);
    auto *amountBox = addError(QStringLiteral("amount"), m_amount);
    amountBox->insertWidget(1, m_amountPreview);
    auto *amountLabel = new QLabel(toman() ? tr("&Amount (Toman):") : tr("&Amount (Rial):"), this);
    amountLabel->setObjectName(QStringLiteral("amountLabel"));
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountBox);

    m_stage->setObjectName(QStringLiteral("stageCombo"));
    if (m_pipeline)
        for (const Stage &s : m_pipeline->stages)
            if (s.outcome == StageOutcome::Open)
                m_stage->addItem(s.name, s.id);
    auto *stageLabel = new QLabel(tr("&Stage:"), this);
    stageLabel->setBuddy(m_stage);
    form->addRow(stageLabel, addError(QStringLiteral("stage"), m_stage));

    m_expectedClose->setObjectName(QStringLiteral("expectedCloseEdit"));
    auto *closeLabel = new QLabel(tr("&Expected close:"), this);
    closeLabel->setBuddy(m_expectedClose);
    form->addRow(closeLabel, addError(QStringLiteral("expectedClose"), m_expectedClose));

    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    for (const User &u : m_workspace.users())
        m_owner->addItem(u.fullName.isEmpty() ? u.username : u.fullName, u.id);
    if (m_owner->findData(m_workspace.user().id) < 0)
        m_owner->addItem(m_workspace.userName(m_workspace.user().id), m_workspace.user().id);
    m_owner->setCurrentIndex(m_owner->findData(m_workspace.user().id));
    // A deal for someone else is reassign_owners; a rep's new deals are their own.
    RoleGate::apply(m_owner, RoleGate::decideField(m_workspace.user(), Permission::ReassignOwners));
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    form->addRow(ownerLabel, addError(QStringLiteral("owner"), m_owner));

    auto *formError = new QLabel(this);
    formError->setObjectName(QStringLiteral("formError"));
    formError->setWordWrap(true);
    formError->setStyleSheet(QStringLiteral("color: #b00020;"));
    formError->hide();
    m_errors.insert(QStringLiteral("form"), formError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setText(tr("&Save deal"));
    m_save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DealDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(formError);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_picker, &CustomerPicker::customerChanged, this, [this](qint64 id) {
        m_errors[QStringLiteral("customer")]->hide();
        loadContacts(id);
        updateSaveButton();
    });
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        const bool empty = PersianText::tidy(text).isEmpty();
        showError(QStringLiteral("title"), empty ? tr("Enter a title for the deal.") : QString());
    });
    connect(m_title, &QLineEdit::textChanged, this, &DealDialog::updateSaveButton);
    connect(m_amount, &QLineEdit::editingFinished, this, [this] {
        // Group the digits the way they are shown everywhere else.
        QString error;
        const auto rials = amountRials(&error);
        if (rials && !m_amount->text().trimmed().isEmpty())
            m_amount->setText(Display::number(toman() ? *rials / 10 : *rials));
    });
    connect(m_amount, &QLineEdit::textChanged, this, &DealDialog::updateAmount);
    connect(m_expectedClose, &JalaliDateEdit::textEdited, this,
            [this] { showError(QStringLiteral("expectedClose"), m_expectedClose->errorText()); });

    if (customerId && m_workspace.store().customers().kindOf(customerId) == kind)
        m_picker->setCustomer(customerId);
    if (!m_pipeline)
        showError(QStringLiteral("form"), tr("There is no pipeline for these customers."));
    updateAmount();
    updateSaveButton();
    m_picker->setFocus();
}

void DealDialog::loadContacts(qint64 customerId)
{
    if (!m_contacts)
        return;
    m_contacts->clear();
    if (customerId) {
        try {
            for (const ContactPerson &c : m_workspace.contacts().forCustomer(customerId)) {
                QStringList parts { c.displayName() };
                if (!c.jobTitle.isEmpty())
                    parts << c.jobTitle;
                parts << Display::label(c.role);
                auto *item = new QListWidgetItem(parts.join(QStringLiteral(" — ")), m_contacts);
                item->setData(kContactIdRole, c.id);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(Qt::Unchecked);
            }
        } catch (const std::exception &) {
            m_contacts->clear();
        }
    }
    m_contactsHint->setText(customerId == 0 ? tr("Pick a company to see its contacts.")
                                            : tr("No contacts recorded for this company yet."));
    m_contactsHint->setVisible(m_contacts->count() == 0);
    m_contacts->setVisible(m_contacts->count() > 0);
}

std::optional<qint64> DealDialog::amountRials(QString *error) const
{
    QString text = PersianText::tidy(m_amount->text());
    if (text.isEmpty())
        return 0;
    try {
        if (!toman())
            return Money::parseRials(text);
        for (const QString &unit : { QStringLiteral("تومان"), QStringLiteral("toman") })
            if (text.endsWith(unit, Qt::CaseInsensitive))
                text.chop(unit.size());
        const qint64 value = Money::parseRials(text);
        if (value > std::numeric_limits<qint64>::max() / 10) {
            *error = tr("The amount is too large.");
            return std::nullopt;
        }
        return value * 10;
    } catch (const ValidationError &e) {
        *error = toman() ? tr("Enter the amount as a whole number of Toman.") : Display::error(e);
        return std::nullopt;
    }
}

void DealDialog::updateAmount()
{
    QString error;
    const auto rials = amountRials(&error);
    showError(QStringLiteral("amount"), error);
    m_amountPreview->setText(rials && !m_amount->text().trimmed().isEmpty() ? Display::money(*rials) : QString());
    m_amountPreview->setVisible(!m_amountPreview->text().isEmpty());
}

void DealDialog::updateSaveButton()
{
    m_save->setEnabled(m_pipeline && m_picker->customerId() != 0 && !PersianText::tidy(m_title->text()).isEmpty());
}

void DealDialog::showError(const QString &field, const QString &text)
{
    QLabel *label = m_errors.value(field, m_errors.value(QStringLiteral("form")));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void DealDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

void DealDialog::accept()
{
    if (!m_save->isEnabled() || !m_pipeline)
        return;
    clearErrors();
    QString amountError;
    const auto amount = amountRials(&amountError);
    const QString dateError = m_expectedClose->errorText();
    if (!amount || !dateError.isEmpty()) {
        showError(QStringLiteral("amount"), amountError);
        showError(QStringLiteral("expectedClose"), dateError);
        (amount ? static_cast<QWidget *>(m_expectedClose) : m_amount)->setFocus();
        return;
    }
    Deal deal;
    deal.customerId = m_picker->customerId();
    deal.pipelineId = m_pipeline->id;
    deal.stageId = m_stage->currentData().toLongLong();
    deal.title = m_title->text();
    deal.amount = *amount;
    deal.expectedClose = m_expectedClose->date();
    deal.ownerId = m_owner->currentData().toLongLong();
    if (m_contacts)
        for (int i = 0; i < m_contacts->count(); ++i)
            if (m_contacts->item(i)->checkState() == Qt::Checked)
                deal.contactIds << m_contacts->item(i)->data(kContactIdRole).toLongLong();
    try {
        m_dealId = m_workspace.deals().create(deal, m_workspace.user().id);
    } catch (const ValidationError &e) {
        static const QHash<QString, QString> fields {
            { QStringLiteral("title"), QStringLiteral("title") },
            { QStringLiteral("amount"), QStringLiteral("amount") },
            { QStringLiteral("customer_id"), QStringLiteral("customer") },
            { QStringLiteral("pipeline_id"), QStringLiteral("customer") },
            { QStringLiteral("contact_id"), QStringLiteral("contacts") },
            { QStringLiteral("stage_id"), QStringLiteral("stage") },
            { QStringLiteral("lost_reason"), QStringLiteral("stage") },
            { QStringLiteral("owner"), QStringLiteral("owner") },
        };
        showError(fields.value(e.field(), QStringLiteral("form")), Display::error(e));
        return;
    } catch (const DatabaseError &e) {
        QMessageBox::critical(this, tr("Database error"), DatabaseErrorText::whileSaving(e));
        return;
    }
    emit m_workspace.dealChanged(m_dealId, deal.customerId);
    QDialog::accept();
}

} // namespace peyvand
