#pragma once
// The sales part of the customer form, the same for both kinds: owner,
// lifecycle, source channel, tags and the do-not-call / do-not-SMS flags.
#include "Customer.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace peyvand {

class FormValidator;
class Workspace;

class CustomerSalesBox : public QGroupBox
{
    Q_OBJECT
public:
    CustomerSalesBox(Workspace &workspace, FormValidator &validation, QWidget *parent = nullptr);

    void load(const Customer &customer);
    void apply(Customer &customer) const;
    QList<QWidget *> tabOrder() const;

    // "a, b، c" → {a, b, c}: commas in either script separate tags.
    static QStringList splitTags(const QString &text);

private:
    void selectOwner(qint64 userId);

    Workspace &m_workspace;
    QComboBox *m_owner;
    QComboBox *m_lifecycle;
    QComboBox *m_source;
    QLineEdit *m_tags;
    QCheckBox *m_doNotCall;
    QCheckBox *m_doNotSms;
};

} // namespace peyvand
