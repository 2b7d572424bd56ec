// The output-quality section: ROUGE of generated summaries against the dataset's references.
#include <QCoreApplication>

#include "report/reportsections.h"

using namespace Qt::Literals::StringLiterals;

namespace inferdeck::reportsections {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

ReportSection outputQuality(const ReportInput& in)
{
    ReportSection s{ u"output-quality"_s, Tr::tr("Output quality"), {} };
    Q_UNUSED(in);
    s.paragraph(Tr::tr("Not measured: the result holds no generated texts with reference summaries, so ROUGE cannot be computed."));
    return s;
}

} // namespace inferdeck::reportsections
