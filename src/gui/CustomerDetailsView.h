#pragma once
// Every field of one customer, by kind: a company's registration and size, or
// a person's identity, preferences, loyalty card and household; then all
// phones and addresses. Read-only; rebuilt whenever the customer changes.
#include "Customer.h"

#include <QScrollArea>
#include <array>

class QFormLayout;
class QGroupBox;
class QVBoxLayout;

namespace peyvand {

class Workspace;

class CustomerDetailsView : public QScrollArea
{
    Q_OBJECT
public:
    explicit CustomerDetailsView(Workspace &workspace, QWidget *parent = nullptr);

    void setCustomer(const Customer &customer);
    void clear();

private:
    QGroupBox *addGroup(const QString &title, const char *objectName, int column);
    void addRow(QFormLayout *form, const QString &caption, const QString &value, const char *objectName = nullptr);
    void fillLegal(QFormLayout *form, const Customer &c);
    void fillIndividual(QFormLayout *form, const Customer &c);
    void fillHousehold(const Customer &c);
    void fillPhonesAndAddresses(const Customer &c);
    QString customerName(qint64 id) const;

    Workspace &m_workspace;
    QWidget *m_content = nullptr;
    std::array<QVBoxLayout *, 2> m_columns {}; // the page's start and end side
};

} // namespace peyvand
