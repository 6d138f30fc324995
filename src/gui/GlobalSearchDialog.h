#pragma once
// The Ctrl+K search: one box that finds customers, contact persons and orders
// as you type; Enter or a click opens the customer it belongs to.
#include <QDialog>

class QLineEdit;
class QListWidget;
class QTimer;

namespace peyvand {

class Workspace;

class GlobalSearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GlobalSearchDialog(Workspace &workspace, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_edit; }
    QListWidget *results() const { return m_results; }
    void searchNow();
    // Opens the selected result (or the first one); false when there is none.
    bool openSelected();

signals:
    void openCustomer(qint64 customerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addSection(const QString &title);
    void addResult(const QString &text, qint64 customerId);

    Workspace &m_workspace;
    QLineEdit *m_edit;
    QListWidget *m_results;
    QTimer *m_timer;
};

} // namespace peyvand
