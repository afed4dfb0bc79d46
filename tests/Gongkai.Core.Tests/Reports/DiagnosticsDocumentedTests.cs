using Gongkai.Core.Tests.Support;
using Gongkai.Diagnostics;

namespace Gongkai.Core.Tests.Reports;

/// <summary>Every diagnostic code Gongkai can report is explained in docs/checks.md, readers' codes included.</summary>
public sealed class DiagnosticsDocumentedTests
{
    [Fact]
    public void EveryCodeIsInChecksMd()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "checks.md"));
        Assert.Empty(DiagnosticCodes.All.Where(d => !doc.Contains($"| {d.Code} |", StringComparison.Ordinal)).Select(d => d.Code));
    }
}
