#pragma once
// The top of a customer page: the name in large type and one line of what a
// rep needs at a glance (kind, lifecycle, owner, identifier, phone, city,
// tags) with red badges when the customer must not be called or texted.
#include "Customer.h"

#include <QWidget>

class QLabel;

namespace peyvand {

class CustomerHeader : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerHeader(QWidget *parent = nullptr);

    void setCustomer(const Customer &customer, const QString &ownerName);
    void clear();

private:
    QLabel *addLabel(const char *objectName);

    QLabel *m_name;
    QLabel *m_kind;
    QLabel *m_lifecycle;
    QLabel *m_owner;
    QLabel *m_nationalId;
    QLabel *m_phone;
    QLabel *m_city;
    QLabel *m_tags;
    QLabel *m_doNotCall;
    QLabel *m_doNotSms;
    QWidget *m_facts;
};

} // namespace peyvand
