#pragma once
// One service request: its customer and order, subject and description,
// priority, status and assignee, and the notes added over time. Notes are
// added here; the status moves open → in progress → resolved (or back, as
// RequestStatusFlow allows) and the assignee can change. Every change is
// announced through Workspace::requestChanged so the queue and the customer's
// timeline follow.
#include "ServiceRequest.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace peyvand {

class Workspace;

class RequestDialog : public QDialog
{
    Q_OBJECT
public:
    RequestDialog(Workspace &workspace, qint64 requestId, QWidget *parent = nullptr);

    const ServiceRequest &request() const { return m_request; }
    bool found() const { return m_found; }
    void reload();
    bool setStatus(RequestStatus status);
    bool addNote(const QString &text);
    bool assign(qint64 userId);
    QString error() const; // the refusal shown, empty when none

signals:
    void openCustomer(qint64 customerId);
    void openOrder(qint64 orderId);

private:
    void showError(const QString &text);
    template<typename F> bool change(F &&apply);

    Workspace &m_workspace;
    qint64 m_id;
    ServiceRequest m_request;
    bool m_found = false;

    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_description;
    QLabel *m_status;
    QLabel *m_error;
    QComboBox *m_assignee;
    QHash<RequestStatus, QPushButton *> m_statusButtons;
    QPushButton *m_openOrder;
    QTableWidget *m_notes;
    QPlainTextEdit *m_note;
    QPushButton *m_addNote;
};

} // namespace peyvand
