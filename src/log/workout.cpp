#include "recover/log/workout.hpp"

namespace recover {

std::string_view to_string(Sport sport) {
    switch (sport) {
    case Sport::run: return "run";
    case Sport::ride: return "ride";
    case Sport::swim: return "swim";
    case Sport::strength: return "strength";
    case Sport::walk: return "walk";
    case Sport::other: return "other";
    }
    return "other";
}

std::string_view to_string(Kind kind) {
    switch (kind) {
    case Kind::race: return "race";
    case Kind::hard: return "hard";
    case Kind::long_run: return "long";
    case Kind::easy: return "easy";
    case Kind::cross: return "cross";
    case Kind::treatment: return "treatment";
    }
    return "easy";
}

std::string label(const Workout& workout) {
    return workout.title.empty() ? std::string(to_string(workout.kind)) : workout.title;
}

std::string_view to_string(Received received) {
    switch (received) {
    case Received::none: return "none";
    case Received::massage: return "massage";
    case Received::art: return "art";
    case Received::physio: return "physio";
    }
    return "none";
}

} // namespace recover
