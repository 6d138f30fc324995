#pragma once
// A customer's timeline as a table, newest first: when (Jalali), who, and what
// happened (an activity, a deal's stage change, an order's status change or a
// service request), each kind with its own icon.
#include "TimelineEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand {

class Workspace;

class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, ColumnCount };
    static constexpr int KindRole = Qt::UserRole + 1; // TimelineEntry::Kind as int

    explicit TimelineModel(Workspace &workspace, QObject *parent = nullptr);

    void setEntries(QList<TimelineEntry> entries);
    const QList<TimelineEntry> &entries() const { return m_entries; }
    // What happened, in one line of the UI language.
    static QString describe(const TimelineEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Workspace &m_workspace;
    QList<TimelineEntry> m_entries;
    QList<QString> m_who; // user names, looked up once per reset
};

} // namespace peyvand
