#pragma once
// Checks a snapshot record by record, in section order, for what the database
// would refuse or silently get wrong: ids repeated within a section (children
// too: stage changes, lines, payments, status changes, notes), references to
// records that do not exist (users, pipelines and their stages, households,
// customers, contacts, deals, orders), a deal's stage outside its pipeline or a
// pipeline of the other customer kind, and unique values repeated (usernames,
// national codes/IDs, order numbers, a pipeline's stage positions). A parent
// company may come after its subsidiary: checked at the end of the section.
// Throws ValidationError naming the record's path. Memory: about a bit per id
// plus the unique national ids; never a whole record.
#include "IdSet.h"
#include "SnapshotReader.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace peyvand {

class SnapshotValidator
{
public:
    void user(const User &u, const std::string &path);
    void pipeline(const Pipeline &p, const std::string &path);
    void household(const Household &h, const std::string &path);
    void customer(const Customer &c, const std::string &path);
    void customersDone(); // the parent companies
    void contact(const ContactPerson &c, const std::string &path);
    void deal(const DealRecord &d, const std::string &path);
    void activity(const Activity &a, const std::string &path);
    void order(const Order &o, const std::string &path);
    void serviceRequest(const ServiceRequest &r, const std::string &path);

private:
    void newId(IdSet &set, qint64 id, const std::string &path, const char *what);
    void ref(const IdSet &set, qint64 id, const std::string &path, const char *what);
    void userRef(qint64 id, const std::string &path); // 0: none
    // A text that must be unique (within `set`); digits are kept compactly.
    bool uniqueText(std::unordered_set<qint64> &numeric, std::unordered_set<std::string> &other, const QString &text);

    IdSet m_users, m_pipelines, m_stages, m_households, m_customers, m_contacts, m_deals, m_activities, m_orders,
        m_requests;
    IdSet m_stageChanges, m_lines, m_payments, m_statusChanges, m_notes;
    IdSet m_legalCustomers; // customers' kind, for deals' pipelines
    std::unordered_map<qint64, std::pair<qint64, bool>> m_stageFacts; // stage → pipeline, pipeline is legal
    std::unordered_map<qint64, bool> m_pipelineLegal;
    std::unordered_set<std::string> m_usernames;
    std::unordered_set<qint64> m_nationalIdNumbers, m_orderNumberNumbers;
    std::unordered_set<std::string> m_nationalIdTexts, m_orderNumberTexts;
    std::vector<std::pair<qint64, std::string>> m_parents; // (parent id, path)
};

} // namespace peyvand
