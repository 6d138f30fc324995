#include "BenchOutput.h"

#include <QDateTime>
#include <QSysInfo>
#include <cstdio>
#include <thread>

namespace peyvand::bench {

namespace {

constexpr double kMaxRatio = 1.5;
constexpr double kInteractiveMs = 100;
constexpr double kWriteP99Ms = 20;
constexpr double kReportMs = 1000;
constexpr double kImportMs = 10000;

std::string format(const char *pattern, double value)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, pattern, value);
    return buf;
}

} // namespace

const char *budgetText(Budget b)
{
    switch (b) {
    case Budget::Interactive:
        return "interactive";
    case Budget::Write:
        return "write";
    case Budget::Report:
        return "report";
    case Budget::Import:
        return "import";
    case Budget::Background:
        return "background";
    case Budget::None:
        break;
    }
    return "none";
}

std::string budgetMiss(const Result &r)
{
    std::vector<std::string> why;
    const bool ratioApplies = r.budget == Budget::Interactive || r.budget == Budget::Write;
    if (ratioApplies && r.ratio() > kMaxRatio)
        why.push_back(format("%.2fx raw", r.ratio()));
    if (r.budget == Budget::Interactive && r.oursP50 >= kInteractiveMs)
        why.push_back(format("%.0f ms >= 100 ms", r.oursP50));
    if (r.budget == Budget::Write && r.oursP99 >= kWriteP99Ms)
        why.push_back(format("p99 %.1f ms >= 20 ms", r.oursP99));
    if ((r.budget == Budget::Report || r.budget == Budget::Background) && r.oursP50 >= kReportMs)
        why.push_back(format("%.0f ms >= 1 s", r.oursP50));
    if (r.budget == Budget::Import && r.oursP50 >= kImportMs)
        why.push_back(format("%.0f ms >= 10 s", r.oursP50));
    std::string out;
    for (const std::string &w : why)
        out += (out.empty() ? "" : ", ") + w;
    return out;
}

Output::Output(OutputFormat format, bool smoke)
    : m_format(format)
    , m_smoke(smoke)
{
}

void Output::begin(const QString &db, bool writable, bool cold)
{
    if (m_format == OutputFormat::Json)
        return;
    std::printf("peyvand-bench on %s (%s%s), %s, %u cores, %s UTC%s\n", qPrintable(db),
                writable ? "writable" : "read-only", cold ? "; open cases drop it from the OS page cache" : "",
                qPrintable(QSysInfo::prettyProductName()), std::thread::hardware_concurrency(),
                qPrintable(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd hh:mm"))),
                m_smoke ? ", SMOKE: one run per side, timings mean nothing" : "");
    if (m_format == OutputFormat::Markdown)
        std::printf(
            "\n| operation | ours p50 ms | raw p50 ms | ratio | ours p99 ms | raw p99 ms | rows | runs | budget |\n"
            "|---|--:|--:|--:|--:|--:|--:|--:|---|\n");
    else
        std::printf("%-60s %9s %9s %6s %9s %9s %8s %5s  %s\n", "operation", "ours p50", "raw p50", "ratio", "ours p99",
                    "raw p99", "rows", "runs", "budget");
    std::fflush(stdout);
}

void Output::add(const Result &r)
{
    m_results.push_back(r);
    if (!r.problem.empty())
        std::fprintf(stderr, "%s: WRONG ANSWER: %s\n", r.name.c_str(), r.problem.c_str());
    row(r);
}

void Output::row(const Result &r)
{
    const std::string miss = budgetMiss(r);
    const std::string verdict = !r.problem.empty() ? "WRONG ANSWER"
        : m_smoke                                  ? "answers agree"
        : r.budget == Budget::None                 ? "-"
        : miss.empty()                             ? std::string("ok (") + budgetText(r.budget) + ")"
                                                   : "MISSED: " + miss;
    switch (m_format) {
    case OutputFormat::Json:
        m_json.push_back({ { "name", r.name },
                           { "ours_ms", r.oursP50 },
                           { "raw_ms", r.rawP50 },
                           { "ratio", r.ratio() },
                           { "rows", r.rows },
                           { "ours_p99_ms", r.oursP99 },
                           { "raw_p99_ms", r.rawP99 },
                           { "runs", r.runs },
                           { "budget", budgetText(r.budget) },
                           { "within_budget", r.budget == Budget::None || miss.empty() },
                           { "answers_agree", r.problem.empty() } });
        break;
    case OutputFormat::Markdown:
        std::printf("| %s | %.3f | %.3f | %.2f | %.3f | %.3f | %lld | %d | %s |\n", r.name.c_str(), r.oursP50, r.rawP50,
                    r.ratio(), r.oursP99, r.rawP99, (long long)r.rows, r.runs, verdict.c_str());
        break;
    case OutputFormat::Table:
        std::printf("%-60s %9.3f %9.3f %6.2f %9.3f %9.3f %8lld %5d  %s\n", r.name.c_str(), r.oursP50, r.rawP50,
                    r.ratio(), r.oursP99, r.rawP99, (long long)r.rows, r.runs, verdict.c_str());
        break;
    }
    std::fflush(stdout);
}

void Output::skipped(const std::string &name, const std::string &why)
{
    std::FILE *to = m_format == OutputFormat::Json ? stderr : stdout;
    std::fprintf(to,
                 m_format == OutputFormat::Markdown ? "| %s | | | | | | | | skipped: %s |\n" : "%-60s skipped: %s\n",
                 name.c_str(), why.c_str());
}

void Output::failed(const std::string &name, const std::string &error)
{
    m_failed.push_back(name);
    std::fprintf(stderr, "%s: FAILED: %s\n", name.c_str(), error.c_str());
}

void Output::end()
{
    if (m_format == OutputFormat::Json)
        std::printf("%s\n", m_json.dump(2).c_str());
    // The summary goes where it does not spoil the JSON.
    std::FILE *to = m_format == OutputFormat::Json ? stderr : stdout;
    int wrong = 0;
    for (const Result &r : m_results)
        wrong += r.problem.empty() ? 0 : 1;
    if (m_smoke) {
        std::fprintf(to, "\nsmoke: %zu cases ran once; answers agree in %zu, differ in %d; %zu failed to run\n",
                     m_results.size(), m_results.size() - wrong, wrong, m_failed.size());
        return;
    }
    int held = 0;
    int within = 0;
    std::string missed;
    for (const Result &r : m_results) {
        if (r.budget == Budget::None)
            continue;
        ++held;
        const std::string miss = budgetMiss(r);
        if (miss.empty())
            ++within;
        else
            missed += "\n  " + r.name + ": " + miss;
    }
    std::fprintf(to,
                 "\nbudgets: %d of %d cases within (interactive <= 1.5x raw and < 100 ms, write p99 < 20 ms and "
                 "<= 1.5x raw, report < 1 s)%s%s\n",
                 within, held, missed.empty() ? "" : "; missed:", missed.c_str());
    if (wrong || !m_failed.empty())
        std::fprintf(to, "answers differ in %d cases, %zu cases failed to run\n", wrong, m_failed.size());
}

} // namespace peyvand::bench
