#pragma once
/// The runner's time zone, found in the time-zone database only when it is first asked for:
/// reading the database (a walk of /usr/share/zoneinfo) costs more than planning from a short log,
/// and a log in local time, with today given, never needs it.

#include <date/tz.h>

#include <functional>
#include <mutex>
#include <string>

namespace recover {

class RunnerZone {
public:
    /// A zone already found: one the runner named (--tz), or a test's.
    explicit RunnerZone(const date::time_zone* named) : zone_(named) { std::call_once(found_, [] {}); }
    /// A zone to be found by `find` when first asked for; `find` says how it chose ("UTC (the
    /// system's zone)"), for the warnings that name an assumed zone.
    explicit RunnerZone(std::function<const date::time_zone*(std::string& how)> find) : find_(std::move(find)) {}
    RunnerZone(const RunnerZone&) = delete;
    RunnerZone& operator=(const RunnerZone&) = delete;

    /// The zone; found once, whichever thread asks first.
    const date::time_zone* get() const {
        std::call_once(found_, [this] { zone_ = find_(how_); });
        return zone_;
    }
    /// How an assumed zone was chosen; empty for a zone named.
    const std::string& assumed() const {
        get();
        return how_;
    }

private:
    std::function<const date::time_zone*(std::string& how)> find_;
    mutable std::once_flag found_;
    mutable const date::time_zone* zone_ = nullptr;
    mutable std::string how_;
};

} // namespace recover
