#pragma once
#include <QByteArray>
#include <QString>

#include "grading/rubric.h"
#include "util/result.h"

namespace inferdeck {

/// Parses a rubric (resources/rubric/default.rubric.json shows the format); an error names the field.
Result<Rubric> parseRubric(const QByteArray& text, const QString& where);
Result<Rubric> readRubricFile(const QString& path);
/// The rubric shipped inside the program.
Rubric defaultRubric();

} // namespace inferdeck
