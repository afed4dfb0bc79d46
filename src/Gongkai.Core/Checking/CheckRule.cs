using Gongkai.Diagnostics;

namespace Gongkai.Checking;

/// <summary>One check: the descriptor it reports and the pure function that finds the problems.</summary>
/// <remarks>
/// A rule reads only the report (and the previous year's report, when given) and never throws on bad data.
/// Arithmetic rules may also report <see cref="DiagnosticCodes.ArithmeticOverflow"/> when a sum leaves the
/// range of <see cref="long"/>.
/// </remarks>
/// <param name="Descriptor">What the rule reports.</param>
/// <param name="Run">Finds every violation in the context, in a stable order.</param>
public sealed record CheckRule(DiagnosticDescriptor Descriptor, Func<CheckContext, IEnumerable<Diagnostic>> Run);
