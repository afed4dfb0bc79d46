using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Gongkai.Checking;
using Gongkai.Diagnostics;

namespace Gongkai.Core.Tests.Checking;

/// <summary>House rules for the code table: unique, well-formed, bilingual, and documented in docs/checks.md.</summary>
public sealed partial class DiagnosticCodesHouseRuleTests
{
    [Fact]
    public void EveryDescriptorCodeIsUniqueAndWellFormed()
    {
        var codes = DiagnosticCodes.All.Select(d => d.Code).ToArray();

        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches(CodePattern(), code));
    }

    [Fact]
    public void EveryDescriptorHasAChineseAndAnEnglishMessage()
    {
        Assert.All(DiagnosticCodes.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Code);
            Assert.Matches(Han(), d.MessageZh);
            Assert.Matches(Latin(), d.MessageEn);
        });
    }

    [Fact]
    public void EveryRuleInTheCatalogueReportsADescriptorOfTheCodeTable()
    {
        Assert.All(CheckRules.All, r => Assert.Contains(r.Descriptor, DiagnosticCodes.All));
        Assert.Equal(CheckRules.All.Length, CheckRules.All.Select(r => r.Descriptor.Code).Distinct().Count());
    }

    [Fact]
    public void EveryCheckerCodeIsDocumentedInChecksMd()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "checks.md"));

        Assert.All(CheckRules.All, r => Assert.Contains($"| {r.Descriptor.Code} |", docs, StringComparison.Ordinal));
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    [GeneratedRegex(@"^GK\d{4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex Latin();
}
