#pragma once
// tests/fixtures/same17: one 17-week block exported by every service, and how to read each export.

#include "recover/log/log.hpp"

#include <date/tz.h>

#include <string>
#include <vector>

namespace recover::testing {

/// One service's export of the 17 weeks, and how to read it.
struct Export {
    std::string name; ///< also the column of labels.csv holding this export's titles
    std::string path; ///< under tests/fixtures/
    LogOptions options;
};

/// The five exports, read as of `today`.
inline std::vector<Export> same17_exports(date::local_days today) {
    LogOptions local{today};
    LogOptions strava{today};
    static const RunnerZone new_york(date::locate_zone("America/New_York"));
    strava.zone = &new_york; // Strava dates are UTC
    LogOptions garmin{today};
    garmin.units = DistanceUnit::mi; // the runner's Garmin Connect is set to miles
    return {
        {"native", "same17/log.csv", local},
        {"strava", "same17/strava/activities.csv", strava},
        {"garmin", "same17/garmin/Activities.csv", garmin},
        {"intervals", "same17/intervals/activities.csv", local},
        {"trainingpeaks", "same17/trainingpeaks/workouts.csv", local},
    };
}

} // namespace recover::testing
