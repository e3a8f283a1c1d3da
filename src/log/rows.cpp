// The row loop of the format mappers: each data row checked for its shape, mapped, and handed to
// the log in row order. A long stream of independent rows is cut here into batches of whole
// records (following the quotes alone, CsvReader::take_records), which the machine's cores parse
// and map while this thread cuts on. The log's own work on what is mapped (niggle words, the
// plan's filter) stays on this thread, in row order.

#include "log/format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <functional>
#include <exception>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

namespace recover::formats {

namespace {

/// Checks the shape of one row, maps it, and prepares what it maps to for `builder`. A row
/// skipped for its error leaves nothing of what it began to map.
void map_checked(const CsvTable& table, const CsvRecord& row, const LogOptions& options, MappedRows& out,
                 const std::function<void(const ExportRow&, MappedRows&)>& map_row, const LogBuilder& builder) {
    const std::size_t width = table.header.fields.size();
    const std::size_t workouts = out.workouts.size(), niggles = out.niggles.size();
    try {
        if (row.fields.size() > width) {
            fail(table, row.fields[width],
                 fmt::format("row has {} fields but the header has {} (quote text that contains commas)", row.fields.size(), width));
        }
        // A row cut short is not a row with missing values: those are written as empty fields.
        if (row.fields.size() < width) {
            const CsvField& last = row.fields.back();
            fail(table, last,
                 fmt::format("row has {} field{} but the header has {} (write a missing value as an empty field)",
                             row.fields.size(), row.fields.size() == 1 ? "" : "s", width));
        }
        map_row(ExportRow(table, row), out);
    } catch (const Error& error) {
        if (!options.skip_bad_rows || error.code() != ExitCode::data) throw;
        out.workouts.erase(out.workouts.begin() + static_cast<std::ptrdiff_t>(workouts), out.workouts.end());
        out.niggles.erase(out.niggles.begin() + static_cast<std::ptrdiff_t>(niggles), out.niggles.end());
        out.skipped.push_back(error);
        return;
    }
    builder.prepare(out, workouts);
}

/// Whole records cut from the log unparsed, to be parsed and mapped on any thread, and what they
/// map to.
struct Batch {
    static constexpr std::size_t bytes_at_least = std::size_t{64} << 10;

    std::string bytes;            ///< the records as the log writes them, from `line` on
    int line = 0;
    std::size_t records = 0;      ///< the records read from `bytes`, up to the error that stopped reading
    MappedRows mapped;
    std::exception_ptr error;     ///< an error that stops reading, from the row after the last one mapped
    enum class State { filling, waiting, mapping, mapped } state = State::filling;

    Batch() { bytes.reserve(2 * bytes_at_least); }

    void map(const CsvTable& table, const LogOptions& options,
             const std::function<void(const ExportRow&, MappedRows&)>& map_row, const LogBuilder& builder) {
        try {
            CsvReader reader(bytes, table.name, line);
            CsvRecord row;
            while (reader.next(row)) {
                ++records;
                map_checked(table, row, options, mapped, map_row, builder);
            }
        } catch (...) {
            error = std::current_exception();
        }
    }

    /// The line of the `n`th record (1-based) of `bytes`.
    int line_of(const std::string& name, std::size_t n) const {
        CsvReader reader(bytes, name, line);
        CsvRecord row;
        while (reader.next(row) && --n > 0) {}
        return row.line;
    }

    void reuse() {
        bytes.clear();
        records = 0;
        mapped.clear();
        error = nullptr;
        state = State::filling;
    }
};

/// The batches between the reading thread and the mapping threads. The reader fills batches and
/// queues them; every thread maps the oldest waiting batch; the reader hands mapped batches to the
/// log from the front of the queue, so in row order. At most `queued_at_most` batches are queued:
/// memory stays bounded whatever the length of the log.
class BatchQueue {
public:
    BatchQueue(const CsvTable& table, const LogOptions& options, LogBuilder& out,
               const std::function<void(const ExportRow&, MappedRows&)>& map_row, unsigned helpers)
        : table_(table), options_(options), out_(out), map_row_(map_row), helpers_wanted_(helpers) {}
    BatchQueue(const BatchQueue&) = delete;
    BatchQueue& operator=(const BatchQueue&) = delete;
    ~BatchQueue() {
        {
            std::lock_guard lock(mutex_);
            closed_ = true;
        }
        changed_.notify_all();
        for (std::thread& helper : helpers_) helper.join();
    }

    /// Reads every row of the stream, and hands what they map to the log in row order.
    void run() {
        std::exception_ptr read_error; // reported after every row before it is handed over
        for (;;) {
            std::unique_ptr<Batch> batch = fresh();
            try {
                if (!table_.stream->take_records(batch->bytes, batch->line, Batch::bytes_at_least)) break;
            } catch (...) {
                read_error = std::current_exception();
                break;
            }
            queue(std::move(batch));
        }
        hand_over(0);
        if (read_error) std::rethrow_exception(read_error);
    }

private:
    static constexpr std::size_t queued_at_most = 16;

