#pragma once
// A line edit that finds a customer as you type (name, phone in any form,
// national code…) and offers the matches in a popup; picking one sets the
// customer. Used by the log-activity and new-deal dialogs.
#include "Customer.h"

#include <QWidget>
#include <optional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace peyvand {

class Workspace;

class CustomerPicker : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerPicker(Workspace &workspace, QWidget *parent = nullptr);

    // Restricts the matches to one kind (a B2B deal needs a legal entity).
    void setKind(std::optional<CustomerKind> kind);
    qint64 customerId() const { return m_customerId; } // 0: none picked
    void setCustomer(qint64 id);
    QLineEdit *lineEdit() const { return m_edit; }
    // Runs the pending search now instead of after the typing pause (tests, Enter).
    void searchNow();
    // The matches currently offered, as (id, text).
    QList<QPair<qint64, QString>> matches() const;
    // Picks the n-th offered match.
    void pickMatch(int n);

signals:
    void customerChanged(qint64 id); // 0 when the text no longer names the picked customer

private:
    void pick(qint64 id, const QString &text);

    Workspace &m_workspace;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStandardItemModel *m_matches;
    QTimer *m_timer;
    std::optional<CustomerKind> m_kind;
    qint64 m_customerId = 0;
    QString m_pickedText;
};

} // namespace peyvand
