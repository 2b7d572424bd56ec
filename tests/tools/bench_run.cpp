// Run-controller benchmark (scripts/bench-run): N nodes whose agents are replayed by a stand-in transport
// at R events/s each for D seconds. The replay renders its lines on threads of its own, so the figures
// are the controller's: its thread's CPU share, events lost (must be 0) and memory per million requests.
//   bench_run [NODES] [EVENTS_PER_S] [SECONDS]      defaults 8 5000 60
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <thread>

#include "agent/agentscript.h"
#include "io/resultfile.h"
#include "remote/transport.h"
#include "run/runcontroller.h"

using namespace inferdeck;
using namespace Qt::Literals::StringLiterals;

namespace {
double unixNow() { return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count(); }

double threadCpuS()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

long rssKiB()
{
    FILE* f = std::fopen("/proc/self/statm", "r");
    long pages = 0, resident = 0;
    if (f) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

// Answers the controller's commands as the agent would; `run` replays a stream of request events.
class ReplayTransport : public Transport {
public:
    ReplayTransport(QString name, double rate, double seconds) : m_name(std::move(name)), m_rate(rate), m_seconds(seconds) { }
    ~ReplayTransport() override
    {
        m_quit = true;
        for (auto& t : m_threads)
            t.join();
    }
    QString nodeName() const override { return m_name; }
    State state() const override { return State::Connected; }
    void open() override { later([this] { emit stateChanged(State::Connected, u"replay"_s); }); }
    void close() override { }
    int start(const QStringList& argv) override
    {
        const int id = m_next++;
        const QString what = argv.value(2);
        if (argv.value(1) == u"-c"_s)
            finishWith(id, AgentScript::sha256Hex().toUtf8() + '\n');
        else if (what == u"probe"_s)
            finishWith(id, "{\"v\":1,\"seq\":1,\"type\":\"inventory\",\"hostname\":\"replay\",\"gpus\":[],\"engines\":[],\"simulated\":true}\n");
        else if (what == u"clock"_s)
            m_clockId = id;
        else if (what == u"run"_s)
            m_runId = id, later([this, id] { emit stdoutLines(id, line(1, "start", "") + line(2, "ready", "")); });
        else if (what == u"telemetry"_s)
            ; // no GPU telemetry in this replay: it measures the request path
        else
            finishWith(id, {});
        return id;
    }
    void writeStdin(int id, const QByteArray& data) override
    {
        if (id == m_clockId)
            later([this, id] { emit stdoutLines(id, u"{\"unix\": %1}\n"_s.arg(unixNow(), 0, 'f', 6).toUtf8()); });
        else if (id == m_runId && data.startsWith("go "))
            m_threads.emplace_back([this, id, go = data.mid(3).trimmed().toDouble()] { replay(id, go); });
    }
    void closeStdin(int id) override
    {
        if (id == m_clockId)
            finishWith(id, {});
    }
    void stop(int id, int) override { finishWith(id, {}); }
    int upload(const QByteArray&, const QString&, int) override
    {
        const int id = m_next++;
        later([this, id] { emit uploadFinished(id, {}); });
        return id;
    }
    std::atomic<qint64> sent { 0 };

private:
    template <typename F>
    void later(F f) { QMetaObject::invokeMethod(this, f, Qt::QueuedConnection); }
    void finishWith(int id, QByteArray out)
    {
        later([this, id, out] {
            if (!out.isEmpty())
                emit stdoutLines(id, out);
            emit finished(id, 0, {});
        });
    }
    static QByteArray line(qint64 seq, const char* type, const QByteArray& rest)
    {
        return "{\"v\":1,\"seq\":" + QByteArray::number(seq) + ",\"type\":\"" + type + "\",\"t\":" + QByteArray::number(unixNow(), 'f', 6) + rest + "}\n";
    }
    // the agent's request lines at `m_rate`, in blocks every 10 ms, rendered on this thread
    void replay(int id, double go)
    {
        qint64 seq = 3;
        const QByteArray name = m_name.toUtf8();
        emit stdoutLines(id, line(seq++, "phase_start", ",\"phase\":\"p\",\"rep\":0,\"node\":\"" + name + "\",\"load\":{\"mode\":\"poisson\",\"value\":1000},\"start\":" + QByteArray::number(go, 'f', 6)));
        const auto t0 = std::chrono::steady_clock::now();
        qint64 n = 0;
        double lastBeat = 0;
        while (!m_quit) {
            const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            if (elapsed >= m_seconds)
                break;
            QByteArray block;
            const auto due = static_cast<qint64>(elapsed * m_rate);
            for (; n < due; ++n) {
                const double send = go + double(n) / m_rate;
                QByteArray chunks;
                for (int k = 0; k < 16; ++k)
                    chunks += (k ? "," : "") + QByteArray::number(20000 + 7000 * k);
                block += line(seq++, "request",
                              ",\"phase\":\"p\",\"rep\":0,\"node\":\"" + name + "\",\"id\":" + QByteArray::number(n) + ",\"warmup\":false,\"intended\":"
                                  + QByteArray::number(send, 'f', 6) + ",\"send\":" + QByteArray::number(send + 0.0002, 'f', 6)
                                  + ",\"first\":" + QByteArray::number(send + 0.02, 'f', 6) + ",\"end\":" + QByteArray::number(send + 0.13, 'f', 6)
                                  + ",\"chunks_us\":[" + chunks + "],\"in\":800,\"out\":16,\"usage\":true,\"status\":\"ok\"");
            }
            if (elapsed - lastBeat >= 1.0) {
                lastBeat = elapsed;
                block += line(seq++, "heartbeat", ",\"sent\":" + QByteArray::number(n) + ",\"done\":" + QByteArray::number(n) + ",\"failed\":0,\"in_flight\":0");
            }
            if (!block.isEmpty())
                emit stdoutLines(id, block);
            sent = n;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        emit stdoutLines(id, line(seq, "phase_end", ",\"sent\":" + QByteArray::number(n)) + line(seq + 1, "end", ",\"ok\":true"));
        QMetaObject::invokeMethod(this, [this, id] { emit finished(id, 0, {}); }, Qt::QueuedConnection);
    }

    QString m_name;
    double m_rate;
    double m_seconds;
    int m_next = 1;
    int m_clockId = -1;
    int m_runId = -1;
    std::atomic_bool m_quit { false };
    std::vector<std::thread> m_threads;
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int nodes = argc > 1 ? std::atoi(argv[1]) : 8;
    const double rate = argc > 2 ? std::atof(argv[2]) : 5000.0;
    const double seconds = argc > 3 ? std::atof(argv[3]) : 60.0;
    QTemporaryDir dir;
    RunOptions o;
    o.plan.model = u"m"_s;
    o.plan.load.mode = LoadSpec::Mode::Poisson;
    o.plan.load.value = rate;
    o.plan.durationS = seconds;
    o.plan.repetitions = 1;
    for (int i = 0; i < nodes; ++i) {
        ClusterNode n;
        n.name = u"replay-%1"_s.arg(i);
        n.kind = ClusterNode::Kind::Local;
        n.endpoint = u"http://127.0.0.1:1"_s;
        o.cluster.nodes.append(n);
    }
    o.outDir = dir.path();
    std::vector<ReplayTransport*> transports;
    o.transportFor = [&](const ClusterNode& n) -> std::unique_ptr<Transport> {
        auto t = std::make_unique<ReplayTransport>(n.name, rate, seconds);
        transports.push_back(t.get());
        return t;
    };
    const long rss0 = rssKiB();
    RunController controller(o);
    QEventLoop loop;
    RunStatus status = RunStatus::Failed;
    QString message;
    QObject::connect(&controller, &RunController::finished, &loop, [&](RunStatus s, const QString& m) {
        status = s;
        message = m;
        loop.quit();
    });
    const double cpu0 = threadCpuS();
    const auto wall0 = std::chrono::steady_clock::now();
    controller.start();
    loop.exec();
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
    const double cpu = threadCpuS() - cpu0;
    const long rss1 = rssKiB();
    qint64 sent = 0;
    for (auto* t : transports)
        sent += t->sent;
    qint64 recorded = 0;
    for (const Phase& p : controller.result().phases)
        recorded += static_cast<qint64>(p.requests.size());
    std::printf("status %s\nnodes %d\nevents_per_s_per_node %.0f\nseconds %.0f\nrequests_sent %lld\nrequests_recorded %lld\n"
                "lost %lld\ncontroller_cpu_share %.3f\nwall_s %.1f\nrss_growth_mib %.1f\nmib_per_million_requests %.1f\n",
                qPrintable(runStatusName(status)), nodes, rate, seconds, sent, recorded, sent - recorded, cpu / wall, wall,
                double(rss1 - rss0) / 1024.0, double(rss1 - rss0) / 1024.0 / (double(recorded) / 1e6));
    if (status != RunStatus::Complete)
        std::fprintf(stderr, "%s\n", qPrintable(message));
    return status == RunStatus::Complete && sent == recorded ? 0 : 1;
}
