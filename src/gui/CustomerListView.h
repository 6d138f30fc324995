#pragma once
// One customer list screen (legal entities or individuals): search as you type,
// owner/lifecycle/city/tag filters, a key-paged sortable table and the count.
#include "Customer.h"
#include "VcardContact.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace peyvand {

class CustomerExportRunner;
class CustomerListModel;
class VcardExport;
class Workspace;

class CustomerListView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 150;

    CustomerListView(Workspace &workspace, CustomerKind kind, QWidget *parent = nullptr);

    CustomerKind kind() const { return m_kind; }
    CustomerListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void focusSearch();
    // Re-counts and re-reads the rows, keeping the scroll position and the current row if it is still there.
    void reload();

    // Writes the rows as filtered and sorted now to a CSV file, off the UI
    // thread with a progress dialog (exportFinished tells the end); "Export to
    // CSV…" asks for the file first.
    void exportTo(const QString &path);
    // The same rows as vCards (the individual list's "Export to vCard…", which
    // asks for the file and the version first); exportFinished tells the end.
    void exportVcardTo(const QString &path, VcardVersion version = VcardVersion::V3);
    bool isExporting() const;

signals:
    void openCustomer(qint64 id);
    void createRequested(CustomerKind kind);
    void importRequested(CustomerKind kind);
    void exportFinished(bool ok, qint64 rows, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters();
    void fillOwners();
    void applyTextFilters(); // search, city and tag, when the debounce ends
    void applyComboFilters();
    void updateCount();
    void setColumnWidths();
    void openRow(int row);
    void scheduleReload();
    void restorePosition(); // after a reload: the scroll position and the current row, if still there
    void showLoaded(); // a large list's rows arrived
    void showDatabaseError(const QString &message);
    void chooseExportFile();
    void chooseVcardFile();

    Workspace &m_workspace;
    CustomerKind m_kind;
    CustomerListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_owner;
    QComboBox *m_lifecycle;
    QLineEdit *m_city;
    QLineEdit *m_tag;
    QPushButton *m_new;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_exportVcard = nullptr; // individuals only
    CustomerExportRunner *m_exporter = nullptr;
    VcardExport *m_vcardExport = nullptr;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_debounce;
    bool m_stale = false;
    bool m_reloadQueued = false;
    bool m_showingError = false;
    struct Position
    {
        int scroll = 0;
        int row = -1;
        qint64 customerId = 0;
    };
    std::optional<Position> m_restore;
    bool m_selectFirst = false; // Down in the search box before a large list's results arrived
};

} // namespace peyvand
