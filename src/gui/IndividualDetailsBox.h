#pragma once
// The individual part of the customer form: name, national code, birth date,
// loyalty card and preferences, each checked as it is typed.
#include "Customer.h"

#include <QGroupBox>

class QLineEdit;
class QPlainTextEdit;

namespace peyvand {

class FormValidator;
class JalaliDateEdit;

class IndividualDetailsBox : public QGroupBox
{
    Q_OBJECT
public:
    // `today` bounds the birth date.
    IndividualDetailsBox(FormValidator &validation, const QDate &today, QWidget *parent = nullptr);

    void load(const IndividualDetails &details);
    void apply(IndividualDetails &details) const; // raw text: the service normalises
    QLineEdit *nationalCodeEdit() const { return m_nationalCode; }
    QList<QWidget *> tabOrder() const;

private:
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_nationalCode;
    JalaliDateEdit *m_birthDate;
    QLineEdit *m_loyaltyCard;
    QPlainTextEdit *m_preferences;
};

} // namespace peyvand
