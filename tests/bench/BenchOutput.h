#pragma once
// What peyvand-bench prints: a table (default), Markdown (for
// docs/performance.md) or JSON, each case's budget verdict, and one summary
// line. A missed budget is reported, never turned into a failing exit code.
#include "BenchHarness.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace peyvand::bench {

enum class OutputFormat { Table, Markdown, Json };

struct Result
{
    std::string name;
    Budget budget = Budget::Interactive;
    int runs = 0;
    double oursP50 = 0, rawP50 = 0, oursP99 = 0, rawP99 = 0;
    qint64 rows = 0;
    std::string problem; // ours and raw disagree
    double ratio() const { return rawP50 > 0 ? oursP50 / rawP50 : 0; }
};

// The budget of issue 6 applied to one result: empty when within, else why not.
std::string budgetMiss(const Result &r);
const char *budgetText(Budget b);

class Output
{
public:
    Output(OutputFormat format, bool smoke);
    void begin(const QString &db, bool writable, bool cold);
    void add(const Result &r);
    void skipped(const std::string &name, const std::string &why);
    void failed(const std::string &name, const std::string &error);
    void end();

private:
    void row(const Result &r);

    OutputFormat m_format;
    bool m_smoke;
    nlohmann::json m_json = nlohmann::json::array();
    std::vector<Result> m_results;
    std::vector<std::string> m_failed;
};

} // namespace peyvand::bench
