#include "export/enginecsv.h"

#include <cmath>
#include <string>

#include "export/csvfield.h"

namespace inferdeck {

namespace {

using csv::appendField;
using csv::appendNumber;

struct Row {
    std::string prefix; // phase,repetition,node,engine,
    void write(std::string& out, double time, const std::string& series, double value) const
    {
        if (!std::isfinite(value))
            return;
        out += prefix;
        appendNumber(out, time);
        out += ',';
        out += series;
        out += ',';
        appendNumber(out, value);
        out += '\n';
    }
};

} // namespace

void writeEngineCsv(const BenchmarkResult& result, QIODevice& out)
{
    std::string text = "phase,repetition,node,engine,time_s,series,value\n";
    for (const Phase& p : result.phases)
        for (qsizetype k = 0; k < p.engine.size() && k < p.nodes.size(); ++k) {
            const EngineState& e = p.engine[k];
            if (!e.measured)
                continue;
            Row row;
            appendField(row.prefix, p.name);
            row.prefix += ',' + std::to_string(p.repetition + 1) + ',';
            appendField(row.prefix, p.nodes[k]);
            row.prefix += ',';
            appendField(row.prefix, e.engine);
            row.prefix += ',';
            for (std::size_t i = 0; i < e.time.size(); ++i) {
                for (const auto* series : { &e.gauges, &e.counters })
                    for (const auto& [key, values] : *series)
                        row.write(text, e.time[i], key.toStdString(), values[i]);
                for (const auto& [key, values] : e.raw) { // Prometheus names with labels: quoted
                    std::string field;
                    appendField(field, key);
                    row.write(text, e.time[i], field, values[i]);
                }
            }
            for (const auto& [key, h] : e.histograms) {
                const std::string name = key.toStdString();
                for (std::size_t i = 0; i < h.size(); ++i) {
                    row.write(text, h.time[i], name + "_count", h.count[i]);
                    row.write(text, h.time[i], name + "_sum", h.sum[i]);
                    for (std::size_t b = 0; b < h.cumulative[i].size(); ++b) {
                        std::string le = name + "_bucket{le=\"";
                        if (b < h.bounds.size())
                            appendNumber(le, h.bounds[b]);
                        else
                            le += "+Inf";
                        le += "\"}";
                        // a quote inside a CSV field is doubled, and the field quoted
                        std::string field = "\"";
                        for (char c : le)
                            field += c == '"' ? std::string("\"\"") : std::string(1, c);
                        field += '"';
                        row.write(text, h.time[i], field, h.cumulative[i][b]);
                    }
                }
            }
            if (text.size() > (1u << 20)) {
                out.write(text.data(), qint64(text.size()));
                text.clear();
            }
        }
    out.write(text.data(), qint64(text.size()));
}

} // namespace inferdeck
