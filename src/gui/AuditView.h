#pragma once
// سابقهٔ تغییرات — the audit trail for managers and admins: who changed which
// record when. Filters (record kind and id, user, action, Jalali days) above a
// key-paged list, newest first (AuditListModel); below it the selected entry's
// fields, each with its value before and after (AuditChangeModel). The main
// window shows it only to roles with view_audit; AuditService refuses the rest.
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace peyvand {

class AuditChangeModel;
class AuditListModel;
class JalaliDateEdit;
class Workspace;

class AuditView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 300;

    explicit AuditView(Workspace &workspace, QWidget *parent = nullptr);

    AuditListModel *model() const { return m_model; }
    AuditChangeModel *changes() const { return m_changes; }
    QTableView *table() const { return m_table; }
    QTableView *changesTable() const { return m_changesTable; }

    // Shows the history of one record (entity code, id), every other filter cleared.
    void showRecord(const QString &entity, qint64 id);
    // Applies the filters as they stand now (tests; the fields apply themselves as you type).
    void applyFilters();
    void clearFilters();
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildFilters();
    QWidget *buildDetail();
    void fillUsers();
    void showEntry(int row);
    void updateCount();
    void setError(const QString &text);
    void markStale();

    Workspace &m_workspace;
    AuditListModel *m_model;
    AuditChangeModel *m_changes;
    QComboBox *m_entity;
    QLineEdit *m_recordId;
    QComboBox *m_user;
    QComboBox *m_action;
    JalaliDateEdit *m_from;
    JalaliDateEdit *m_to;
    QLabel *m_count;
    QLabel *m_error;
    QTableView *m_table;
    QLabel *m_detailTitle;
    QTableView *m_changesTable;
    QTimer *m_timer;
    bool m_stale = false;
    bool m_applying = false;
};

} // namespace peyvand
