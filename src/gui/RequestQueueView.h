#pragma once
// The after-sales queue: every request not yet resolved, most urgent first,
// then oldest first, filterable by assignee ("mine", nobody yet, anyone).
// Double-click or Enter opens a request.
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QTableView;

namespace peyvand {

class RequestTableModel;
class Workspace;

class RequestQueueView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int QueueLimit = 1000;
    // The assignee filter's special values (else a user id).
    static constexpr qint64 Anyone = -1;
    static constexpr qint64 Mine = -2;
    static constexpr qint64 Unassigned = 0;

    explicit RequestQueueView(Workspace &workspace, QWidget *parent = nullptr);

    RequestTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setAssigneeFilter(qint64 filter); // Anyone, Mine, Unassigned or a user id
    void reload();

signals:
    void openRequest(qint64 requestId);
    void newRequestRequested();

private:
    void openCurrent();

    Workspace &m_workspace;
    QComboBox *m_assignee;
    QLabel *m_count;
    QTableView *m_table;
    RequestTableModel *m_model;
};

} // namespace peyvand
