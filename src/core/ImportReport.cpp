#include "ImportReport.h"

#include <QSaveFile>

namespace peyvand::ImportReport {

nlohmann::json problems(const ImportProblems &problems)
{
    nlohmann::json out = nlohmann::json::array();
    for (const ImportProblem &p : problems) {
        out.push_back({ { "row", p.row > 0 ? nlohmann::json(p.row) : nlohmann::json() },
                        { "column", p.column.isEmpty() ? nlohmann::json() : nlohmann::json(p.column.toStdString()) },
                        { "value", p.value.toStdString() },
                        { "code", p.code.toStdString() },
                        { "message", p.message.toStdString() } });
    }
    return out;
}

bool write(const QString &path, const ImportProblems &list, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const std::string text = problems(list).dump(2) + "\n";
    file.write(text.data(), qint64(text.size()));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace peyvand::ImportReport
