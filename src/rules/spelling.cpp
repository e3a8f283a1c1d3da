#include "spelling.hpp"

namespace recover {

using namespace rules;

std::string_view to_string(Category category) {
    return spell(categories, category);
}
std::string_view to_string(Trigger trigger) {
    return spell(triggers, trigger);
}
std::string_view to_string(LoadModel model) {
    return spell(load_models, model);
}
std::string_view to_string(Smoothing smoothing) {
    return spell(smoothings, smoothing);
}
std::string_view to_string(Treatment treatment) {
    return spell(treatments, treatment);
}

std::optional<Category> parse_category(std::string_view name) {
    for (const auto& c : categories)
        if (c.name == name) return c.value;
    return std::nullopt;
}

const std::vector<std::string_view>& category_names() {
    static const std::vector<std::string_view> all = names(categories);
    return all;
}

std::string_view weekday_name(int c_encoding) {
    return weekdays[static_cast<std::size_t>(c_encoding) % 7];
}

} // namespace recover
