using Gongkai.Casework.Disclosure;
using Gongkai.Reports;

namespace Gongkai.Core.Tests.Casework.Disclosure;

/// <summary>The 15 categories of 第二十条 (and 第二十一条) and the section-二 cells of the annual report they count under.</summary>
public sealed class Article20CategoriesTests
{
    [Fact]
    public void ThereAreTheFifteenItemsOfArticle20AndArticle21()
    {
        Assert.Equal([.. Enumerable.Range(1, 15), 21], Article20Categories.All.Select(Article20Categories.Number));
        Assert.Equal("第二十条第（一）项", Article20Categories.Provision(Article20Category.Rules));
        Assert.Equal("第二十条第（十五）项", Article20Categories.Provision(Article20Category.OtherRequired));
        Assert.Equal("第二十一条", Article20Categories.Provision(Article20Category.Article21));
        Assert.Equal("第二十条第（八）项 行政事业性收费", Article20Categories.Label(Article20Category.Fees));
        Assert.All(Article20Categories.All, c => Assert.False(string.IsNullOrEmpty(Article20Categories.Zh(c))));
        Assert.Equal(Article20Category.Welfare, Article20Categories.FromNumber(11));
        Assert.Null(Article20Categories.FromNumber(16));
        Assert.Null(Article20Categories.FromNumber(0));
    }

    [Theory]
    [InlineData(Article20Category.Rules, "s2.rules.issued s2.normative.in_force s2.rules.made s2.normative.total")]
    [InlineData(Article20Category.Licensing, "s2.licensing.decisions s2.other_services.decisions")]
    [InlineData(Article20Category.PenaltiesAndCoercion, "s2.penalty.decisions s2.coercion.decisions")]
    [InlineData(Article20Category.Fees, "s2.fees.amount s2.fees.previous")]
    [InlineData(Article20Category.Procurement, "s2.procurement.count s2.procurement.amount")]
    public void TheItemsWithASectionTwoTableCountUnderItsCells(Article20Category category, string someCells)
    {
        var cells = Article20Categories.ReportCells(category);

        Assert.All(someCells.Split(' '), key => Assert.Contains(key, cells));
        Assert.All(cells, key => Assert.Equal("二 " + Article20Categories.Provision(category), TemplateCatalog.Default[key].Section));
    }

    [Fact]
    public void EverySectionTwoCellBelongsToExactlyOneCategoryAndTheOthersHaveNone()
    {
        var sectionTwo = TemplateCatalog.Default.All.Where(d => d.Table == 2).Select(d => d.Key).Order(StringComparer.Ordinal);
        var counted = Article20Categories.All.SelectMany(Article20Categories.ReportCells).Order(StringComparer.Ordinal);

        Assert.Equal(sectionTwo, counted);
        Assert.Empty(Article20Categories.ReportCells(Article20Category.Budgets));
        Assert.Empty(Article20Categories.ReportCells(Article20Category.Article21));
    }
}
