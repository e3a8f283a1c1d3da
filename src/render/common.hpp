#pragma once
/// Pieces the plan renderers share: an item's minutes and causes in words, and the ANSI colours
/// of the text and month views.

#include "recover/load/load.hpp"
#include "recover/planner/plan.hpp"
#include "recover/rules/rules.hpp"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace recover {

/// "45–60 min", "10 min", or "" when the item has no duration.
std::string minutes_text(const std::array<int, 2>& minutes);

/// What caused an item, in one word: "workout", "race", "niggle" or "clock" (JSON's `type`).
std::string_view cause_type(Cause::What what);

/// A cause in one phrase: "workout 2026-03-03 6x800 @ 5K pace"; the label is left out when empty.
std::string cause_text(const Cause& cause);

/// Every cause of an item as `cause_text`, separated by "; ".
std::string triggers_text(const std::vector<Cause>& triggers);

/// ANSI SGR parameters used by the text and month views.
namespace sgr {
inline constexpr std::string_view bold = "1";
inline constexpr std::string_view reverse = "7";
inline constexpr std::string_view red = "31";
inline constexpr std::string_view green = "32";
inline constexpr std::string_view yellow = "33";
inline constexpr std::string_view magenta = "35";
inline constexpr std::string_view cyan = "36";
inline constexpr std::string_view bold_red = "1;31";
inline constexpr std::string_view bold_blue = "1;34";
} // namespace sgr

/// `text` between `ESC [ code m` and a reset when `on`; `text` as it is otherwise.
std::string paint(std::string_view text, std::string_view code, bool on);

/// The colour of a kind of treatment: massages cyan, ART magenta, physio bold red, the race
/// blackout yellow, self-care green. Both views use it, so a colour means the same in each.
std::string_view treatment_colour(Treatment treatment);

/// The colour of a week's status: heavy red, easy green, normal none.
std::string_view status_colour(WeekStatus status);

} // namespace recover
