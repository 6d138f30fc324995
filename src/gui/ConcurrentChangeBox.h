#pragma once
// The question a screen asks when its save was refused because someone else
// changed the record since it was shown (ConcurrentChangeError): "Reload"
// (show what is stored now; this window's unsaved changes are discarded) or
// "Keep editing" (nothing on screen changes, the text can still be copied;
// saving again is refused until a reload). Never a silent overwrite.
#include <QMessageBox>

namespace peyvand {

class ConcurrentChangeError;

class ConcurrentChangeBox : public QMessageBox
{
    Q_OBJECT
public:
    enum class Choice { Reload, KeepEditing };

    // `consequences`: what the two choices mean on the asking screen; empty:
    // the form dialogs' wording (edits discarded / kept to copy).
    ConcurrentChangeBox(const ConcurrentChangeError &error, QWidget *parent, const QString &consequences = {});

    Choice choice() const; // after exec(): Keep editing unless Reload was pressed

    // Shows the box modally and returns the user's choice.
    static Choice ask(const ConcurrentChangeError &error, QWidget *parent, const QString &consequences = {});

private:
    QPushButton *m_reload;
};

} // namespace peyvand
