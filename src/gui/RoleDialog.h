#pragma once
// "Change role" of a user (Settings, administrators): one combo of roles.
#include "User.h"

#include <QDialog>

class QComboBox;

namespace peyvand {

class RoleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RoleDialog(const User &user, QWidget *parent = nullptr);
    UserRole role() const;

private:
    QComboBox *m_role;
};

} // namespace peyvand
