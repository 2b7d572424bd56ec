#include "log/log.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::log {

namespace {

constexpr std::size_t kMaxFileBytes = 5 * 1024 * 1024;
constexpr std::size_t kMaxFiles = 3;
const char* const kNames[] = { "remote", "run", "io", "report", "ui", "app" };

std::mutex g_mutex;
// every logger writes through one distributing sink, so sinks added later reach all of them
std::shared_ptr<spdlog::sinks::dist_sink_mt> g_dist;

std::shared_ptr<spdlog::logger> get(const char* name)
{
    if (auto l = spdlog::get(name))
        return l;
    // before init() (unit tests): a logger with no sink, never a null pointer
    std::lock_guard lock(g_mutex);
    if (!g_dist)
        g_dist = std::make_shared<spdlog::sinks::dist_sink_mt>();
    if (auto l = spdlog::get(name))
        return l;
    auto l = std::make_shared<spdlog::logger>(name, g_dist);
    l->set_level(spdlog::level::debug);
    spdlog::register_logger(l);
    return l;
}

} // namespace

QString logDirectory()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty())
        state = QDir::homePath() + u"/.local/state"_s;
    return state + u"/inferdeck/logs"_s;
}

QString init(const QString& program)
{
    for (const char* name : kNames)
        get(name);
    const QString dir = logDirectory();
    const QString path = dir + u'/' + program + u".log"_s;
    std::lock_guard lock(g_mutex);
    static bool fileAdded = false;
    if (fileAdded)
        return path;
    if (!QDir().mkpath(dir))
        return {};
    try {
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), kMaxFileBytes, kMaxFiles);
        file->set_level(spdlog::level::debug);
        g_dist->add_sink(file);
        fileAdded = true;
    } catch (const spdlog::spdlog_ex&) {
        return {};
    }
    spdlog::flush_every(std::chrono::seconds(2));
    return path;
}

void addSink(const std::shared_ptr<spdlog::sinks::sink>& sink)
{
    get("app");
    g_dist->add_sink(sink);
}

void removeSink(const std::shared_ptr<spdlog::sinks::sink>& sink)
{
    get("app");
    g_dist->remove_sink(sink);
}

std::shared_ptr<spdlog::logger> remote() { return get("remote"); }
std::shared_ptr<spdlog::logger> run() { return get("run"); }
std::shared_ptr<spdlog::logger> io() { return get("io"); }
std::shared_ptr<spdlog::logger> report() { return get("report"); }
std::shared_ptr<spdlog::logger> ui() { return get("ui"); }
std::shared_ptr<spdlog::logger> app() { return get("app"); }

} // namespace inferdeck::log
