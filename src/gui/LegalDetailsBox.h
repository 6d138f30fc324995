#pragma once
// The legal-entity part of the customer form: company name, national ID,
// economic code, registration, industry and size, each checked as it is typed.
#include "Customer.h"

#include <QGroupBox>

class QLineEdit;
class QSpinBox;

namespace peyvand {

class FormValidator;
class JalaliDateEdit;

class LegalDetailsBox : public QGroupBox
{
    Q_OBJECT
public:
    LegalDetailsBox(FormValidator &validation, QWidget *parent = nullptr);

    void load(const LegalDetails &details);
    void apply(LegalDetails &details) const; // raw text: the service normalises
    QLineEdit *nationalIdEdit() const { return m_nationalId; }
    QList<QWidget *> tabOrder() const;

private:
    QLineEdit *m_companyName;
    QLineEdit *m_nationalId;
    QLineEdit *m_economicCode;
    QLineEdit *m_registrationNo;
    JalaliDateEdit *m_registrationDate;
    QLineEdit *m_industry;
    QSpinBox *m_employees;
};

} // namespace peyvand
