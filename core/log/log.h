#pragma once
#include <QString>

#include <spdlog/logger.h>

#include <memory>

namespace inferdeck::log {

/// Creates the named loggers (remote, run, io, report, ui, app) writing to a rotating file in the XDG
/// state directory (`$XDG_STATE_HOME/inferdeck/logs`, else `~/.local/state/inferdeck/logs`). Safe to call
/// twice. Extra sinks (the GUI's log panel) attach with addSink(). Returns the log file path, or empty if
/// it could not be opened (logging then goes nowhere rather than failing the program).
QString init(const QString& program);
void addSink(const std::shared_ptr<spdlog::sinks::sink>& sink);
void removeSink(const std::shared_ptr<spdlog::sinks::sink>& sink);
QString logDirectory();

std::shared_ptr<spdlog::logger> remote();
std::shared_ptr<spdlog::logger> run();
std::shared_ptr<spdlog::logger> io();
std::shared_ptr<spdlog::logger> report();
std::shared_ptr<spdlog::logger> ui();
std::shared_ptr<spdlog::logger> app();

} // namespace inferdeck::log
