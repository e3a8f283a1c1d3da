#include "recover/rules/rules.hpp"

namespace recover {

bool is_deep_work(Treatment treatment) {
    return treatment == Treatment::deep_massage || treatment == Treatment::maintenance_massage ||
           treatment == Treatment::art;
}

bool is_massage(Treatment treatment) {
    return treatment == Treatment::deep_massage || treatment == Treatment::flush_massage ||
           treatment == Treatment::maintenance_massage;
}

const Rule* RuleSet::find(std::string_view id) const {
    for (const Rule& rule : rules)
        if (rule.id == id && rule.enabled) return &rule;
    return nullptr;
}

std::vector<const Rule*> RuleSet::with_trigger(Trigger trigger) const {
    std::vector<const Rule*> out;
    for (const Rule& rule : rules)
        if (rule.trigger == trigger && rule.enabled) out.push_back(&rule);
    return out;
}

} // namespace recover
