#pragma once
// The buying center of a legal entity as a table: who each contact is, their
// role, influence and attitude; deciders and the most influential first.
#include "ContactPerson.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand {

class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, JobTitleColumn, RoleColumn, InfluenceColumn, AttitudeColumn, PhoneColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1; // the contact's id (qint64)

    explicit ContactTableModel(QObject *parent = nullptr);

    // Replaces the rows, sorted: deciders, then by influence (highest first), then by name.
    void setContacts(QList<ContactPerson> contacts);
    const QList<ContactPerson> &contacts() const { return m_contacts; }
    qint64 contactId(int row) const;
    // "Decider: …; against: …" in the UI language; empty without contacts.
    QString summary() const;
    static QString influenceDots(int influence); // ●●●○○

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ContactPerson> m_contacts;
};

} // namespace peyvand