    std::unique_ptr<Batch> fresh() {
        std::lock_guard lock(mutex_);
        if (spare_.empty()) return std::make_unique<Batch>();
        std::unique_ptr<Batch> batch = std::move(spare_.back());
        spare_.pop_back();
        return batch;
    }

    void queue(std::unique_ptr<Batch> batch) {
        {
            std::lock_guard lock(mutex_);
            batch->state = Batch::State::waiting;
            queued_.push_back(std::move(batch));
            // A log of one batch is mapped here: threads start only for a log that needs them.
            if (queued_.size() > 1 && helpers_.size() < helpers_wanted_) {
                try {
                    helpers_.emplace_back([this] { help(); });
                } catch (const std::system_error&) {
                    helpers_wanted_ = helpers_.size(); // no more threads to be had: this one maps the rest
                }
            }
        }
        changed_.notify_all();
        hand_over(queued_at_most - 1);
    }

    /// Hands mapped batches to the log, from the front, until at most `left` are queued; maps
    /// waiting batches itself meanwhile, and waits for the helpers only when none is waiting.
    void hand_over(std::size_t left) {
        std::unique_lock lock(mutex_);
        for (;;) {
            while (!queued_.empty() && queued_.front()->state == Batch::State::mapped) {
                std::unique_ptr<Batch> batch = std::move(queued_.front());
                queued_.pop_front();
                lock.unlock();
                if (rows_ + batch->records > CsvLimits::rows)
                    throw too_many_rows(table_.name, batch->line_of(table_.name, CsvLimits::rows - rows_ + 1));
                rows_ += batch->records;
                if (batch->error) std::rethrow_exception(batch->error); // earlier rows are all handed over
                out_.add(batch->mapped);
                batch->reuse();
                lock.lock();
                spare_.push_back(std::move(batch));
            }
            // Reading ahead is the most useful thing this thread can do, until the queue is full.
            if (queued_.size() <= left) return;
            if (Batch* batch = oldest_waiting()) {
                map_here(lock, *batch);
                continue;
            }
            changed_.wait(lock);
        }
    }

    Batch* oldest_waiting() {
        for (std::unique_ptr<Batch>& batch : queued_)
            if (batch->state == Batch::State::waiting) return batch.get();
        return nullptr;
    }

    /// Maps `batch` on this thread, with the lock released meanwhile.
    void map_here(std::unique_lock<std::mutex>& lock, Batch& batch) {
        batch.state = Batch::State::mapping;
        lock.unlock();
        batch.map(table_, options_, map_row_, out_);
        lock.lock();
        batch.state = Batch::State::mapped;
        changed_.notify_all();
    }

    /// A helper thread: maps the oldest waiting batch until the queue closes.
    void help() {
        std::unique_lock lock(mutex_);
        for (;;) {
            changed_.wait(lock, [this] { return closed_ || oldest_waiting() != nullptr; });
            if (closed_) return;
            map_here(lock, *oldest_waiting());
        }
    }

    const CsvTable& table_;
    const LogOptions& options_;
    LogBuilder& out_;
    const std::function<void(const ExportRow&, MappedRows&)>& map_row_;
    std::size_t helpers_wanted_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::unique_ptr<Batch>> queued_; // guarded by mutex_, as are spare_ and closed_
    std::vector<std::unique_ptr<Batch>> spare_;
    bool closed_ = false;
    std::size_t rows_ = 0; // handed over, counted against CsvLimits::rows
    std::vector<std::thread> helpers_; // started and joined by the reading thread only
};

/// How many threads besides this one map rows: the machine's other cores, up to three, unless the
/// options say how many threads in all.
unsigned mapping_helpers(const LogOptions& options) {
    const unsigned threads = options.threads > 0 ? options.threads : std::min(std::thread::hardware_concurrency(), 4U);
    return threads > 1 ? threads - 1 : 0;
}

} // namespace

void for_each_row(const CsvTable& table, const LogOptions& options, LogBuilder& out,
                  const std::function<void(const ExportRow&, MappedRows&)>& map_row, RowMapping mapping) {
    MappedRows mapped;
    auto map_one = [&](const CsvRecord& row) {
        map_checked(table, row, options, mapped, map_row, out);
        out.add(mapped);
    };
    for (const CsvRecord& row : table.rows) map_one(row);
    if (!table.stream) return;
    if (mapping == RowMapping::independent && mapping_helpers(options) > 0) {
        BatchQueue(table, options, out, map_row, mapping_helpers(options)).run();
        return;
    }
    CsvRecord row;
    while (table.stream->next(row)) map_one(row);
}

void read_workouts(const CsvTable& table, const LogOptions& options, const Column& date, std::string_view expected_date,
                   LogBuilder& out, const std::function<bool(const ExportRow&, Workout&)>& fill, RowMapping mapping) {
    for_each_row(
        table, options, out,
        [&](const ExportRow& row, MappedRows& mapped) {
            Workout& w = row.add_workout(mapped, date, row.date_time(date, expected_date), options);
            if (!fill(row, w)) mapped.workouts.pop_back();
        },
        mapping);
}

} // namespace recover::formats
