// The multi-turn section: TTFT and prompt size by turn index, and how well think times were kept.
#include <QCoreApplication>

#include "format/units.h"
#include "metrics/turnstats.h"
#include "report/reportsections.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::reportsections {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

bool hasSessions(const ReportInput& in)
{
    for (const Phase& p : in.result.phases)
        if (std::any_of(p.requests.turn.begin(), p.requests.turn.end(), [](std::int32_t t) { return t >= 0; }))
            return true;
    return false;
}

ReportSection sessions(const ReportInput& in)
{
    ReportSection s { u"sessions"_s, Tr::tr("Multi-turn sessions"), {} };
    s.paragraph(Tr::tr("Each turn of a session sends the whole conversation so far (earlier turns and the model's own answers), so its prompt, "
                       "and the prefill a server without a prefix cache has to do, grows turn by turn. Measured, successful requests by "
                       "their turn in the session, the repetitions of a phase pooled."));
    // pooled over the repetitions of each phase, in file order
    QStringList order;
    QMap<QString, QList<const Phase*>> byName;
    for (const Phase& p : in.result.phases) {
        if (!byName.contains(p.name))
            order << p.name;
        byName[p.name].append(&p);
    }
    ReportTable t;
    t.header = { Tr::tr("Phase"), Tr::tr("Turn"), Tr::tr("Requests"), Tr::tr("TTFT p50 (ms)"), Tr::tr("TTFT p99 (ms)"), Tr::tr("Mean input tokens") };
    t.numeric = { false, true, true, true, true, true };
    for (const QString& name : order) {
        for (const TurnSummary& turn : summarizeTurns(byName[name])) {
            //: a turn of a multi-turn session, counted from 1; "%1 and later" pools the long sessions' last turns
            const QString label = turn.andLater ? Tr::tr("%1 and later").arg(turn.turn + 1) : QString::number(turn.turn + 1);
            t.rows.append({ name, label, Units::count(turn.requests), Units::milliseconds(turn.ttftP50, 2),
                            Units::milliseconds(turn.ttftP99, 2), Units::number(turn.inputMean, 1) });
        }
    }
    if (t.rows.isEmpty()) {
        s.paragraph(Tr::tr("Not measured: no measured request of a session succeeded."));
        return s;
    }
    s.table(t);
    QList<const Phase*> all;
    for (const Phase& p : in.result.phases)
        all.append(&p);
    if (const auto late = thinkLateness(all))
        s.paragraph(Tr::tr("Think times kept: a later turn is due at its previous answer's end plus the drawn think time; the %1 later turns "
                           "were sent %2 after that at the median and %3 at most.")
                        .arg(Units::count(late->turns), Units::duration(late->p50), Units::duration(late->max)));
    return s;
}

} // namespace inferdeck::reportsections
