#include "PaymentDialog.h"

#include "ConcurrentChangeBox.h"
#include "ConcurrentChangeError.h"
#include "DatabaseError.h"
#include "DatabaseErrorText.h"
#include "Display.h"
#include "EnumCombo.h"
#include "JalaliDateEdit.h"
#include "Money.h"
#include "PersianText.h"
#include "ValidationError.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <limits>

namespace peyvand {

namespace {

bool toman()
{
    return Display::moneyUnit() == UiSettings::MoneyUnit::Toman;
}

} // namespace

PaymentDialog::PaymentDialog(Workspace &workspace, qint64 orderId, qint64 remaining, QWidget *parent,
                             qint64 expectedVersion)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_orderId(orderId)
    , m_expectedVersion(expectedVersion)
    , m_amount(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_method(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_paidOn(new JalaliDateEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Record a payment"));
    setMinimumWidth(420);
    auto *form = new QFormLayout;
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    if (remaining > 0)
        m_amount->setText(Display::number(toman() ? remaining / 10 : remaining));
    m_preview->setObjectName(QStringLiteral("amountPreview"));
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    auto *amountLabel = new QLabel(toman() ? tr("&Amount (Toman):") : tr("&Amount (Rial):"), this);
    amountLabel->setBuddy(m_amount);
    auto *amountBox = new QVBoxLayout;
    amountBox->addWidget(m_amount);
    amountBox->addWidget(m_preview);
    form->addRow(amountLabel, amountBox);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    EnumCombo::fill<PaymentMethod>(m_method);
    EnumCombo::select(m_method, PaymentMethod::Transfer);
    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    form->addRow(methodLabel, m_method);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reference->setLayoutDirection(Qt::LeftToRight);
    auto *referenceLabel = new QLabel(tr("&Reference:"), this);
    referenceLabel->setBuddy(m_reference);
    form->addRow(referenceLabel, m_reference);
    m_paidOn->setObjectName(QStringLiteral("paidOnEdit"));
    m_paidOn->setRequired(true);
    m_paidOn->setDate(m_workspace.clock().now().toLocalTime().date());
    auto *dateLabel = new QLabel(tr("&Paid on:"), this);
    dateLabel->setBuddy(m_paidOn->lineEdit());
    form->addRow(dateLabel, m_paidOn);

    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setText(tr("Save payment"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::validate);
    connect(m_paidOn, &JalaliDateEdit::textEdited, this, &PaymentDialog::validate);
    validate();
}

std::optional<qint64> PaymentDialog::amountRials(QString *error) const
{
    QString text = PersianText::tidy(m_amount->text());
    if (text.isEmpty()) {
        *error = tr("Enter the amount.");
        return std::nullopt;
    }
    try {
        const qint64 value = Money::parseRials(text);
        if (toman() && value > std::numeric_limits<qint64>::max() / 10) {
            *error = tr("The amount is too large.");
            return std::nullopt;
        }
        if (value <= 0) {
            *error = tr("The amount must be above zero.");
            return std::nullopt;
        }
        return toman() ? value * 10 : value;
    } catch (const ValidationError &e) {
        *error = toman() ? tr("Enter the amount as a whole number of Toman.") : Display::error(e);
        return std::nullopt;
    }
}

void PaymentDialog::validate()
{
    QString error;
    const auto rials = amountRials(&error);
    if (error.isEmpty())
        error = m_paidOn->errorText();
    m_preview->setText(rials ? Display::money(*rials) : QString());
    m_error->setText(m_amount->text().trimmed().isEmpty() ? QString() : error);
    m_error->setVisible(!m_error->text().isEmpty());
    m_save->setEnabled(error.isEmpty());
    m_save->setToolTip(error);
}

void PaymentDialog::accept()
{
    QString error;
    const auto rials = amountRials(&error);
    if (!rials || !m_paidOn->errorText().isEmpty())
        return;
    Payment p;
    p.amount = *rials;
    p.method = EnumCombo::value<PaymentMethod>(m_method);
    p.reference = m_reference->text().trimmed();
    // Noon on the day paid: the same Jalali day in any time zone of the country.
    p.paidAt = QDateTime(m_paidOn->date(), QTime(12, 0));
    try {
        m_paymentId = m_workspace.orders().addPayment(m_orderId, p, m_expectedVersion);
    } catch (const ConcurrentChangeError &e) {
        m_error->setText(Display::error(e));
        m_error->show();
        if (ConcurrentChangeBox::ask(e, this) == ConcurrentChangeBox::Choice::Reload) {
            m_reloaded = true;
            reject();
        }
        return;
    } catch (const ValidationError &e) {
        m_error->setText(Display::error(e));
        m_error->show();
        return;
    } catch (const DatabaseError &e) {
        QMessageBox::critical(this, tr("Database error"), DatabaseErrorText::whileSaving(e));
        return;
    }
    QDialog::accept();
}

} // namespace peyvand
