#include "LegalDetailsBox.h"

#include "Display.h"
#include "FormValidator.h"
#include "IranianIds.h"
#include "JalaliDateEdit.h"
#include "PersianText.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace peyvand {

namespace {

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

LegalDetailsBox::LegalDetailsBox(FormValidator &validation, QWidget *parent)
    : QGroupBox(tr("Company"), parent)
    , m_companyName(lineEdit(QStringLiteral("companyNameEdit"), this))
    , m_nationalId(lineEdit(QStringLiteral("nationalIdEdit"), this))
    , m_economicCode(lineEdit(QStringLiteral("economicCodeEdit"), this))
    , m_registrationNo(lineEdit(QStringLiteral("registrationNoEdit"), this))
    , m_registrationDate(new JalaliDateEdit(this))
    , m_industry(lineEdit(QStringLiteral("industryEdit"), this))
    , m_employees(new QSpinBox(this))
{
    setObjectName(QStringLiteral("legalDetailsBox"));
    m_nationalId->setPlaceholderText(tr("11 digits"));
    m_economicCode->setPlaceholderText(tr("11 or 12 digits"));
    m_registrationDate->setObjectName(QStringLiteral("registrationDateEdit"));
    m_employees->setObjectName(QStringLiteral("employeesSpin"));
    m_employees->setRange(0, 10'000'000);
    m_employees->setGroupSeparatorShown(true);

    FieldValidator *name = validation.add(QStringLiteral("companyName"), { QStringLiteral("company_name") });
    name->setRequired([this] { return PersianText::tidy(m_companyName->text()).isEmpty(); },
                      tr("Enter the company name"));
    name->watch(m_companyName);

    FieldValidator *nationalId = validation.add(
        QStringLiteral("nationalId"), { QStringLiteral("national_id") },
        FieldValidator::normaliser(m_nationalId, [](const QString &t) { IranianIds::normaliseLegalNationalId(t); }));
    nationalId->watch(m_nationalId);

    FieldValidator *economicCode = validation.add(
        QStringLiteral("economicCode"), { QStringLiteral("economic_code") },
        FieldValidator::normaliser(m_economicCode, [](const QString &t) { IranianIds::normaliseEconomicCode(t); }));
    economicCode->watch(m_economicCode);

    FieldValidator *registrationDate
        = validation.add(QStringLiteral("registrationDate"), {}, [this] { return m_registrationDate->errorText(); });
    connect(m_registrationDate, &JalaliDateEdit::textEdited, registrationDate, &FieldValidator::edited);
    connect(m_registrationDate, &JalaliDateEdit::dateChanged, registrationDate, &FieldValidator::revalidate);

    FieldValidator *employees = validation.add(QStringLiteral("employees"), { QStringLiteral("employees") });

    auto *form = new QFormLayout(this);

    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Company &name:"), name->wrap(m_companyName));
    form->addRow(tr("National I&D:"), nationalId->wrap(m_nationalId));
    form->addRow(tr("Economic code:"), economicCode->wrap(m_economicCode));
    form->addRow(tr("Registration number:"), m_registrationNo);
    form->addRow(tr("Registration date:"), registrationDate->wrap(m_registrationDate));
    form->addRow(tr("Industry:"), m_industry);
    form->addRow(tr("Employees:"), employees->wrap(m_employees));
}

void LegalDetailsBox::load(const LegalDetails &d)
{
    m_companyName->setText(d.companyName);
    m_nationalId->setText(Display::digits(d.nationalId));
    m_economicCode->setText(Display::digits(d.economicCode));
    m_registrationNo->setText(Display::digits(d.registrationNo));
    m_registrationDate->setDate(d.registrationDate);
    m_industry->setText(d.industry);
    m_employees->setValue(d.employees);
}

void LegalDetailsBox::apply(LegalDetails &d) const
{
    d.companyName = m_companyName->text();
    d.nationalId = m_nationalId->text();
    d.economicCode = m_economicCode->text();
    d.registrationNo = m_registrationNo->text();
    d.registrationDate = m_registrationDate->date();
    d.industry = m_industry->text();
    d.employees = m_employees->value();
}

QList<QWidget *> LegalDetailsBox::tabOrder() const
{
    return {
        m_companyName, m_nationalId, m_economicCode, m_registrationNo, m_registrationDate, m_industry, m_employees
    };
}

} // namespace peyvand
