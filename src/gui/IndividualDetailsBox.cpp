#include "IndividualDetailsBox.h"

#include "Display.h"
#include "FormValidator.h"
#include "IranianIds.h"
#include "JalaliDateEdit.h"
#include "PersianText.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace peyvand {

namespace {

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

IndividualDetailsBox::IndividualDetailsBox(FormValidator &validation, const QDate &today, QWidget *parent)
    : QGroupBox(tr("Person"), parent)
    , m_firstName(lineEdit(QStringLiteral("firstNameEdit"), this))
    , m_lastName(lineEdit(QStringLiteral("lastNameEdit"), this))
    , m_nationalCode(lineEdit(QStringLiteral("nationalCodeEdit"), this))
    , m_birthDate(new JalaliDateEdit(this))
    , m_loyaltyCard(lineEdit(QStringLiteral("loyaltyCardEdit"), this))
    , m_preferences(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("individualDetailsBox"));
    m_nationalCode->setPlaceholderText(tr("10 digits"));
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_preferences->setObjectName(QStringLiteral("preferencesEdit"));
    m_preferences->setTabChangesFocus(true);
    m_preferences->setFixedHeight(m_preferences->fontMetrics().lineSpacing() * 3 + 12);

    // A person needs a first or a last name; the service reports it on the last name.
    FieldValidator *name
        = validation.add(QStringLiteral("lastName"), { QStringLiteral("last_name"), QStringLiteral("first_name") });
    name->setRequired(
        [this] {
            return PersianText::tidy(m_lastName->text()).isEmpty() && PersianText::tidy(m_firstName->text()).isEmpty();
        },
        tr("Enter a first or last name"));
    name->watch(m_lastName);
    connect(m_firstName, &QLineEdit::textChanged, name, &FieldValidator::revalidate);

    FieldValidator *nationalCode = validation.add(
        QStringLiteral("nationalCode"), { QStringLiteral("national_code") },
        FieldValidator::normaliser(m_nationalCode, [](const QString &t) { IranianIds::normaliseNationalCode(t); }));
    nationalCode->watch(m_nationalCode);

    FieldValidator *birthDate
        = validation.add(QStringLiteral("birthDate"), { QStringLiteral("birth_date") }, [this, today] {
              const QString error = m_birthDate->errorText();
              if (error.isEmpty() && m_birthDate->date().isValid() && m_birthDate->date() > today)
                  return tr("The birth date cannot be in the future");
              return error;
          });
    connect(m_birthDate, &JalaliDateEdit::textEdited, birthDate, &FieldValidator::edited);
    connect(m_birthDate, &JalaliDateEdit::dateChanged, birthDate, &FieldValidator::revalidate);

    auto *form = new QFormLayout(this);

    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("&Last name:"), name->wrap(m_lastName));
    form->addRow(tr("National &code:"), nationalCode->wrap(m_nationalCode));
    form->addRow(tr("&Birth date:"), birthDate->wrap(m_birthDate));
    form->addRow(tr("Loyalty card:"), m_loyaltyCard);
    form->addRow(tr("Preferences:"), m_preferences);
}

void IndividualDetailsBox::load(const IndividualDetails &d)
{
    m_firstName->setText(d.firstName);
    m_lastName->setText(d.lastName);
    m_nationalCode->setText(Display::digits(d.nationalCode));
    m_birthDate->setDate(d.birthDate);
    m_loyaltyCard->setText(Display::digits(d.loyaltyCard));
    m_preferences->setPlainText(d.preferences);
}

void IndividualDetailsBox::apply(IndividualDetails &d) const
{
    d.firstName = m_firstName->text();
    d.lastName = m_lastName->text();
    d.nationalCode = m_nationalCode->text();
    d.birthDate = m_birthDate->date();
    d.loyaltyCard = m_loyaltyCard->text();
    d.preferences = m_preferences->toPlainText();
}

QList<QWidget *> IndividualDetailsBox::tabOrder() const
{
    return { m_firstName, m_lastName, m_nationalCode, m_birthDate, m_loyaltyCard, m_preferences };
}

} // namespace peyvand
